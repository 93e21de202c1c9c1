/**
 * Hostile HTML in bodies stops the real build: in a .md and an .mdx entry, every refused tag,
 * attribute and URL is one line naming the file, the line and what to write instead. And
 * HTML within the allow-list reaches the built page as written, at both base paths.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { entry, FULL } from '../support/body-check.ts';
import { runWithContent } from '../support/fixture-site.ts';
import { HOSTILE_LINES, hostileBody, INERT } from '../support/hostile-bodies.ts';
import { SITE_URL, tmpRoot, type BuildResult } from '../../scripts/harness/site-harness.ts';
import { paths } from '../../src/site/urls.ts';

/** The entry's first body line (after FULL's frontmatter and a blank line). */
const FIRST_BODY_LINE = 8;
const FORMATS = ['hostile-markdown.md', 'hostile-mdx.mdx'] as const;

describe('hostile bodies stop the build', () => {
  let result: BuildResult;
  let lines: string[];
  beforeAll(async () => {
    result = await runWithContent('build', Object.fromEntries(FORMATS.map((name) => [name, entry(FULL, hostileBody())])));
    lines = result.output.split('\n').map((line) => line.trimEnd());
  });

  it('with a non-zero exit code and no stack trace', () => {
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
  });

  const expected = FORMATS.flatMap((name) =>
    HOSTILE_LINES.flatMap(([kind, , messages], index) =>
      messages.map(([field, message]) => [`${kind} in ${name}`, `content/articles/${name}:${FIRST_BODY_LINE + 2 * index}: \`${field}\`：${message}`] as const),
    ),
  );

  it.each(expected)('names %s on its line', (_, line) => {
    expect(lines).toContain(line);
  });

  it('reports nothing else', () => {
    expect(lines.filter((line) => line.startsWith('content/articles/'))).toHaveLength(expected.length);
  });
});

const ALLOWED = [
  '## 小标题',
  'H<sub>2</sub>O，10<sup>2</sup>，第一行<br />第二行，<abbr title="人工智能">AI</abbr>。',
  '<a href="https://example.com/">原文</a>、<a href="mailto:editor@example.com">来信</a>、<a href="tel:+861012345678">电话</a>。',
  '<details>\n  <summary>展开全文</summary>\n  详情。\n</details>',
  '| 公司 | 营收 |\n| --- | --- |\n| 甲 | 1 |',
].join('\n\n');

describe.each(['/', '/news/'])('HTML within the allow-list, at base %s', (base) => {
  const outDir = mkdtempSync(path.join(tmpRoot, 'allowed-html-'));
  let result: BuildResult;
  beforeAll(async () => {
    result = await runWithContent('build', { 'allowed.md': entry(FULL, ALLOWED), 'allowed-x.mdx': entry(FULL, ALLOWED) }, { outDir, env: { BASE_PATH: base } });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(['allowed', 'allowed-x'])('reaches the page of %s as written', (id) => {
    expect(result.code, result.output).toBe(0);
    const $ = readPage({ name: base, base, outDir, siteUrl: SITE_URL }, `${paths.article(id)}index.html`);
    const body = $('.article-body');
    expect(body.find('h2').attr('id')).toBe('小标题');
    expect(body.find('sub').text()).toBe('2');
    expect(body.find('sup').text()).toBe('2');
    expect(body.find('br')).toHaveLength(1);
    expect(body.find('abbr').attr('title')).toBe('人工智能');
    expect(body.find('a').map((_, link) => link.attribs.href).get()).toEqual(['https://example.com/', 'mailto:editor@example.com', 'tel:+861012345678']);
    expect(body.find('details > summary').text()).toBe('展开全文');
    expect(body.find('table td').map((_, cell) => $(cell).text()).get()).toEqual(['甲', '1']);
    expect(body.html()).not.toMatch(INERT);
  });
});
