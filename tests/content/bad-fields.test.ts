/**
 * Bad content stops the real build, and `astro check` (npm run check), with one line per
 * problem naming the file, the line where there is one, the field and what was expected.
 * tests/fixtures/bad-content/ holds one entry per kind of mistake; the check reports them
 * all in one run, so one build and one check cover every kind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureEntries, runWithContent } from '../support/fixture-site.ts';
import { type BuildResult } from '../../scripts/harness/site-harness.ts';

const EXAMPLE = '例如 <Figure caption="谷歌湾区总部" credit="受访人邱谆提供" />';
const DATE_FORMAT = '格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间，例如 2024-01-11 或 2024-01-11 08:30）';

const expected = [
  ['a missing title', 'content/articles/no-title.mdx: `title`：缺少标题（必填）'],
  ['a missing date', `content/articles/no-date.mdx: \`date\`：缺少发布日期（必填），${DATE_FORMAT}`],
  ['an empty author', 'content/articles/empty-author.mdx:4: `author`：作者不能为空'],
  ['a day that does not exist', `content/articles/bad-date.mdx:3: \`date\`：应为有效日期，${DATE_FORMAT}，实际为 “2024-02-30”`],
  ['an update dated before the publication', 'content/articles/updated-early.mdx:6: `updated`：更新时间 2024-01-10 早于发布时间 2024-01-11 08:30；请写发布之后的时间'],
  [
    'a published entry listing a draft as related',
    'content/articles/related-draft.mdx:6: `related[0]`：“unfinished-draft” 是草稿（content/articles/unfinished-draft.mdx），不会发布；请删去这一项，或等它发布后再加',
  ],
  [
    'a related id that names no entry',
    'content/articles/bad-related.mdx:7: `related[0]`：没有 id 为 “no-such-entry” 的文章（应为 content/articles/ 下某篇文章的文件名，不含扩展名）',
  ],
  ['a related id that names the entry itself', 'content/articles/bad-related.mdx:8: `related[1]`：文章不能把自己列为相关推荐（“bad-related”）'],
  ['a related id given twice', 'content/articles/bad-related.mdx:10: `related[3]`：“good” 在相关推荐中重复出现'],
  [
    'two entries with the same slug',
    'content/articles/same-slug.mdx: `文件名`：与 content/articles/same-slug.md 的网址相同（/articles/same-slug/），只会发布其中一篇；请改其中一个的文件名',
  ],
  ['an unknown key, with the closest valid one', 'content/articles/typo-key.mdx:5: `autor`：未知字段 `autor`，是否应为 `author`？'],
  [
    'invalid YAML',
    'content/articles/bad-yaml.mdx:2: `title`：不是有效的 YAML：冒号或缩进有误；值里含 “: ”（冒号加空格）时，请给整个值加英文双引号（Nested mappings are not allowed in compact mappings）',
  ],
  [
    'MDX that does not compile',
    'content/articles/bad-mdx.mdx:10: `正文`：MDX 无法编译：Expected a closing tag for `<span>` (10:16-10:22) before the end of `paragraph`',
  ],
  ['a figure without a caption', `content/articles/figure-caption.mdx:10: \`<Figure>\`：缺少图片说明（caption），${EXAMPLE}`],
  ['a figure with a credit but no caption', `content/articles/figure-caption.mdx:14: \`<Figure>\`：有图源（credit）也必须有图片说明（caption），${EXAMPLE}`],
  ['an attribute a component does not take, with the closest it does', 'content/articles/figure-caption.mdx:16: `<Figure>`：未知属性 `cerdit`，是否应为 `credit`？'],
  ['a brief with no excerpt', 'content/articles/brief-no-excerpt.mdx: `excerpt`：简讯必须有摘录（excerpt），每行一段'],
  [
    'a YAML alias bomb',
    'content/articles/alias-bomb.mdx:8: `b`：不是有效的 YAML：别名（*名字）层层展开后的值过多；请直接写出每个值（Excessive alias count indicates a resource exhaustion attack）',
  ],
  ['a source that makes no URL', 'content/articles/bad-names.mdx:5: `source`：来源 “...” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”'],
  ['a tag ".."', 'content/articles/bad-names.mdx:6: `tags[1]`：标签 “..” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”'],
  ['a tag "."', 'content/articles/bad-names.mdx:6: `tags[2]`：标签 “.” 只有标点或空白，做不成网址；请写出文字或数字，例如 “人工智能”、“C#”'],
  [
    'two tags with one URL',
    'content/articles/same-tag-url.mdx:5: `tags[0]`：标签 “c#” 与 content/articles/bad-names.mdx 的 tags[0] “C#” 的网址相同（/tags/c-sharp/），会并成一页；请统一写成 “C#”，或改成另一个名字',
  ],
] as const;

const files = fixtureEntries('bad-content');

describe.each([
  ['astro build', 'build'],
  ['astro check (npm run check)', 'check'],
] as const)('bad content stops %s', (_, command) => {
  let result: BuildResult;
  let lines: string[];
  beforeAll(async () => {
    result = await runWithContent(command, files);
    lines = result.output.split('\n').map((line) => line.trimEnd());
  });

  it('with a non-zero exit code', () => {
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
  });

  it.each(expected)('reports %s on one line', (_kind, line) => {
    expect(lines).toContain(line);
  });

  it('reports every problem, opens with the count, and shows no stack trace', () => {
    const problemLines = lines.filter((line) => line.startsWith('content/articles/'));
    expect(problemLines).toHaveLength(expected.length);
    const heading = lines.findIndex((line) => line.startsWith(`内容检查发现 ${expected.length} 处错误`));
    expect(heading).toBeGreaterThan(-1);
    expect(lines.indexOf(problemLines[0]!)).toBe(heading + 1);
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    // The entry without mistakes is not reported.
    expect(result.output).not.toContain('good.mdx');
  });

  it("warns, and only warns, that a draft has no author", () => {
    expect(lines).toContainEqual(expect.stringMatching(/\[WARN\] \[news-content-check\] content\/articles\/unfinished-draft\.mdx:5: `author`：缺少作者（必填）$/));
  });
});

describe('warnings do not stop the build', () => {
  it('builds an article without a summary, saying so', async () => {
    const result = await runWithContent('build', {
      'no-summary.mdx': '---\ntitle: 没有摘要的文章\ndate: 2024-01-11\nauthor: 王欣\n---\n\n正文。\n',
    });
    expect(result.code).toBe(0);
    expect(result.output).toContain('[WARN] [news-content-check] content/articles/no-summary.mdx: `summary`：没有摘要');
    expect(result.output).toContain('[build] Complete!');
  });
});
