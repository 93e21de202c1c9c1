/** The content check, in process: cases the fixture build (tests/content/bad-fields.test.ts) does not cover. */
import { tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { entryId } from '../../src/content/entry-files.ts';
import { articleBody } from '../../src/body/article-body.ts';
import { handedOverBody } from '../../src/body/body-handover.ts';
import { entrySchema, unknownKeyMessage } from '../../src/content/entry-schema.ts';
import { suggestKey } from '../../src/content/suggest-key.ts';
import contentCheck, { checkProject } from '../../src/content/check-integration.ts';
import { bodiesFolder, HANDOVER_ENV, readSearchOrder } from '../../src/content/check-handover.ts';
import { fixtureEntries } from '../support/fixture-site.ts';
import { FULL, check, entry } from '../support/body-check.ts';
import { projectRoot } from '../../scripts/harness/site-harness.ts';

/** A project folder in the system's temporary folder whose content/articles/ holds `files` (name → source). */
function projectWith(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const articles = path.join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(articles, name), source);
  return root;
}

describe('checkContent()', () => {
  it('passes the seed content with neither errors nor warnings', async () => {
    const { errors, warnings, entries } = await checkProject(projectRoot);
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
    expect(entries.map((entry) => entry.id)).toContain('huanqiu-ai-xianzhuang');
  });

  // Each thread loads the parsers anew, which on a machine busy building takes seconds.
  const THREADS = { timeout: 60_000 };

  it('reports the same problems, in the same order, when the entries are checked in several threads', THREADS, async () => {
    const root = projectWith('check-threads-', fixtureEntries('bad-content'));
    try {
      const inOneThread = await checkProject(root, { threads: 1 });
      // Problems across entries (a related id, two files with one URL) span the threads' parts.
      expect(inOneThread.errors.map((problem) => problem.file)).toEqual(
        expect.arrayContaining(['content/articles/bad-related.mdx', 'content/articles/same-slug.mdx', 'content/articles/typo-key.mdx']),
      );
      expect(await checkProject(root, { threads: 3 })).toEqual(inOneThread);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("leaves each article's body, from its threads, as its page would render it", THREADS, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-rendered-'));
    const renderedDir = path.join(root, 'rendered');
    try {
      const articles = path.join(root, 'content', 'articles');
      mkdirSync(articles, { recursive: true });
      mkdirSync(renderedDir);
      // The seed entries: one article, and briefs, which have no body on their pages.
      const seedDir = path.join(projectRoot, 'content', 'articles');
      const sources = Object.fromEntries(readdirSync(seedDir).map((name) => [name, readFileSync(path.join(seedDir, name), 'utf8')]));
      const seed = sources['huanqiu-ai-xianzhuang.mdx']!;
      sources['b.mdx'] = seed.replace(/^title: .*$/m, 'title: 第二篇');
      sources['c.md'] = entry(FULL, '## 小标题\n\n| 年份 | 营收 |\n| --- | --- |\n| 2023 | 20亿~30亿元 |\n\n<sup>注</sup>');
      for (const [name, source] of Object.entries(sources)) writeFileSync(path.join(articles, name), source);
      const { errors, warnings } = await checkProject(root, { threads: 3, renderedDir });
      expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
      // One file of bodies and its index per thread.
      expect(readdirSync(renderedDir).sort()).toEqual(['0.html', '0.json', '1.html', '1.json', '2.html', '2.json']);
      expect(handedOverBody(renderedDir, 'content/articles/gujing-jiaofu.mdx', sources['gujing-jiaofu.mdx']!)).toBeUndefined();
      for (const name of ['huanqiu-ai-xianzhuang.mdx', 'b.mdx', 'c.md']) {
        const filePath = `content/articles/${name}`;
        const rendered = handedOverBody(renderedDir, filePath, sources[name]!);
        expect(rendered?.html).toContain(name === 'c.md' ? '20亿~30亿元' : '世界并不总是平的');
        expect(rendered).toEqual(articleBody(filePath, pathToFileURL(`${root}/`), undefined));
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads a date in words as invalid, quoting it', () => {
    expect(check({ 'a.mdx': entry('title: 标题\ndate: 去年某天\nauthor: 王欣\nsummary: [摘要。]') }).errors).toEqual([
      'content/articles/a.mdx:3: `date`：应为有效日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间，例如 2024-01-11 或 2024-01-11 08:30），实际为 “去年某天”',
    ]);
  });

  it('treats a key left empty as absent: fine when optional, missing when required', () => {
    expect(check({ 'a.mdx': entry(`${FULL}\neditor:\nsource:\nleadImage:\nexcerpt:`) }).errors).toEqual([]);
    expect(check({ 'a.mdx': entry('title: 标题\ndate: 2024-01-11\nauthor:\nsummary: [摘要。]') }).errors).toEqual([
      'content/articles/a.mdx:4: `author`：缺少作者（必填）',
    ]);
  });

  it('suggests keys inside nested objects and lists the valid keys when nothing is close', () => {
    const { errors } = check({ 'a.mdx': entry(`${FULL}\nleadImage: { captoin: 说明 }\nxyz: 1`) });
    expect(errors).toEqual([
      'content/articles/a.mdx:6: `leadImage.captoin`：未知字段 `captoin`，是否应为 `caption`？',
      expect.stringMatching(/^content\/articles\/a\.mdx:7: `xyz`：未知字段 `xyz`，可用的字段有：type、title、date、/),
    ]);
  });

  it('reports an entry whose type is neither article nor brief', () => {
    expect(check({ 'a.mdx': entry(`${FULL}\ntype: news`) }).errors).toEqual(['content/articles/a.mdx:6: `type`：类型（type）应为 article 或 brief']);
  });

  it('rejects a caption that is an expression or blank, unknown components and import/export', () => {
    const body = '<Figure caption={"说明"} />\n\n<Figure caption=" " credit="图源" />\n\n<Figur caption="说明" />\n\nimport X from "./x.astro"';
    expect(check({ 'a.mdx': entry(FULL, body) }).errors).toEqual([
      'content/articles/a.mdx:8: `<Figure>`：属性值须写在英文双引号里，例如 caption="图片说明"；不能用 {…}',
      expect.stringContaining('content/articles/a.mdx:10: `<Figure>`：有图源（credit）也必须有图片说明（caption）'),
      'content/articles/a.mdx:12: `<Figur>`：未知组件，是否应为 <Figure>？',
      'content/articles/a.mdx:14: `正文`：正文不能写 import 或 export（<Figure>、<SectionBreak>、<Embed>、<Video> 不需要 import）',
    ]);
  });

  it('reads braces as code unless they hold a comment, and gives the line of an unclosed tag', () => {
    const body = '{/* 编辑的注释 */}\n\n价格{100}元';
    expect(check({ 'a.mdx': entry(FULL, body) }).errors).toEqual([
      'content/articles/a.mdx:10: `正文`：{100} 会被当作代码；要写大括号本身，请写成 \\{ 和 \\}',
    ]);
    expect(check({ 'a.mdx': entry(FULL, '第一段。\n\n<br>') }).errors).toEqual([
      'content/articles/a.mdx:10: `正文`：MDX 无法编译：Expected a closing tag for `<br>` (10:1-10:5)',
    ]);
  });

  it('names the key on the line of a YAML error, with a hint in Chinese', () => {
    expect(check({ 'a.mdx': entry(`${FULL}\ntitle: 又一个标题`) }).errors).toEqual([
      'content/articles/a.mdx:6: `title`：不是有效的 YAML：同一个字段写了两次（Map keys must be unique）',
    ]);
  });

  it('stops at an alias bomb or an oversized frontmatter with one line each, and still reports the other entries', () => {
    const { errors } = check({
      'alias-bomb.mdx': fixtureEntries('bad-content')['alias-bomb.mdx']!,
      'huge.mdx': entry(`${FULL}\nsource: "${'很长'.repeat(12_000)}"`),
      'no-title.mdx': entry('date: 2024-01-11\nauthor: 王欣\nsummary: [摘要。]'),
    });
    expect(errors).toEqual([
      'content/articles/alias-bomb.mdx:8: `b`：不是有效的 YAML：别名（*名字）层层展开后的值过多；请直接写出每个值（Excessive alias count indicates a resource exhaustion attack）',
      'content/articles/huge.mdx:1: `frontmatter`：frontmatter 超过 64 KB；正文请写在第二个 --- 之后，frontmatter 里只放字段',
      'content/articles/no-title.mdx: `title`：缺少标题（必填）',
    ]);
  });

  it('still reads an anchor and its alias, as YAML allows', () => {
    expect(check({ 'a.mdx': entry(`${FULL}\ntags: &tags [人工智能]\nleadImage: { caption: *tags }`) }).errors).toEqual([
      'content/articles/a.mdx:7: `leadImage.caption`：题图说明应为文字',
    ]);
    expect(check({ 'a.mdx': entry(`${FULL}\nsource: &s 商业密码\ndisclaimer: *s`) }).errors).toEqual([]);
    expect(check({ 'a.mdx': entry(`${FULL}\nsource: &s 商业密码\ndisclaimer: *s\neditor: *e\nleadImage: &e {}`) }).errors).toEqual([
      'content/articles/a.mdx:8: `editor`：不是有效的 YAML：别名 *e 前面没有对应的锚点 &e（Unresolved alias (the anchor must be set before the alias): e）',
    ]);
  });

  it('refuses a tag or source that makes no URL, by field and line', () => {
    const { errors } = check({ 'a.mdx': entry(`${FULL}\nsource: "..."\ntags: [人工智能, "..", ".", "、", " ", "${'长'.repeat(61)}"]`) });
    const noUrl = (what: string, name: string) => `${what} “${name}” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”`;
    expect(errors).toEqual([
      `content/articles/a.mdx:6: \`source\`：${noUrl('来源', '...')}`,
      `content/articles/a.mdx:7: \`tags[1]\`：${noUrl('标签', '..')}`,
      `content/articles/a.mdx:7: \`tags[2]\`：${noUrl('标签', '.')}`,
      `content/articles/a.mdx:7: \`tags[3]\`：${noUrl('标签', '、')}`,
      'content/articles/a.mdx:7: `tags[4]`：标签不能为空',
      `content/articles/a.mdx:7: \`tags[5]\`：标签 “${'长'.repeat(61)}” 太长，做成的网址超过 60 个字；请缩短`,
    ]);
  });

  it('refuses two names with one URL, naming both files, and a tag written twice', () => {
    const { errors } = check({
      'a.mdx': entry(`${FULL}\nsource: 商业 密码\ntags:\n  - C#\n  - AI 芯片`),
      'b.mdx': entry(`${FULL}\nsource: 商业 密码\ntags: [c#, AI-芯片, C#]`),
      'c.mdx': entry(`${FULL}\nsource: 商业/密码\ntags: [新零售, 新零售, 零售（上海）, 零售:上海]`),
    });
    const samePage = (what: string, name: string, where: string, earlier: string, page: string) =>
      `${what} “${name}” 与 ${where} “${earlier}” 的网址相同（${page}），会并成一页；请统一写成 “${earlier}”，或改成另一个名字`;
    expect(errors).toEqual([
      `content/articles/c.mdx:6: \`source\`：${samePage('来源', '商业/密码', 'content/articles/a.mdx 的 source', '商业 密码', '/sources/商业-密码/')}`,
      `content/articles/b.mdx:7: \`tags[0]\`：${samePage('标签', 'c#', 'content/articles/a.mdx 的 tags[0]', 'C#', '/tags/c-sharp/')}`,
      `content/articles/b.mdx:7: \`tags[1]\`：${samePage('标签', 'AI-芯片', 'content/articles/a.mdx 的 tags[1]', 'AI 芯片', '/tags/ai-芯片/')}`,
      'content/articles/c.mdx:7: `tags[1]`：标签 “新零售” 已写在 tags[0]；请删去这一个',
      `content/articles/c.mdx:7: \`tags[3]\`：${samePage('标签', '零售:上海', 'tags[2]', '零售（上海）', '/tags/零售-上海/')}`,
    ]);
  });

  it('gives the people of the bylines pages by the same rules, by field and line', () => {
    const { errors } = check({
      'a.mdx': entry('title: 标题\ndate: 2024-01-11\nauthor: Li Ming\neditor: "……"\nsummary: [摘要。]'),
      'b.mdx': entry('title: 标题\ndate: 2024-01-11\nauthor: 王欣\neditor: li ming\nsummary: [摘要。]'),
      'c.mdx': entry('type: brief\ntitle: 简讯\ndate: 2024-01-11\nauthor: 王欣\nexcerpt: [一段。]', ''),
    });
    expect(errors).toEqual([
      'content/articles/a.mdx:5: `editor`：编辑 “……” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”',
      'content/articles/b.mdx:5: `editor`：署名 “li ming” 与 content/articles/a.mdx 的 author “Li Ming” 的网址相同（/authors/li-ming/），会并成一页；请统一写成 “Li Ming”，或改成另一个名字',
    ]);
  });

  it('warns about a missing summary, without errors; a date in the future is not a mistake (it is scheduled)', () => {
    const { errors, warnings } = check({ 'a.mdx': entry('title: 标题\ndate: 2999-06-02 08:00\nauthor: 王欣') });
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['content/articles/a.mdx: `summary`：没有摘要；列表和分享卡片将不显示导语']);
  });

  it('reads a date with a time of day, and only in the one format', () => {
    expect(check({ 'a.mdx': entry(FULL.replace('2024-01-11', '2024-01-11 08:30')) }).errors).toEqual([]);
    expect(check({ 'a.mdx': entry(FULL.replace('2024-01-11', '2024-01-11 08:30:00')) }).errors).toEqual([
      expect.stringContaining('content/articles/a.mdx:3: `date`：应为有效日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM'),
    ]);
  });

  it('takes updated and corrections dated after the publication, and rejects earlier ones', () => {
    const revised = `${FULL}\nupdated: 2024-01-11\ncorrections:\n  - { date: 2024-01-12 09:00, text: 更正了一处数字。 }`;
    expect(check({ 'a.mdx': entry(revised) })).toEqual({ errors: [], warnings: [] });
    const early = `${FULL.replace('2024-01-11', '2024-01-11 08:30')}\nupdated: 2024-01-11 08:00\ncorrections:\n  - date: 2024-01-10\n    text: 更正。\n  - text: 没有日期。`;
    expect(check({ 'a.mdx': entry(early) }).errors).toEqual([
      'content/articles/a.mdx:10: `corrections[1].date`：缺少更正日期（必填），格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间，例如 2024-01-11 或 2024-01-11 08:30）',
    ]);
    expect(check({ 'a.mdx': entry(early.replace(/\n  - text: 没有日期。/, '')) }).errors).toEqual([
      'content/articles/a.mdx:6: `updated`：更新时间 2024-01-11 08:00 早于发布时间 2024-01-11 08:30；请写发布之后的时间',
      'content/articles/a.mdx:8: `corrections[0].date`：更正日期 2024-01-10 早于发布时间 2024-01-11 08:30；请写发布之后的日期',
    ]);
  });
});

describe('drafts in the content check', () => {
  it("warns about what a draft still lacks, naming it as for a published entry, and reports no error", () => {
    const { errors, warnings } = check({ 'a.mdx': entry('draft: true\ntitle:\ndate: 2024-01-11\nauthor: " "') });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'content/articles/a.mdx:3: `title`：缺少标题（必填）',
      'content/articles/a.mdx:5: `author`：作者不能为空',
      'content/articles/a.mdx: `summary`：没有摘要；列表和分享卡片将不显示导语',
    ]);
    expect(check({ 'b.mdx': entry('type: brief\ndraft: true\ntitle: 简讯', '') })).toEqual({
      errors: [],
      warnings: [
        'content/articles/b.mdx: `date`：缺少发布日期（必填），格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间，例如 2024-01-11 或 2024-01-11 08:30）',
        'content/articles/b.mdx: `excerpt`：简讯必须有摘录（excerpt），每行一段',
      ],
    });
  });

  it('applies the full check once draft: true is removed', () => {
    expect(check({ 'a.mdx': entry('title: 标题\ndate: 2024-01-11\nauthor: " "\nsummary: [摘要。]') }).errors).toEqual(['content/articles/a.mdx:4: `author`：作者不能为空']);
    expect(check({ 'a.mdx': entry(`draft: false\n${FULL}`) })).toEqual({ errors: [], warnings: [] });
  });

  it('still reports a broken file, a wrong value or an unknown key in a draft as an error', () => {
    expect(check({ 'a.mdx': entry('draft: true\ntitle: 标题: 副标题') }).errors).toEqual([expect.stringContaining('content/articles/a.mdx:3: `title`：不是有效的 YAML')]);
    expect(check({ 'a.mdx': entry('draft: true', '<span>未闭合') }).errors).toEqual([expect.stringContaining('content/articles/a.mdx:5: `正文`：MDX 无法编译')]);
    expect(check({ 'a.mdx': entry('draft: true\ndate: 2024-02-30\nautor: 王欣') }).errors).toEqual([
      expect.stringContaining('content/articles/a.mdx:3: `date`：应为有效日期'),
      'content/articles/a.mdx:4: `autor`：未知字段 `autor`，是否应为 `author`？',
    ]);
    expect(check({ 'a.mdx': entry(`draft: yes\n${FULL}`) }).errors).toEqual(['content/articles/a.mdx:2: `draft`：应为 true（草稿）或 false（发布；也可以删去这一行）']);
  });

  it('rejects a published entry whose related list names a draft, naming both files', () => {
    const { errors } = check({ 'a.mdx': entry(`${FULL}\nrelated: [later]`), 'later.mdx': entry('draft: true\ntitle: 草稿'), 'b.mdx': entry('draft: true\nrelated: [later]') });
    expect(errors).toEqual(['content/articles/a.mdx:6: `related[0]`：“later” 是草稿（content/articles/later.mdx），不会发布；请删去这一项，或等它发布后再加']);
  });

  it('does not ask briefs for a summary', () => {
    expect(check({ 'b.mdx': entry('type: brief\ntitle: 简讯\ndate: 2024-01-11\nexcerpt: [一段。]', '') })).toEqual({ errors: [], warnings: [] });
  });
});

describe('the content check integration', () => {
  type Setup = (options: {
    config: { root: URL; cacheDir: URL; site: string; base: string };
    command: string;
    logger: object;
    updateConfig: (config: { vite: { define: Record<string, string> } }) => void;
  }) => Promise<void>;

  /** Runs the check's setup hook as Astro would for `command`; returns its defines, its log and the integration. */
  async function setupFor(command: 'build' | 'dev', env: Record<string, string> = {}, root = projectRoot) {
    const integration = contentCheck();
    const setup = integration.hooks['astro:config:setup'] as unknown as Setup;
    let define: Record<string, string> = {};
    const info: string[] = [];
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      await setup({
        config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`), site: 'https://news.example.org', base: '/news/' },
        command,
        logger: { warn() {}, error() {}, info: (line: string) => info.push(line) },
        updateConfig: (config) => (define = config.vite.define),
      });
    } finally {
      process.env = saved;
    }
    return { define, info, integration };
  }

  it("tells a build's pages where it left their bodies, and astro dev's pages that it left none", async () => {
    const handover = mkdtempSync(path.join(tmpdir(), 'check-handover-'));
    try {
      const built = JSON.parse((await setupFor('build', { [HANDOVER_ENV]: handover })).define.__BUILD_HANDOVER__!) as string;
      expect(built).toBe(handover);
      const filePath = 'content/articles/huanqiu-ai-xianzhuang.mdx';
      const source = readFileSync(path.join(projectRoot, filePath), 'utf8');
      expect(handedOverBody(bodiesFolder(built), filePath, source)).toEqual(articleBody(filePath, pathToFileURL(`${projectRoot}/`), undefined));
    } finally {
      rmSync(handover, { recursive: true, force: true });
    }
    // Vite puts the define's text in place of the name: the pages read `undefined`.
    expect((await setupFor('dev')).define.__BUILD_HANDOVER__).toBe('undefined');
  });

  it('hands the search index every entry, newest first', async () => {
    const handover = mkdtempSync(path.join(tmpdir(), 'check-handover-'));
    try {
      await setupFor('build', { [HANDOVER_ENV]: handover });
      const order = readSearchOrder(handover);
      const { entries } = await checkProject(projectRoot);
      expect([...order].sort()).toEqual(entries.map((entry) => entry.id).sort());
      const dates = order.map((id) => entries.find((entry) => entry.id === id)!.data.date.at.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    } finally {
      rmSync(handover, { recursive: true, force: true });
    }
  });

  it("publishes at the build's moment: pages, search index and sitemap leave out drafts and scheduled entries alike", async () => {
    const root = projectWith('check-moment-', {
      'old.mdx': entry(`${FULL}\nupdated: 2024-01-12 10:00`),
      'due.mdx': entry(FULL.replace('2024-01-11', '2024-01-11 08:30')),
      'later.mdx': entry(FULL.replace('2024-01-11', '2024-01-11 08:31')),
      'draft.mdx': entry('draft: true\ntitle: 草稿\ndate: 2020-01-01'),
    });
    const handover = path.join(root, 'handover');
    try {
      // 2024-01-11 08:30 in Beijing.
      const { define, info, integration } = await setupFor('build', { [HANDOVER_ENV]: handover, SOURCE_DATE_EPOCH: '1704933000' }, root);
      // The pages learn the moment only through the entries handed over: their code is the same at every moment, as Astro's incremental build needs.
      expect(define).toEqual({ __BUILD_HANDOVER__: JSON.stringify(handover) });
      expect(readSearchOrder(handover)).toEqual(['due', 'old']);
      expect(info).toEqual(['内容检查：4 篇，其中 0 篇未改动，沿用上次构建的检查结果', '定时发布：1 篇文章未到发布时间，本次不发布；最早一篇定于 2024年1月11日 08:31（北京时间）']);
      const item = (id: string) => integration.withLastModified<{ url: string; lastmod?: string }>({ url: `https://news.example.org/news/articles/${id}/` });
      expect([item('old'), item('due'), item('later'), item('draft')].map((sitemap) => sitemap.lastmod)).toEqual([
        '2024-01-12T02:00:00.000Z',
        '2024-01-11T00:30:00.000Z',
        undefined,
        undefined,
      ]);
      const later = await setupFor('build', { [HANDOVER_ENV]: handover, SOURCE_DATE_EPOCH: '1704933060' }, root);
      expect(later.define).toEqual(define);
      expect(readSearchOrder(handover)).toEqual(['later', 'due', 'old']);
      expect(later.info[0]).toBe('内容检查：4 篇，其中 4 篇未改动，沿用上次构建的检查结果');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('entryId()', () => {
  it('gives the id Astro gives: slugged segments, no extension, no trailing index', () => {
    expect(entryId('My Story.mdx')).toBe('my-story');
    expect(entryId('Foo.md')).toBe(entryId('foo.mdx'));
    expect(entryId('world/index.mdx')).toBe('world');
  });
});

describe('unknown keys', () => {
  const { article, brief } = entrySchema(z.string(), z.string());

  it('are suggested from the schema itself', () => {
    expect(suggestKey('autor', Object.keys(article.shape))).toBe('author');
    expect(suggestKey('Sumary', Object.keys(article.shape))).toBe('summary');
    expect(suggestKey('relate', Object.keys(brief.shape))).toBe('related');
    expect(suggestKey('publisher', Object.keys(brief.shape))).toBeUndefined();
    expect(unknownKeyMessage('tilte', ['title', 'date'])).toBe('未知字段 `tilte`，是否应为 `title`？');
  });
});
