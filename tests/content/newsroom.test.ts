/**
 * The newsroom's day, on real builds of fixture entries: a draft (and a new entry from
 * `npm run new`, which is one) is in no output of a production build; an entry scheduled after
 * the build's moment (SOURCE_DATE_EPOCH) is left out until a build after it; times of day,
 * updates and corrections reach the page, JSON-LD, Open Graph, the feed and the sitemap. One
 * build at the root before the scheduled time, two identical ones under /news/ after it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithContent } from '../support/fixture-site.ts';
import { runNewArticle } from '../support/run-new-article.ts';
import { pagefindFragments, readPage, siteFiles } from '../support/dist.ts';
import { axeViolations } from '../support/axe.ts';
import { htmlProblems } from '../support/html-validity.ts';
import { launchBrowser, serveSite, SITE_URL, tmpRoot, type BuildResult, type BuiltSite } from '../../scripts/harness/site-harness.ts';
import { t } from '../../src/site/strings.ts';

const frontmatter = (lines: string[], body: string) => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

const ENTRIES: Record<string, string> = {
  'timed-story.mdx': frontmatter(
    [
      'title: 带时刻的报道',
      'date: 2024-01-11 08:30',
      'author: 王欣',
      'summary: [上午发布的报道。]',
      'tags: [编辑部]',
      'updated: 2024-01-12 10:00',
      'corrections:',
      '  - { date: 2024-01-12, text: 本文此前误将营收写为 20 亿元，应为 2 亿元。 }',
      '  - { date: 2024-01-13 09:15, text: 本文此前误写了受访人的职务。 }',
      'related: [scheduled-story]',
    ],
    '已发布的正文。',
  ),
  'bare-day.mdx': frontmatter(['title: 只有日期的报道', 'date: 2024-01-10', 'author: 王欣', 'summary: [前一天的报道。]', 'tags: [编辑部]'], '只有日期的正文。'),
  'scheduled-story.mdx': frontmatter(
    ['title: 定时发布的报道', 'date: 2024-01-15 09:00', 'author: 王欣', 'summary: [定时稿件导语。]', 'source: 定时来源', 'tags: [编辑部, 定时标签]'],
    '定时稿件正文。',
  ),
  'work-in-progress.mdx': frontmatter(['draft: true', 'title: 草稿中的报道', 'date: 2024-01-12', 'source: 草稿来源', 'tags: [草稿标签]'], '草稿里的正文。'),
};
/** What identifies the draft and the scheduled entry in any file of the site. */
const DRAFT_MARKS = ['work-in-progress', '草稿中的报道', '草稿里的正文', '草稿来源', '草稿标签', '东南亚数字经济观察', 'dong-nan-ya'];
const SCHEDULED_MARKS = ['scheduled-story', '定时发布的报道', '定时稿件正文', '定时来源', '定时标签'];

/** Seconds since 1970 at a Beijing time. */
const epochAt = (beijing: string) => String(Date.parse(`${beijing}+08:00`) / 1000);
const BEFORE = epochAt('2024-01-14T00:00:00');
const AFTER = epochAt('2024-01-16T00:00:00');

const xml = new XMLParser({ ignoreAttributes: false });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Pagefind keeps the words it segmented apart with zero-width spaces. */
const unsegmented = (text: string) => text.replace(/\u200b/g, '');

/** Every file of a site as text, Pagefind's gzipped index and fragments unpacked. */
function siteTexts(dir: string): Map<string, string> {
  return new Map(
    siteFiles(dir).map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return [name, unsegmented((gzipped ? gunzipSync(bytes) : bytes).toString('utf8'))];
    }),
  );
}

function filesMentioning(texts: Map<string, string>, marks: string[]): string[] {
  return [...texts].filter(([, text]) => marks.some((mark) => text.includes(mark))).map(([name]) => name);
}

mkdirSync(tmpRoot, { recursive: true });
const scratch = mkdtempSync(path.join(tmpRoot, 'newsroom-'));
const before: BuiltSite = { name: 'before', base: '/', outDir: path.join(scratch, 'before'), siteUrl: SITE_URL };
const after: BuiltSite = { name: 'after', base: '/news/', outDir: path.join(scratch, 'after'), siteUrl: SITE_URL };
const again: BuiltSite = { ...after, name: 'again', outDir: path.join(scratch, 'again') };
const results: Record<string, BuildResult> = {};
let newEntry: string;

