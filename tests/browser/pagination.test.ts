/**
 * The home, tag, source, author and archive lists are paginated and the feed carries only the latest entries,
 * so no page grows with the archive. Built for real from 55 generated entries (three pages of
 * 20, and more than the feed holds), under a subpath so every link must respect the base,
 * with a BASE_URL variable in the environment that must not override it. The same archive
 * is larger than what one search checks, so the search page must not claim it found them all
 * and must show the rest when asked, and its search index is written in bundles of 20 entries,
 * so searches widen to older bundles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { site as siteConfig } from '../../src/site.config.ts';
import { t } from '../../src/site/strings.ts';
import { fill } from '../../src/site/fill.ts';
import { paths } from '../../src/site/urls.ts';
import { useFixtureBuild } from '../support/fixture-site.ts';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { axeViolations } from '../support/axe.ts';
import { RESULTS_PER_PAGE } from '../../src/search/client/search-engine.ts';
import { fileForUrl, pagefindFragments, readPage } from '../support/dist.ts';
import { openPage, SITE_URL } from '../../scripts/harness/site-harness.ts';

const COUNT = 55;
const TAG = '分页测试';
const SOURCE = '分页来源';
const day = (index: number) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
const entries = Array.from({ length: COUNT }, (_, index) => ({ id: `entry-${String(index).padStart(2, '0')}`, date: day(index) }));
/** Only the oldest entry's body holds this word: finding it takes every bundle of the index. */
const OLDEST_WORD = '档案馆';
/**
 * Every body holds 正文. In the newest 20 every other one holds it among many other words, so
 * there it ranks below the older entries: relevance must interleave the bundles.
 */
const body = (index: number) => `正文。${index >= COUNT - 20 && index % 2 ? '记者报道。'.repeat(40) : ''}${index === 0 ? OLDEST_WORD : ''}`;
const files = Object.fromEntries(
  entries.map(({ id, date }, index) => [
    `${id}.mdx`,
    `---\ntitle: 第${id}篇\ndate: ${date}\nauthor: 王欣\nsource: ${SOURCE}\ntags: [${TAG}]\nsummary:\n  - 摘要。\n---\n\n${body(index)}\n`,
  ]),
);
const newestFirst = [...entries].sort((a, b) => b.date.localeCompare(a.date)).map(({ id }) => id);
const pageCount = Math.ceil(COUNT / siteConfig.listPageSize);
/** January's entries: more than a page of them, fewer than all. */
const january = newestFirst.filter((id) => entries.find((item) => item.id === id)!.date.startsWith('2024-01'));
const BUNDLE_SIZE = 20;

// A BASE_URL variable in the environment (Vitest's workers set one) must not move the links.
const build = useFixtureBuild('pagination', '/news/', files, { env: { BASE_URL: '/', SEARCH_BUNDLE_SIZE: String(BUNDLE_SIZE) } });
const { site } = build;

const fileOf = (sitePath: string) => `${sitePath}index.html`;
const articleId = (href: string) => /articles\/([^/]+)\/$/.exec(href)?.[1];

