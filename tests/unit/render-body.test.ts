/** Bodies rendered to HTML at load time: the markup the pages get, read with a real HTML parser. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ContentEntryType } from 'astro';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMdxBody } from '../../src/lib/render-body.ts';
import { renderedGlob } from '../../src/lib/rendered-glob.ts';
import { t } from '../../src/strings.ts';

const html = (body: string) => load(renderMdxBody(body, 'content/articles/a.mdx').html, null, false);

describe('renderMdxBody()', () => {
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

  it('keeps a single tilde as a range, GFM otherwise on', () => {
    const $ = html('营收20亿~30亿元，~~旧数字~~。\n\n| 公司 | 营收 |\n| --- | --- |\n| 甲 | 1 |');
    expect($('p').text()).toBe('营收20亿~30亿元，旧数字。');
    expect($('del').text()).toBe('旧数字');
    expect($('table td').map((_, cell) => $(cell).text()).get()).toEqual(['甲', '1']);
  });

  it('renders HTML tags with their attributes and drops the editors’ comments', () => {
    const $ = html('{/* 编辑备注 */}\n\n第一行<br />第二行，<abbr title="人工智能">AI</abbr>，面积10<sup>2</sup>');
    expect($.root().children()).toHaveLength(1);
    expect($('p br')).toHaveLength(1);
    expect($('abbr').attr('title')).toBe('人工智能');
    expect($('sup').text()).toBe('2');
    expect($.text()).not.toContain('编辑备注');
  });

  it('gives headings Astro’s ids and lists them', () => {
    const rendered = renderMdxBody('## 硅谷的中心\n\n正文。\n\n## AI 出海', 'content/articles/a.mdx');
    expect(load(rendered.html)('h2').map((_, heading) => heading.attribs.id).get()).toEqual(['硅谷的中心', 'ai-出海']);
    expect(rendered.headings).toEqual([
      { depth: 2, slug: '硅谷的中心', text: '硅谷的中心' },
      { depth: 2, slug: 'ai-出海', text: 'AI 出海' },
    ]);
  });

  it('refuses a component it does not know', () => {
    expect(() => renderMdxBody('<Image src="a.jpg" />', 'a.mdx')).toThrow('未知组件 <Image>');
  });
});

describe('renderedGlob()', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rendered-glob-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Astro's real glob() under the wrapper, with the parts of a loader context it reads. */
  async function loadFolder(files: Record<string, string>, watching = false) {
    const base = mkdtempSync(path.join(dir, 'entries-'));
    for (const [name, source] of Object.entries(files)) writeFileSync(path.join(base, name), source);
    const store = new Map<string, { id: string; rendered?: { html: string }; deferredRender?: boolean }>();
    const logged: string[] = [];
    const mdx: ContentEntryType = {
      extensions: ['.mdx'],
      getEntryInfo: ({ contents }) => {
        const { frontmatter, content } = parseFrontmatter(contents);
        return { data: frontmatter, body: content, slug: '', rawData: '' };
      },
      contentModuleTypes: 'declare module "x" {}',
    };
    const context = {
      collection: 'articles',
      config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
      logger: { info() {}, warn: (message: string) => logged.push(message), error: (message: string) => logged.push(message) },
      store: Object.assign(store, { set: (entry: { id: string }) => Map.prototype.set.call(store, entry.id, entry), addModuleImport() {}, addAssetImports() {} }),
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (contents: string) => String(contents.length),
      entryTypes: new Map([['.mdx', mdx]]),
      watcher: watching ? { add() {}, on() {} } : undefined,
    };
    const loader = renderedGlob({ base: path.relative(dir, base), pattern: '*.mdx' });
    const result = await loader.load(context as unknown as Parameters<typeof loader.load>[0]).then(
      () => undefined,
      (error: Error) => error,
    );
    return { store, logged, error: result };
  }

  it('stores each MDX entry with its HTML, not as a module to compile', async () => {
    const { store, error } = await loadFolder({ 'a.mdx': '---\ntitle: 甲\n---\n\n第一段。\n\n<SectionBreak />\n' });
    expect(error).toBeUndefined();
    expect(store.get('a')?.deferredRender).toBeUndefined();
    expect(store.get('a')?.rendered?.html).toBe(renderMdxBody('第一段。\n\n<SectionBreak />', 'a.mdx').html);
  });

  it('stops a build when a body cannot be rendered, naming the file; in dev it only logs', async () => {
    const files = { 'a.mdx': '---\ntitle: 甲\n---\n\n正文。\n', 'b.mdx': '---\ntitle: 乙\n---\n\n<Image />\n' };
    const build = await loadFolder(files);
    expect(build.error?.message).toMatch(/^正文无法生成：\n.*b\.mdx: 未知组件 <Image>$/);
    const dev = await loadFolder(files, true);
    expect(dev.error).toBeUndefined();
    expect(dev.logged.join('\n')).toContain('未知组件 <Image>');
  });
});
