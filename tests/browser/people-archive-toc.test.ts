/**
 * Author pages, the archive and the 目录, built for real from fixture entries (tests/fixtures/bylines/)
 * and test profiles (tests/fixtures/profiles/: one for a byline, one for a name no byline gives),
 * at the root; the paginated seventh of each is in tests/browser/pagination.test.ts, under /news/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { t } from '../../src/site/strings.ts';
import { fill } from '../../src/site/fill.ts';
import { paths } from '../../src/site/urls.ts';
import { fixtureEntries, useFixtureBuild } from '../support/fixture-site.ts';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { axeViolations } from '../support/axe.ts';
import { fileForUrl, htmlFiles, pagefindFragments, readPage } from '../support/dist.ts';
import { SITE_URL } from '../../scripts/harness/site-harness.ts';

const build = useFixtureBuild('bylines', '/', fixtureEntries('bylines'), { profiles: fixtureEntries('profiles') });
const { site } = build;

/** The dist file of a site path (paths.* give them encoded, as links do). */
const page = (sitePath: string) => readPage(site, decodeURIComponent(`${sitePath}index.html`));
const articleIds = ($: CheerioAPI) => $('.entry-list .teaser__title a').map((_, a) => /articles\/([^/]+)\/$/.exec($(a).attr('href')!)?.[1]).get();
const terms = ($: CheerioAPI, list: ReturnType<CheerioAPI>) =>
  list.children('li').map((_, li) => ({ name: $(li).find('a').text(), href: $(li).find('a').attr('href'), count: $(li).find('.term-index__count').text() })).get();
const jsonLd = ($: CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
const count = (n: number) => fill(t.lists.count, { n });

describe('author pages', () => {
  it('lists everyone a byline names, author or editor, with counts, each linking to their page', () => {
    const $ = page(paths.authors());
    expect($('h1').text()).toBe(t.lists.authorsTitle);
    expect(terms($, $('.term-index'))).toEqual([
      { name: '林晓', href: `/${paths.author('林晓')}`, count: count(3) },
      { name: '周明', href: `/${paths.author('周明')}`, count: count(2) },
      { name: '赵宁', href: `/${paths.author('赵宁')}`, count: count(1) },
    ]);
  });

  it("lists a person's articles newest first, an editor's too, and gives a profile's bio and links", () => {
    const author = page(paths.author('林晓'));
    expect(author('h1').text()).toBe('林晓');
    expect(articleIds(author)).toEqual(['toc-three', 'jan-article', 'old-brief']);
    expect(author('.author-profile__bio').text()).toBe('科技记者，关注东南亚的数字经济与中国公司出海。');
    expect(author('.author-profile__links a').map((_, a) => [[author(a).text(), author(a).attr('href'), author(a).attr('rel')]]).get()).toEqual([
      ['微博', 'https://weibo.com/u/1000000001', 'me'],
      ['example.com', 'https://example.com/linxiao/', 'me'],
    ]);
    const editor = page(paths.author('周明'));
    expect(articleIds(editor)).toEqual(['toc-three', 'toc-two']);
    expect(editor('.author-profile')).toHaveLength(0);
  });

  it('says who the page is about in JSON-LD: a ProfilePage about the person, with their links', () => {
    expect(jsonLd(page(paths.author('林晓')))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: `${SITE_URL}/${paths.author('林晓')}`,
      mainEntity: {
        '@type': 'Person',
        name: '林晓',
        url: `${SITE_URL}/${paths.author('林晓')}`,
        description: '科技记者，关注东南亚的数字经济与中国公司出海。',
        sameAs: ['https://weibo.com/u/1000000001', 'https://example.com/linxiao/'],
      },
    });
  });

  it("links the byline's names to their pages, and names the people with their pages and profiles in the article's JSON-LD", () => {
    const $ = page(paths.article('toc-three'));
    expect($('.byline a').map((_, a) => [[$(a).text(), $(a).attr('href')]]).get()).toEqual([
      ['林晓', `/${paths.author('林晓')}`],
      ['周明', `/${paths.author('周明')}`],
    ]);
    const { author, editor } = jsonLd($);
    expect(author).toEqual({
      '@type': 'Person',
      name: '林晓',
      url: `${SITE_URL}/${paths.author('林晓')}`,
      description: '科技记者，关注东南亚的数字经济与中国公司出海。',
      sameAs: ['https://weibo.com/u/1000000001', 'https://example.com/linxiao/'],
    });
    expect(editor).toEqual({ '@type': 'Person', name: '周明', url: `${SITE_URL}/${paths.author('周明')}` });
  });

  it('warns about the profile no byline names, builds on, and makes no page for it', () => {
    expect(build.output).toContain('[WARN] [news-content-check] content/authors/孙悦.yaml: `文件名`：没有文章的作者或编辑署名为 “孙悦”');
    expect(htmlFiles(site.outDir).filter((file) => file.startsWith('authors/'))).toEqual(
      ['authors/index.html', 'authors/周明/index.html', 'authors/林晓/index.html', 'authors/赵宁/index.html'].sort(),
    );
  });
});

