/**
 * What editors write reaches readers intact, whatever its characters: tag and source names
 * with #, ?, %, /, &, +, spaces and full-width punctuation become pages a static host finds,
 * under one URL everywhere (links, canonical, sitemap, feed), with the names as written on the
 * page and in the search filters; summaries and titles with <, > and & reach a feed reader as
 * text. One fixture build per base path, served by the test server and, where it is
 * installed, by nginx.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForUrl, htmlFiles, pagefindFragmentData, readPage } from '../support/dist.ts';
import { runWithContent } from '../support/fixture-site.ts';
import { NGINX, startNginx } from '../support/nginx.ts';
import { freePort, serveSite, SITE_URL, tmpRoot, type BuildResult, type BuiltSite } from '../../scripts/harness/site-harness.ts';
import { fill } from '../../src/site/fill.ts';
import { t } from '../../src/site/strings.ts';
import { absoluteUrl, paths, url } from '../../src/site/urls.ts';

const TAGS = ['C#', 'q?x', '100%', 'a/b', 'P&G', 'C++', 'AI 芯片', '新零售（上海）', '零售、电商，观察：2024', '人工智能', 'Disney+'];
const SOURCES = ['36氪/快讯', '商业 & 密码', '晚点 LatePost'];
const SUMMARY = '营收<10亿元,利润>5亿元 & 毛利率30%';
const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const TITLE = 'A<B> & “C” 的 <em>新</em> 零售';

const yamlList = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
const article = (title: string, source: string, tags: readonly string[], summary: readonly string[]) =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-01-11\nauthor: 王欣\nsource: ${JSON.stringify(source)}\ntags: ${yamlList(tags)}\nsummary: ${yamlList(summary)}\n---\n\n正文。\n`;

const files = {
  'names.mdx': article(TITLE, SOURCES[0]!, TAGS, [SUMMARY, HOSTILE]),
  'more-names.mdx': article('第二篇', SOURCES[1]!, TAGS.slice(0, 4), ['第二篇的摘要。']),
  'third.mdx': article('第三篇', SOURCES[2]!, ['人工智能'], ['第三篇的摘要。']),
};

const xml = new XMLParser();
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every distinct link to a tag or source page (the lists included), as written in the pages' hrefs. */
function termLinks(site: BuiltSite): string[] {
  const links = new Set<string>();
  for (const file of htmlFiles(site.outDir)) {
    const $ = readPage(site, file);
    $('a[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (href.startsWith(`${site.base}tags/`) || href.startsWith(`${site.base}sources/`)) links.add(href);
    });
  }
  return [...links].sort();
}