describe.each([
  { list: 'home', pathOf: paths.home, ids: newestFirst },
  { list: 'tag', pathOf: (page: number) => paths.tag(TAG, page), ids: newestFirst },
  { list: 'source', pathOf: (page: number) => paths.source(SOURCE, page), ids: newestFirst },
  { list: 'author', pathOf: (page: number) => paths.author('王欣', page), ids: newestFirst },
  { list: 'archive month', pathOf: (page: number) => paths.archiveMonth(2024, 1, page), ids: january },
])('the $list list', ({ pathOf, ids: listIds }) => {
  const lastPage = Math.ceil(listIds.length / siteConfig.listPageSize);
  const pages = () => Array.from({ length: lastPage }, (_, index) => readPage(site, decodeURIComponent(fileOf(pathOf(index + 1)))));

  it(`has pages of at most ${siteConfig.listPageSize}, every entry once, newest first`, () => {
    expect(lastPage).toBeGreaterThan(1);
    const listed = pages().map(($) => $('.entry-list > li h2 a, .entry-list > li h3 a').map((_, a) => articleId($(a).attr('href')!)).get());
    for (const ids of listed) expect(ids.length).toBeLessThanOrEqual(siteConfig.listPageSize);
    expect(listed.flat()).toEqual(listIds);
    expect(existsSync(path.join(site.outDir, decodeURIComponent(fileOf(pathOf(lastPage + 1)))))).toBe(false);
  });

  it('links each page to the one before and after, under the base path, and says where the reader is', () => {
    pages().forEach(($, index) => {
      const page = index + 1;
      const nav = $(`nav.pagination[aria-label="${t.pagination.label}"]`);
      expect(nav).toHaveLength(1);
      expect(nav.find('[aria-current="page"]').text()).toBe(fill(t.pagination.position, { n: page, total: lastPage }));
      const previous = nav.find('a[rel="prev"]');
      const next = nav.find('a[rel="next"]');
      expect(previous.attr('href')).toBe(page > 1 ? site.base + pathOf(page - 1) : undefined);
      expect(next.attr('href')).toBe(page < lastPage ? site.base + pathOf(page + 1) : undefined);
      if (page > 1) expect(previous.text()).toBe(t.pagination.previous);
      if (page < lastPage) expect(next.text()).toBe(t.pagination.next);
      for (const href of [previous.attr('href'), next.attr('href')].filter(Boolean)) {
        const target = fileForUrl(site, decodeURIComponent(fileOf(pathOf(page))), href!)!;
        expect(existsSync(path.join(site.outDir, target)), href).toBe(true);
      }
    });
  });

  it('gives every page a title of its own', () => {
    const titles = pages().map(($) => $('title').text());
    expect(new Set(titles).size).toBe(lastPage);
    expect(titles[1]).toContain(fill(t.pagination.title, { title: '', n: 2 }));
  });
});