describe('archive', () => {
  it('lists the years and their months, newest first, with counts, each month linking to its page', () => {
    const $ = page(paths.archive());
    expect($('h1').text()).toBe(t.lists.archiveTitle);
    const years = $('.archive-year').map((_, section) => ({ year: $(section).find('h2').text(), months: terms($, $(section).find('.term-index')) })).get();
    expect(years).toEqual([
      {
        year: `${fill(t.lists.archiveYear, { year: 2024 })} ${count(3)}`,
        months: [
          { name: fill(t.lists.archiveMonth, { month: 2 }), href: `/${paths.archiveMonth(2024, 2)}`, count: count(1) },
          { name: fill(t.lists.archiveMonth, { month: 1 }), href: `/${paths.archiveMonth(2024, 1)}`, count: count(2) },
        ],
      },
      {
        year: `${fill(t.lists.archiveYear, { year: 2023 })} ${count(1)}`,
        months: [{ name: fill(t.lists.archiveMonth, { month: 12 }), href: `/${paths.archiveMonth(2023, 12)}`, count: count(1) }],
      },
    ]);
  });

  it("lists a month's entries newest first, under the month's name", () => {
    const $ = page(paths.archiveMonth(2024, 1));
    expect($('h1').text()).toBe(fill(t.lists.archiveMonthTitle, { year: 2024, month: 1 }));
    expect(articleIds($)).toEqual(['toc-two', 'jan-article']);
    expect(articleIds(page(paths.archiveMonth(2023, 12)))).toEqual(['old-brief']);
  });

  it("links each article's date to its month, and every page's footer to the archive and the people", () => {
    for (const [id, year, month] of [['toc-three', 2024, 2], ['old-brief', 2023, 12]] as const) {
      const $ = page(paths.article(id));
      expect($('.dateline a:has(time)').attr('href')).toBe(`/${paths.archiveMonth(year, month)}`);
      expect($('.site-footer a').map((_, a) => $(a).attr('href')).get()).toEqual(expect.arrayContaining([`/${paths.archive()}`, `/${paths.authors()}`]));
    }
  });
});

