/** Bodies as the article pages render them, read with a real HTML parser. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ContentEntryType } from 'astro';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { dataGlob } from '../../src/content/entry-loader.ts';
import { renderBody, renderEntryFile } from '../../src/body/render-body.ts';
import { RenderedBodyWriter } from '../../src/body/rendered-body-store.ts';
import { t } from '../../src/site/strings.ts';

const html = (body: string, file = 'content/articles/a.mdx') => load(renderBody(body, file).html, null, false);

describe('renderBody()', () => {
  it('renders <Figure> as a placeholder with the caption and credit, kept out of the search index', () => {
    const $ = html('<Figure caption="谷歌湾区总部 &amp; 园区" credit="受访人邱谆提供" />');
    expect($('figure.figure > .image-placeholder[data-pagefind-ignore]').text()).toBe(t.figure.missing);
    expect($('figure > figcaption').text()).toBe(`谷歌湾区总部 & 园区${t.figure.credit}受访人邱谆提供`);
    expect($('figcaption > .figure__credit').text()).toBe(`${t.figure.credit}受访人邱谆提供`);
  });

  it('renders <Figure> without a credit, and <SectionBreak> as a rule with its note', () => {
    const $ = html('<Figure caption="旧金山海湾" />\n\n<SectionBreak />');
    expect($('figcaption').text()).toBe('旧金山海湾');
    expect($('.figure__credit')).toHaveLength(0);
    expect($('.section-break[data-pagefind-ignore] > hr')).toHaveLength(1);
    expect($('.section-break > p').text()).toBe(t.figure.sectionBreak);
  });

  it('keeps a single tilde as a range, GFM otherwise on, in MDX and Markdown', () => {
    for (const file of ['a.mdx', 'a.md']) {
      const $ = html('营收20亿~30亿元，~~旧数字~~。\n\n| 公司 | 营收 |\n| --- | --- |\n| 甲 | 1 |', file);
      expect($('p').text()).toBe('营收20亿~30亿元，旧数字。');
      expect($('del').text()).toBe('旧数字');
      expect($('table td').map((_, cell) => $(cell).text()).get()).toEqual(['甲', '1']);
    }
  });

  it('renders HTML tags with their attributes and drops the editors’ comments', () => {
    const $ = html('{/* 编辑备注 */}\n\n第一行<br />第二行，<abbr title="人工智能">AI</abbr>，面积10<sup>2</sup>');
    expect($.root().children()).toHaveLength(1);
    expect($('p br')).toHaveLength(1);
    expect($('abbr').attr('title')).toBe('人工智能');
    expect($('sup').text()).toBe('2');
    expect($.text()).not.toContain('编辑备注');
    expect(html('第一行<br>第二行，<abbr title="人工智能">AI</abbr>', 'a.md')('abbr').attr('title')).toBe('人工智能');
  });

  it('gives headings the ids Astro gives them', () => {
    expect(html('## 硅谷的中心\n\n正文。\n\n## AI 出海')('h2').map((_, heading) => heading.attribs.id).get()).toEqual(['硅谷的中心', 'ai-出海']);
  });

  it('lists the headings with those ids, for the table of contents', () => {
    expect(renderBody('## 硅谷的中心\n\n正文。\n\n### **AI** 出海\n', 'a.mdx').headings).toEqual([
      { depth: 2, slug: '硅谷的中心', text: '硅谷的中心' },
      { depth: 3, slug: 'ai-出海', text: 'AI 出海' },
    ]);
  });

  it('refuses a component it does not know', () => {
    expect(() => renderBody('<Image src="a.jpg" />', 'a.mdx')).toThrow('未知组件 <Image>');
  });
});

describe('dataGlob() and renderEntryFile()', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'data-glob-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const rootUrl = pathToFileURL(`${root}/`);
  const SOURCE = '---\ntitle: 甲\n---\n\n第一段。\n\n<SectionBreak />\n';
  mkdirSync(path.join(root, 'articles'));
  writeFileSync(path.join(root, 'articles', 'a.mdx'), SOURCE);

  it('stores each entry as data, neither rendered nor as a module to compile, and the page renders it from its file', async () => {
    const store = new Map<string, { id: string; data: unknown; filePath: string; rendered?: unknown; deferredRender?: boolean }>();
    // Astro's real glob() under the wrapper, with the parts of a loader context it reads; the
    // entry type is shaped like @astrojs/mdx's: one that glob() would render or compile.
    const mdx: ContentEntryType = {
      extensions: ['.mdx'],
      getEntryInfo: ({ contents }) => {
        const { frontmatter, content } = parseFrontmatter(contents);
        return { data: frontmatter, body: content, slug: '', rawData: '' };
      },
      getRenderFunction: async () => async () => ({ html: 'rendered at load' }),
      contentModuleTypes: 'declare module "x" {}',
    };
    const context = {
      collection: 'articles',
      config: { root: rootUrl, srcDir: new URL('src/', rootUrl) },
      logger: { info() {}, warn() {}, error() {} },
      store: Object.assign(store, { set: (entry: { id: string }) => Map.prototype.set.call(store, entry.id, entry), addModuleImport() {}, addAssetImports() {} }),
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (contents: string) => String(contents.length),
      entryTypes: new Map([['.md', { ...mdx, extensions: ['.md'] }], ['.mdx', mdx]]),
    };
    const loader = dataGlob({ base: 'articles', pattern: '*.{md,mdx}', retainBody: false });
    await loader.load(context as unknown as Parameters<typeof loader.load>[0]);

    const entry = store.get('a')!;
    expect(entry).toMatchObject({ data: { title: '甲' }, filePath: 'articles/a.mdx' });
    expect(entry.rendered).toBeUndefined();
    expect(entry.deferredRender).toBeUndefined();
    expect(renderEntryFile(entry.filePath, rootUrl)).toEqual(renderBody('\n\n第一段。\n\n<SectionBreak />\n', 'a.mdx'));
  });

  it('takes the body the content check left for this build, only for the same file text', () => {
    const renderedDir = mkdtempSync(path.join(os.tmpdir(), 'rendered-bodies-'));
    try {
      const left = { html: '<p>检查时渲染</p>', readingMinutes: 7, headings: [{ depth: 2, slug: '小标题', text: '小标题' }] };
      const bodies = new RenderedBodyWriter(renderedDir, 0);
      bodies.add('articles/a.mdx', SOURCE, left);
      bodies.add('articles/b.mdx', SOURCE.replace('第一段', '旧的一段'), { html: '<p>旧的一段</p>', readingMinutes: 1, headings: [] });
      bodies.close();
      writeFileSync(path.join(root, 'articles', 'b.mdx'), SOURCE.replace('第一段', '新的一段'));
      expect(renderEntryFile('articles/a.mdx', rootUrl, renderedDir)).toEqual(left);
      // Another version of the file (the entry was edited since) is rendered anew.
      expect(renderEntryFile('articles/b.mdx', rootUrl, renderedDir).html).toContain('新的一段');
    } finally {
      rmSync(renderedDir, { recursive: true, force: true });
    }
  });
});