/** nginx serving `site` under its base path, as a plain static host does: no rewrites, its own prefix and port. */
async function serveWithNginx(site: BuiltSite): Promise<{ origin: string; close(): Promise<void> }> {
  const prefix = mkdtempSync(path.join(tmpRoot, 'nginx-'));
  const port = await freePort();
  const location = site.base === '/' ? `location / { root ${site.outDir}; }` : `location ${site.base} { alias ${site.outDir}/; }`;
  const nginx = await startNginx(`server {\n  listen 127.0.0.1:${port};\n  ${location}\n}\n`, prefix, port);
  return {
    origin: nginx.origin,
    close: async () => {
      await nginx.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

const bases = [
  { name: 'root', base: '/' },
  { name: 'subpath', base: '/news/' },
];

describe.each(bases)('editor text in a built site ($name, base $base)', ({ name, base }) => {
  const site: BuiltSite = { name, base, siteUrl: SITE_URL, outDir: path.join(tmpRoot, `editor-text-${name}`) };
  const root = SITE_URL + base;
  const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');
  let build: BuildResult;
  let links: string[];

  beforeAll(async () => {
    mkdirSync(tmpRoot, { recursive: true });
    rmSync(site.outDir, { recursive: true, force: true });
    build = await runWithContent('build', files, { outDir: site.outDir, env: { SITE_URL, BASE_PATH: base } });
    links = termLinks(site);
  });
  afterAll(() => rmSync(site.outDir, { recursive: true, force: true }));

  it('builds without an error', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toMatch(/Invalid URL|\[ERROR\]/);
  });

  it('links each tag and source to a page whose folder is the link decoded, as a static host maps it', () => {
    // The two lists, each tag and each source.
    expect(links).toHaveLength(2 + TAGS.length + SOURCES.length);
    for (const link of links) {
      expect(link, 'a link is a valid, fully encoded URL path').toBe(new URL(link, SITE_URL).pathname);
      const file = fileForUrl(site, 'index.html', link)!;
      expect(existsSync(path.join(site.outDir, file)), `${link} → ${file}`).toBe(true);
    }
  });

  it("shows each name as written on its page, whose canonical URL is the page's link", () => {
    const shown = new Map<string, string>();
    for (const link of links) {
      const $ = readPage(site, fileForUrl(site, 'index.html', link)!);
      expect($('link[rel="canonical"]').attr('href')).toBe(SITE_URL + link);
      expect($('meta[property="og:url"]').attr('content')).toBe(SITE_URL + link);
      shown.set($('h1').text(), link);
    }
    for (const tag of TAGS) expect(shown.has(fill(t.lists.tagTitle, { name: tag })), tag).toBe(true);
    for (const source of SOURCES) expect(shown.has(fill(t.lists.sourceTitle, { name: source })), source).toBe(true);
  });

  it('lists every page in the sitemap under the URL the pages link to', () => {
    const locs = asList<{ loc: string }>(xml.parse(read('sitemap-0.xml')).urlset.url).map((entry) => entry.loc);
    for (const link of links) expect(locs).toContain(SITE_URL + link);
    for (const loc of locs) {
      expect(loc.startsWith(root), loc).toBe(true);
      expect(existsSync(path.join(site.outDir, fileForUrl(site, 'index.html', new URL(loc).pathname)!)), loc).toBe(true);
    }
  });

  it('gives the search filters the names as written', () => {
    // Pagefind's URLs leave out the base path; the search client adds it.
    const fragment = pagefindFragmentData(site).find((data) => data.url === url(paths.article('names'), '/'))!;
    expect(fragment.filters.tag?.sort()).toEqual([...TAGS].sort());
    expect(fragment.filters.source).toEqual([SOURCES[0]]);
  });

  it('feeds titles, summaries and categories to a real feed parser exactly as written, and no markup', async () => {
    const feed = await new Parser().parseString(read('rss.xml'));
    const item = feed.items.find((entry) => entry.link === absoluteUrl(paths.article('names'), SITE_URL, base))!;
    expect(item.title).toBe(TITLE);
    // The description is HTML: a reader shows the text of its paragraphs, one per summary line.
    expect(item.contentSnippet).toBe(`${SUMMARY}\n${HOSTILE}`);
    expect(item.content).not.toMatch(/<(?!\/?p>)/);
    expect(item.categories?.sort()).toEqual([...TAGS].sort());
    for (const entry of feed.items) {
      const file = fileForUrl(site, 'index.html', new URL(entry.link!).pathname)!;
      expect(readPage(site, file)('link[rel="canonical"]').attr('href')).toBe(entry.link);
    }
  });

  it('serves every tag and source page over HTTP from the test server', async () => {
    const server = await serveSite(site);
    try {
      for (const link of links) expect((await fetch(server.origin + link)).status, link).toBe(200);
    } finally {
      await server.close();
    }
  });

  it.skipIf(!existsSync(NGINX))('serves every tag and source page from nginx', async () => {
    const server = await serveWithNginx(site);
    try {
      for (const link of links) expect((await fetch(server.origin + link)).status, link).toBe(200);
    } finally {
      await server.close();
    }
  });
});