describe('table of contents (目录)', () => {
  it('follows the header of an article with three subheadings, linking to each heading, the ### ones nested', () => {
    const $ = page(paths.article('toc-three'));
    const toc = $('.article > nav.toc');
    expect(toc).toHaveLength(1);
    expect(toc.prev().is('header.article-header')).toBe(true);
    expect(toc.next().is('.article-body')).toBe(true);
    expect(toc.attr('aria-labelledby') && $(`#${toc.attr('aria-labelledby')}`).text()).toBe(t.article.toc);
    const links = toc.find('a').map((_, a) => [[$(a).text(), $(a).attr('href')!, $(a).parents('ol').length]]).get() as [string, string, number][];
    expect(links).toEqual([
      ['硅谷的中心', '#硅谷的中心', 1],
      ['AI 出海', '#ai-出海', 2],
      ['东南亚的机会', '#东南亚的机会', 1],
    ]);
    for (const [text, href] of links) expect($(`.article-body :is(h2, h3)[id="${href.slice(1)}"]`).text()).toBe(text);
  });

  it('is not part of the article in the search index', () => {
    const $ = page(paths.article('toc-three'));
    expect($('nav.toc').attr('data-pagefind-ignore')).toBe('all');
    // Pagefind parts Chinese words with zero-width spaces; the fixture's own text never says 目录.
    const fragment = pagefindFragments(site).get(`/${paths.article('toc-three')}`)!.replace(/\u200b/g, '');
    expect(fragment).toContain('东南亚的机会');
    expect(fragment).not.toContain(t.article.toc);
  });

  it('is not given to an article with two subheadings', () => {
    const $ = page(paths.article('toc-two'));
    expect($('.article-body h2')).toHaveLength(2);
    expect($('.toc')).toHaveLength(0);
    expect($('.article-page--toc')).toHaveLength(0);
  });
});

describe('in Chromium', () => {
  const env = useBrowserAndSite(site);

  it('keeps the 目录 beside the text at 1280px while the text scrolls by, and above it on a phone', async () => {
    // No smooth scrolling, so a heading is where a link took it at once.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const tab = await context.newPage();
    await tab.goto(env.server.baseUrl + paths.article('toc-three'));
    const box = (selector: string) => tab.locator(selector).first().boundingBox().then((found) => found!);
    const [toc, body] = await Promise.all([box('.toc'), box('.article-body')]);
    expect(toc.x).toBeGreaterThanOrEqual(body.x + body.width);
    expect(toc.y).toBeLessThan(body.y + 50);
    // Reading on: the last paragraph in view, the 目录 still there under the sticky header.
    await tab.locator('.article-body p').last().scrollIntoViewIfNeeded();
    const scrolled = await box('.toc');
    expect(scrolled.y).toBeGreaterThan(0);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(800);
    expect(scrolled.x).toBe(toc.x);
    // Its links go to the headings.
    await tab.locator('.toc a', { hasText: 'AI 出海' }).click();
    await expect.poll(() => tab.evaluate(() => decodeURIComponent(location.hash))).toBe('#ai-出海');
    const heading = await box('#ai-出海');
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(400);

    await tab.setViewportSize({ width: 390, height: 844 });
    const [narrowToc, narrowBody] = await Promise.all([box('.toc'), box('.article-body')]);
    expect(narrowToc.y + narrowToc.height).toBeLessThanOrEqual(narrowBody.y);
    await context.close();
  });

  const PAGES = [paths.authors(), paths.author('林晓'), paths.archive(), paths.archiveMonth(2024, 1), paths.article('toc-three')];

  it.each(['light', 'dark'] as const)('axe finds nothing on the new pages (%s theme)', async (colorScheme) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'zh-CN', bypassCSP: true });
    const tab = await context.newPage();
    const problems: string[] = [];
    for (const sitePath of PAGES) {
      await tab.goto(env.server.baseUrl + sitePath);
      problems.push(...(await axeViolations(tab)).map((line) => `${decodeURIComponent(sitePath)}: ${line}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the fixture build as a whole', () => {
  it('is valid HTML on every page, and no link points at a missing page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles(site.outDir)) {
      const report = await validator.validateFile(path.join(site.outDir, file));
      for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
      const $ = readPage(site, file);
      $('a[href]').each((_, a) => {
        const target = fileForUrl(site, file, $(a).attr('href')!);
        if (target !== undefined && (target.startsWith('\0') || !existsSync(path.join(site.outDir, target)))) problems.push(`${file}: ${$(a).attr('href')}`);
      });
    }
    expect(problems).toEqual([]);
  });
});