beforeAll(async () => {
  // `npm run new` in an empty project, then that entry built with the others.
  const project = path.join(scratch, 'project');
  mkdirSync(path.join(project, 'content', 'articles'), { recursive: true });
  expect(runNewArticle(project, '--title', '东南亚数字经济观察').code).toBe(0);
  newEntry = readdirSync(path.join(project, 'content', 'articles'))[0]!;
  const entries = { ...ENTRIES, [newEntry]: readFileSync(path.join(project, 'content', 'articles', newEntry), 'utf8') };
  for (const [site, epoch] of [
    [before, BEFORE],
    [after, AFTER],
    [again, AFTER],
  ] as const) {
    results[site.name] = await runWithContent('build', entries, { outDir: site.outDir, env: { SITE_URL: site.siteUrl, BASE_PATH: site.base, SOURCE_DATE_EPOCH: epoch } });
  }
}, 900_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a production build', () => {
  it('builds with a draft from `npm run new` and another without an author, warning only', () => {
    for (const result of Object.values(results)) {
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/\[WARN\] \[news-content-check\] content\/articles\/work-in-progress\.mdx: `author`：缺少作者（必填）/);
      expect(result.output).toContain(`content/articles/${newEntry}:11: \`author\`：缺少作者（必填）`);
    }
  });

  it('leaves drafts out of every file it writes, search index included', () => {
    for (const site of [before, after]) expect(filesMentioning(siteTexts(site.outDir), DRAFT_MARKS)).toEqual([]);
  });

  it('leaves an entry scheduled after its moment out of every file, and says so in one line', () => {
    expect(filesMentioning(siteTexts(before.outDir), SCHEDULED_MARKS)).toEqual([]);
    const lines = results.before!.output.split('\n').filter((line) => line.includes('定时发布：'));
    expect(lines).toEqual([expect.stringMatching(/定时发布：1 篇文章未到发布时间，本次不发布；最早一篇定于 2024年1月15日 09:00（北京时间）$/)]);
    expect(results.after!.output).not.toContain('定时发布：');
  });

  it('publishes the scheduled entry once its moment has passed: page, lists, feed, sitemap, search, related and neighbours', () => {
    const texts = siteTexts(after.outDir);
    const mentioning = filesMentioning(texts, SCHEDULED_MARKS);
    for (const file of ['articles/scheduled-story/index.html', 'index.html', 'rss.xml', 'sitemap-0.xml', 'sources/定时来源/index.html', 'tags/定时标签/index.html']) {
      expect(mentioning).toContain(file);
    }
    expect(unsegmented(pagefindFragments(after).get('/articles/scheduled-story/') ?? '')).toContain('定时稿件正文');
    const timed = readPage(after, 'articles/timed-story/index.html');
    expect(timed('.related a').map((_, link) => timed(link).attr('href')).get()).toEqual(['/news/articles/scheduled-story/']);
    expect(timed('.prev-next a[rel="next"]').attr('href')).toBe('/news/articles/scheduled-story/');
    // Before, the related list and 下一篇 had nothing to show.
    const earlier = readPage(before, 'articles/timed-story/index.html');
    expect(earlier('.related').length).toBe(0);
    expect(earlier('.prev-next a[rel="next"]').length).toBe(0);
    expect(earlier('.prev-next a[rel="prev"]').attr('href')).toBe('/articles/bare-day/');
  });

  it('writes the same files, byte for byte, from the same content and SOURCE_DATE_EPOCH', () => {
    const names = siteFiles(after.outDir);
    expect(siteFiles(again.outDir)).toEqual(names);
    const differing = names.filter((name) => !readFileSync(path.join(after.outDir, name)).equals(readFileSync(path.join(again.outDir, name))));
    expect(differing).toEqual([]);
  });
});