it('builds a site without author profiles with no warning about them', () => {
  // Astro warns about an empty content folder and an empty collection; src/content/profile-loader.ts keeps both quiet.
  expect(build.output).not.toMatch(/\[WARN\].*(authors|does not exist|No files found)/);
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

describe('search index in bundles', () => {
  const oldestFirst = [...newestFirst].reverse();
  const bundles = [
    { path: 'pagefind/', ids: oldestFirst.slice(2 * BUNDLE_SIZE) },
    { path: 'pagefind/older/2/', ids: oldestFirst.slice(BUNDLE_SIZE, 2 * BUNDLE_SIZE) },
    { path: 'pagefind/older/1/', ids: oldestFirst.slice(0, BUNDLE_SIZE) },
  ];

  it('writes bundles of at most the bundle size, oldest entries first, lists the older ones and leaves no build file behind', () => {
    for (const bundle of bundles) {
      const urls = [...pagefindFragments(site, bundle.path).keys()].map(articleId).sort();
      expect(urls, bundle.path).toEqual([...bundle.ids].sort());
    }
    expect(JSON.parse(readFileSync(path.join(site.outDir, paths.olderSearchBundles()), 'utf8'))).toEqual(bundles.slice(1).map((bundle) => bundle.path));
    expect(readdirSync(site.outDir).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  it('keeps in older bundles only what merging reads: no second copy of the scripts', () => {
    for (const bundle of bundles.slice(1)) {
      const names = readdirSync(path.join(site.outDir, bundle.path)).map((name) => name.replace(/_[0-9a-f]+\.pf_meta$/, '_*.pf_meta'));
      expect(names.sort(), bundle.path).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind.zh-cn_*.pf_meta']);
    }
  });

  const env = useBrowserAndSite(site);

  /** Searches on the search page; returns the status, the result ids and the index bundles it fetched. */
  async function searchPage(query: string, sort?: 'date') {
    const { page, errors } = await openPage(env.browser);
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const bundle = bundles.find(({ path: dir }) => new URL(request.url()).pathname.startsWith(`${site.base}${dir}index/`));
      if (bundle) fetched.add(bundle.path);
    });
    await page.goto(env.server.baseUrl + paths.search(query) + (sort ? `&sort=${sort}` : ''));
    const status = page.locator('.search-status');
    // A count has a number; the prompt, loading and failure texts do not.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d/);
    const ids = await page.locator('.search-results > li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    return { status: await status.textContent(), ids: ids.map((href) => articleId(href.split('?')[0]!)!), fetched, errors };
  }

  it('says it shows the first results, not that it found them all, and searches only the bundles it needs', async () => {
    // Every entry's body is 正文: the newest bundle's 15 are fewer than a search checks (30), so one older bundle joins.
    const { status, ids, fetched, errors } = await searchPage('正文');
    expect(ids.length).toBeGreaterThan(bundles[0]!.ids.length);
    expect(ids.length).toBeLessThan(COUNT);
    expect(status).toBe(fill(t.search.countFirst, { n: ids.length }));
    expect([...fetched].sort()).toEqual([bundles[0]!.path, bundles[1]!.path].sort());
    expect(errors).toEqual([]);
  }, 60_000);

  it('by relevance, orders the results of merged bundles as Pagefind ranks them together', async () => {
    const { ids, fetched, errors } = await searchPage('正文');
    expect(fetched.size).toBeGreaterThan(1);
    // Pagefind's own ranking over the same bundles, from a page that loads them directly.
    const { page } = await openPage(env.browser);
    await page.goto(env.server.baseUrl);
    const ranked: string[] = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(site.base + paths.pagefind() + 'pagefind.js')});
      await pagefind.options({ baseUrl: ${JSON.stringify(site.base)} });
      for (const bundle of ${JSON.stringify([...fetched].filter((bundle) => bundle !== paths.pagefind()))}) await pagefind.mergeIndex(${JSON.stringify(site.base)} + bundle, { baseUrl: ${JSON.stringify(site.base)} });
      const search = await pagefind.search('正文');
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`);
    const rankedIds = ranked.map((href) => articleId(href)!).filter((id) => ids.includes(id));
    expect(ids).toEqual(rankedIds);
    expect(errors).toEqual([]);
  }, 60_000);

  it('sorted by date, shows the newest entries that hold the query, newest first', async () => {
    const { ids, errors } = await searchPage('正文', 'date');
    expect(ids.length).toBeGreaterThan(bundles[0]!.ids.length);
    expect(ids).toEqual(newestFirst.slice(0, ids.length));
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows the rest when the reader asks for more, by keyboard, after what was shown, and again on coming Back', async () => {
    const { page, errors } = await openPage(env.browser, { bypassCSP: true });
    await page.goto(env.server.baseUrl + paths.search('正文'));
    const status = page.locator('.search-status');
    const results = page.locator('.search-results > li a');
    const more = page.getByRole('button', { name: t.search.more });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(fill(t.search.countFirst, { n: RESULTS_PER_PAGE }));
    expect(await more.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const first = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(fill(t.search.count, { n: COUNT }));
    const all = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(all.slice(0, first.length)).toEqual(first);
    expect(new Set(all.map((href) => articleId(href.split('?')[0]!))).size).toBe(COUNT);
    expect(await more.isHidden()).toBe(true);
    // Reading carries on from the first new result.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(all[RESULTS_PER_PAGE]);

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    await page.goBack();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(fill(t.search.count, { n: COUNT }));
    expect(await results.count()).toBe(COUNT);
    // Not only from the back/forward cache: the history entry says how many the reader asked for.
    await page.reload();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(fill(t.search.count, { n: COUNT }));
    expect(await results.count()).toBe(COUNT);
    expect(errors).toEqual([]);
  }, 90_000);

  it('finds a word only the oldest entry holds, through every bundle, and counts it as all there is', async () => {
    const { status, ids, fetched, errors } = await searchPage(OLDEST_WORD);
    expect(ids).toEqual([oldestFirst[0]]);
    expect(status).toBe(fill(t.search.count, { n: 1 }));
    expect([...fetched].sort()).toEqual(bundles.map((bundle) => bundle.path).sort());
    expect(errors).toEqual([]);
  }, 60_000);
});
