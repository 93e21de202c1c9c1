/**
 * The home, tag and source lists are paginated and the feed carries only the latest entries,
 * so no page grows with the archive. Built for real from 55 generated entries (three pages of
 * 20, and more than the feed holds), under a subpath so every link must respect the base,
 * with a BASE_URL variable in the environment that must not override it. The same archive
 * is larger than what one search checks, so the search page must not claim it found them all.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site as siteConfig } from '../../src/site.config.ts';
import { t } from '../../src/strings.ts';
import { fill } from '../../src/lib/text.ts';
import { paths } from '../../src/lib/urls.ts';
import { runWithContent } from '../support/fixture-site.ts';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { openPage } from '../support/browser.ts';
import { fileForUrl, readPage } from '../support/dist.ts';
import { SITE_URL, tmpRoot, type BuiltSite } from '../support/project.ts';

const COUNT = 55;
const TAG = '分页测试';
const SOURCE = '分页来源';
const day = (index: number) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
const entries = Array.from({ length: COUNT }, (_, index) => ({ id: `entry-${String(index).padStart(2, '0')}`, date: day(index) }));
const files = Object.fromEntries(
  entries.map(({ id, date }) => [
    `${id}.mdx`,
    `---\ntitle: 第${id}篇\ndate: ${date}\nauthor: 王欣\nsource: ${SOURCE}\ntags: [${TAG}]\nsummary:\n  - 摘要。\n---\n\n正文。\n`,
  ]),
);
const newestFirst = [...entries].sort((a, b) => b.date.localeCompare(a.date)).map(({ id }) => id);
const pageCount = Math.ceil(COUNT / siteConfig.listPageSize);

const site: BuiltSite = { name: 'paginated', base: '/news/', outDir: '', siteUrl: SITE_URL };
let scratch = '';

beforeAll(async () => {
  mkdirSync(tmpRoot, { recursive: true });
  scratch = mkdtempSync(path.join(tmpRoot, 'pagination-'));
  site.outDir = path.join(scratch, 'dist');
  // A BASE_URL variable in the environment (Vitest's workers set one) must not move the links.
  const result = await runWithContent('build', files, { outDir: site.outDir, env: { SITE_URL, BASE_PATH: site.base, BASE_URL: '/' } });
  expect(result.code, result.output).toBe(0);
}, 240_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fileOf = (sitePath: string) => `${sitePath}index.html`;
const articleId = (href: string) => /articles\/([^/]+)\/$/.exec(href)?.[1];

describe.each([
  { list: 'home', pathOf: paths.home },
  { list: 'tag', pathOf: (page: number) => paths.tag(TAG, page) },
  { list: 'source', pathOf: (page: number) => paths.source(SOURCE, page) },
])('the $list list', ({ pathOf }) => {
  const pages = () => Array.from({ length: pageCount }, (_, index) => readPage(site, decodeURIComponent(fileOf(pathOf(index + 1)))));

  it(`has ${pageCount} pages of at most ${siteConfig.listPageSize}, every entry once, newest first`, () => {
    expect(pageCount).toBeGreaterThan(2);
    const listed = pages().map(($) => $('.entry-list > li h2 a, .entry-list > li h3 a').map((_, a) => articleId($(a).attr('href')!)).get());
    for (const ids of listed) expect(ids.length).toBeLessThanOrEqual(siteConfig.listPageSize);
    expect(listed.flat()).toEqual(newestFirst);
    expect(existsSync(path.join(site.outDir, decodeURIComponent(fileOf(pathOf(pageCount + 1)))))).toBe(false);
  });

  it('links each page to the one before and after, under the base path, and says where the reader is', () => {
    pages().forEach(($, index) => {
      const page = index + 1;
      const nav = $(`nav.pagination[aria-label="${t.pagination.label}"]`);
      expect(nav).toHaveLength(1);
      expect(nav.find('[aria-current="page"]').text()).toBe(fill(t.pagination.position, { n: page, total: pageCount }));
      const previous = nav.find('a[rel="prev"]');
      const next = nav.find('a[rel="next"]');
      expect(previous.attr('href')).toBe(page > 1 ? site.base + pathOf(page - 1) : undefined);
      expect(next.attr('href')).toBe(page < pageCount ? site.base + pathOf(page + 1) : undefined);
      if (page > 1) expect(previous.text()).toBe(t.pagination.previous);
      if (page < pageCount) expect(next.text()).toBe(t.pagination.next);
      for (const href of [previous.attr('href'), next.attr('href')].filter(Boolean)) {
        const target = fileForUrl(site, decodeURIComponent(fileOf(pathOf(page))), href!)!;
        expect(existsSync(path.join(site.outDir, target)), href).toBe(true);
      }
    });
  });

  it('gives every page a title of its own', () => {
    const titles = pages().map(($) => $('title').text());
    expect(new Set(titles).size).toBe(pageCount);
    expect(titles[1]).toContain(fill(t.pagination.title, { title: '', n: 2 }));
  });
});

describe('feed and sitemap', () => {
  const xml = new XMLParser();

  it(`the feed carries the latest ${siteConfig.feedSize} entries, newest first`, () => {
    expect(COUNT).toBeGreaterThan(siteConfig.feedSize);
    const items: { link: string }[] = xml.parse(readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8')).rss.channel.item;
    expect(items.map((item) => articleId(item.link))).toEqual(newestFirst.slice(0, siteConfig.feedSize));
  });

  it('the sitemap lists every list page', () => {
    const sitemap = readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8');
    for (let page = 1; page <= pageCount; page++) {
      expect(sitemap).toContain(`<loc>${SITE_URL}${site.base}${paths.home(page)}</loc>`);
      expect(sitemap).toContain(`<loc>${SITE_URL}${site.base}${paths.tag(TAG, page)}</loc>`);
    }
  });
});

describe('search over more pages than one search checks', () => {
  const env = useBrowserAndSite(site);

  it('says it shows the first results, not that it found them all', async () => {
    const { page, errors } = await openPage(env.browser);
    // Every entry's body is 正文.
    await page.goto(env.server.baseUrl + paths.search('正文'));
    const status = page.locator('.search-status');
    // A count has a number; the prompt, loading and failure texts do not.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d/);
    const shown = await page.locator('.search-results > li').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(COUNT);
    expect(await status.textContent()).toBe(fill(t.search.countFirst, { n: shown }));
    expect(errors).toEqual([]);
  }, 60_000);
});
