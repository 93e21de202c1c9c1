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
import { HANDOVER_ENV, readSearchOrder } from '../../src/content/check-handover.ts';
import { fixtureEntries } from '../support/fixture-site.ts';
import { FULL, check, entry } from '../support/body-check.ts';
import { projectRoot } from '../../scripts/harness/site-harness.ts';


describe('checkContent()', () => {
  it('passes the seed content with neither errors nor warnings', async () => {
    const { errors, warnings, entries } = await checkProject(projectRoot);
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
    expect(entries.map((entry) => entry.id)).toContain('huanqiu-ai-xianzhuang');
  });

  // Each thread loads the parsers anew, which on a machine busy building takes seconds.
  const THREADS = { timeout: 60_000 };

  it('reports the same problems, in the same order, when the entries are checked in several threads', THREADS, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'check-threads-'));
    try {
      const articles = path.join(root, 'content', 'articles');
      mkdirSync(articles, { recursive: true });
      for (const [name, source] of Object.entries(fixtureEntries('bad-content'))) writeFileSync(path.join(articles, name), source);
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
      'content/articles/a.mdx:3: `date`：应为有效日期，格式 YYYY-MM-DD（例如 2024-01-11），实际为 “去年某天”',
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
      'content/articles/a.mdx:14: `正文`：正文不能写 import 或 export（<Figure>、<SectionBreak> 不需要 import）',
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

  it('warns about a future date and a missing summary, without errors', () => {
    const { errors, warnings } = check({ 'a.mdx': entry('title: 标题\ndate: 2024-06-02\nauthor: 王欣') });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'content/articles/a.mdx:3: `date`：日期 2024-06-02 在今天（2024-06-01）之后；文章照常发布，请确认日期无误',
      'content/articles/a.mdx: `summary`：没有摘要；列表和分享卡片将不显示导语',
    ]);
  });

  it('does not ask briefs for a summary', () => {
    expect(check({ 'b.mdx': entry('type: brief\ntitle: 简讯\ndate: 2024-01-11\nexcerpt: [一段。]', '') })).toEqual({ errors: [], warnings: [] });
  });
});

describe('the content check integration', () => {
  type Setup = (options: { config: { root: URL }; command: string; logger: object; updateConfig: (config: { vite: { define: Record<string, string> } }) => void }) => Promise<void>;
  const setup = contentCheck().hooks['astro:config:setup'] as unknown as Setup;

  async function defineFor(command: 'build' | 'dev', env: Record<string, string> = {}): Promise<string | undefined> {
    let define: Record<string, string> = {};
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      await setup({ config: { root: pathToFileURL(`${projectRoot}/`) }, command, logger: { warn() {}, error() {} }, updateConfig: (config) => (define = config.vite.define) });
    } finally {
      process.env = saved;
    }
    return define.__RENDERED_BODIES__;
  }

  it("tells a build's pages where it left their bodies, and astro dev's pages that it left none", async () => {
    const handover = mkdtempSync(path.join(tmpdir(), 'check-handover-'));
    try {
      const built = JSON.parse((await defineFor('build', { [HANDOVER_ENV]: handover }))!) as string;
      expect(path.dirname(built)).toBe(handover);
      const filePath = 'content/articles/huanqiu-ai-xianzhuang.mdx';
      const source = readFileSync(path.join(projectRoot, filePath), 'utf8');
      expect(handedOverBody(built, filePath, source)).toEqual(articleBody(filePath, pathToFileURL(`${projectRoot}/`), undefined));
    } finally {
      rmSync(handover, { recursive: true, force: true });
    }
    // Vite puts the define's text in place of the name: the pages read `undefined`.
    expect(await defineFor('dev')).toBe('undefined');
  });

  it('hands the search index every entry, newest first', async () => {
    const handover = mkdtempSync(path.join(tmpdir(), 'check-handover-'));
    try {
      await defineFor('build', { [HANDOVER_ENV]: handover });
      const order = readSearchOrder(handover);
      const { entries } = await checkProject(projectRoot);
      expect([...order].sort()).toEqual(entries.map((entry) => entry.id).sort());
      const dates = order.map((id) => entries.find((entry) => entry.id === id)!.data.date.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    } finally {
      rmSync(handover, { recursive: true, force: true });
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
  const { article, brief } = entrySchema(z.string());

  it('are suggested from the schema itself', () => {
    expect(suggestKey('autor', Object.keys(article.shape))).toBe('author');
    expect(suggestKey('Sumary', Object.keys(article.shape))).toBe('summary');
    expect(suggestKey('relate', Object.keys(brief.shape))).toBe('related');
    expect(suggestKey('publisher', Object.keys(brief.shape))).toBeUndefined();
    expect(unknownKeyMessage('tilte', ['title', 'date'])).toBe('未知字段 `tilte`，是否应为 `title`？');
  });
});