describe.each([before, after])('dates, updates and corrections ($name, base $base)', (site) => {
  const page = () => readPage(site, 'articles/timed-story/index.html');
  const jsonLd = (file: string) => JSON.parse(readPage(site, file)('script[type="application/ld+json"]').text()) as Record<string, unknown>;
  const articleUrl = (id: string) => `${SITE_URL}${site.base}articles/${id}/`;

  it('shows the time of day in Beijing time, and a bare day as a day', () => {
    const $ = page();
    const published = $('.dateline time').first();
    expect(published.attr('datetime')).toBe('2024-01-11T08:30+08:00');
    expect(published.text()).toBe('2024年1月11日 08:30');
    const bare = readPage(site, 'articles/bare-day/index.html')('.dateline time');
    expect(bare.attr('datetime')).toBe('2024-01-10');
    expect(bare.text()).toBe('2024年1月10日');
    const home = readPage(site, 'index.html');
    expect(home(`a[href="${site.base}articles/timed-story/"]`).closest('.teaser').find('time').text()).toBe('2024年1月11日 08:30');
  });

  it('shows 更新于 under the byline and the corrections at the end, newest first, with their dates', () => {
    const $ = page();
    const updated = $('.article-meta .dateline__updated');
    expect(updated.text().replace(/\s+/g, ' ').trim()).toBe(`${t.article.updated} 2024年1月12日 10:00`);
    expect(updated.find('time').attr('datetime')).toBe('2024-01-12T10:00+08:00');
    expect($('.corrections h2').text()).toBe(t.article.corrections);
    const items = $('.corrections li').map((_, item) => ({ date: $(item).find('time').attr('datetime'), text: $(item).text() })).get();
    expect(items).toEqual([
      { date: '2024-01-13T09:15+08:00', text: '2024年1月13日 09:15：本文此前误写了受访人的职务。' },
      { date: '2024-01-12', text: '2024年1月12日：本文此前误将营收写为 20 亿元，应为 2 亿元。' },
    ]);
    // After the body, inside the article.
    expect($('.article-body ~ .corrections').length).toBe(1);
    const bare = readPage(site, 'articles/bare-day/index.html');
    expect(bare('.corrections, .dateline__updated').length).toBe(0);
  });

  it('gives the full timestamps, and the last change, to JSON-LD and Open Graph', () => {
    expect(jsonLd('articles/timed-story/index.html')).toMatchObject({ datePublished: '2024-01-11T08:30+08:00', dateModified: '2024-01-13T09:15+08:00' });
    const $ = page();
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2024-01-11T08:30+08:00');
    expect($('meta[property="article:modified_time"]').attr('content')).toBe('2024-01-13T09:15+08:00');
    const bare = jsonLd('articles/bare-day/index.html');
    expect(bare.datePublished).toBe('2024-01-10');
    expect(bare).not.toHaveProperty('dateModified');
    expect(readPage(site, 'articles/bare-day/index.html')('meta[property="article:modified_time"]').length).toBe(0);
  });

  it('gives the feed the moment of publication and the last change', () => {
    const feed = xml.parse(readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8'));
    const items = asList<{ link: string; pubDate: string; 'dcterms:modified'?: string }>(feed.rss.channel.item);
    const timed = items.find((item) => item.link === articleUrl('timed-story'))!;
    expect(new Date(timed.pubDate).toISOString()).toBe('2024-01-11T00:30:00.000Z');
    expect(timed['dcterms:modified']).toBe('2024-01-13T09:15+08:00');
    const bare = items.find((item) => item.link === articleUrl('bare-day'))!;
    expect(new Date(bare.pubDate).toISOString()).toBe('2024-01-09T16:00:00.000Z');
    expect(bare).not.toHaveProperty('dcterms:modified');
  });

  it('writes valid HTML', async () => {
    expect(await htmlProblems(site.outDir)).toEqual([]);
  });

  it("gives each article's sitemap entry its last change as lastmod", () => {
    const sitemap = xml.parse(readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8'));
    const lastmod = new Map(asList<{ loc: string; lastmod?: string }>(sitemap.urlset.url).map((url) => [url.loc, url.lastmod]));
    expect(lastmod.get(articleUrl('timed-story'))).toBe('2024-01-13T01:15:00.000Z');
    expect(lastmod.get(articleUrl('bare-day'))).toBe('2024-01-09T16:00:00.000Z');
    expect(lastmod.get(`${SITE_URL}${site.base}`)).toBeUndefined();
  });
});

describe('accessibility of the new elements', () => {
  it.each(['light', 'dark'] as const)('axe finds nothing on a revised and corrected article and its list, at / and /news/ (%s)', { timeout: 120_000 }, async (colorScheme) => {
    const browser = await launchBrowser();
    const problems: string[] = [];
    try {
      for (const site of [before, after]) {
        const server = await serveSite(site);
        try {
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'zh-CN', bypassCSP: true });
          const tab = await context.newPage();
          for (const target of ['articles/timed-story/', '']) {
            await tab.goto(server.baseUrl + target);
            problems.push(...(await axeViolations(tab)).map((line) => `${site.base}${target}: ${line}`));
          }
          await context.close();
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    expect(problems).toEqual([]);
  });
});
