/**
 * Photos an editor puts beside an entry go through Astro's image pipeline: a <picture> with
 * AVIF and WebP sources and a JPEG/PNG fallback at widths for the article column, sized,
 * lazy below the lead image, every URL content-hashed and present in dist/, at / and under
 * /news/; in Chromium they load under the site's CSP and never widen a 375px page. A
 * platform's video requests nothing from the platform until the reader presses play.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, serveSite, SITE_URL, tmpRoot, type BuiltSite } from '../../scripts/harness/site-harness.ts';
import { readPage } from '../support/dist.ts';
import { axeViolations } from '../support/axe.ts';
import { runWithContent } from '../support/fixture-site.ts';
import { testPhoto } from '../support/test-photos.ts';

const ARTICLE = 'articles/photo-story/index.html';

const story = `---
title: 湾区的一天
date: 2024-01-11
author: 王欣
summary: [园区里的一天。]
leadImage: { src: ./images/bay-area.jpg, alt: 谷歌湾区总部园区鸟瞰, caption: 谷歌湾区总部, credit: 受访人邱谆提供 }
---

第一段。

<Figure src="./images/chart.png" alt="营收走势图" caption="营收走势" credit="公司财报" />

${'很长的一段正文，让后面的照片落在首屏之外。'.repeat(40)}

<Figure src="./images/street.webp" alt="街景" caption="街景" />

<Figure src="./images/night.avif" alt="夜景" caption="夜景" />

<Embed provider="youtube" id="dQw4w9WgXcQ" title="园区探访" />
`;

const sites: BuiltSite[] = ['/', '/news/'].map((base) => ({
  name: base === '/' ? 'root' : 'subpath',
  base,
  outDir: path.join(tmpRoot, 'photos', base === '/' ? 'root' : 'subpath'),
  siteUrl: SITE_URL,
}));

beforeAll(async () => {
  const files = {
    'photo-story.mdx': story,
    'images/bay-area.jpg': await testPhoto(1600, 1000, 'jpeg', 1),
    'images/chart.png': await testPhoto(900, 600, 'png', 2),
    'images/street.webp': await testPhoto(1200, 800, 'webp', 3),
    'images/night.avif': await testPhoto(800, 500, 'avif', 4),
  };
  mkdirSync(path.join(tmpRoot, 'photos'), { recursive: true });
  const results = await Promise.all(
    sites.map((site) => runWithContent('build', files, { outDir: site.outDir, env: { SITE_URL: site.siteUrl, BASE_PATH: site.base } })),
  );
  for (const result of results) if (result.code !== 0) throw new Error(`The photo fixture did not build:\n${result.output}`);
}, 400_000);

afterAll(() => rmSync(path.join(tmpRoot, 'photos'), { recursive: true, force: true }));

/** The URLs a <picture> names, from its sources' and its image's srcset and src. */
function pictureUrls($: ReturnType<typeof readPage>, picture: Parameters<ReturnType<typeof readPage>>[0]): string[] {
  const sets = $(picture)
    .find('source, img')
    .map((_, element) => $(element).attr('srcset') ?? '')
    .get();
  const src = $(picture).find('img').attr('src') ?? '';
  return [src, ...sets.flatMap((set) => set.split(', ').map((candidate) => candidate.split(' ')[0]!))];
}

describe.each(sites)('photos at $base', (site) => {
  it('gives each photo a <picture> with AVIF and WebP sources, a sized fallback and its alt text', () => {
    const $ = readPage(site, ARTICLE);
    const pictures = $('.article figure picture');
    expect(pictures).toHaveLength(4);
    pictures.each((_, picture) => {
      expect($(picture).find('source').map((__, source) => $(source).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
      const img = $(picture).find('img');
      expect(Number(img.attr('width'))).toBeGreaterThan(0);
      expect(Number(img.attr('height'))).toBeGreaterThan(0);
      expect(img.attr('decoding')).toBe('async');
      expect(img.attr('sizes')).toContain('100vw');
    });
    const lead = $('.figure--lead picture img');
    expect(lead.attr('alt')).toBe('谷歌湾区总部园区鸟瞰');
    expect(lead.attr('loading')).toBe('eager');
    expect(lead.attr('fetchpriority')).toBe('high');
    expect(lead.attr('src')).toMatch(/\.jpeg$/);
    expect($('.figure--lead figcaption').text()).toBe('谷歌湾区总部图源：受访人邱谆提供');
    const body = $('.article-body figure picture img');
    expect(body.map((_, img) => $(img).attr('loading')).get()).toEqual(['lazy', 'lazy', 'lazy']);
    expect(body.map((_, img) => $(img).attr('alt')).get()).toEqual(['营收走势图', '街景', '夜景']);
    // A PNG (a chart, say) keeps PNG as its fallback; the rest fall back to JPEG.
    expect(body.first().attr('src')).toMatch(/\.png$/);
    // Widths up to the photo's own: the 1,600px lead image up to 1,600, the 800px one only to 800.
    expect(lead.attr('srcset')).toMatch(/ 360w, .* 1440w, .* 1600w$/);
    expect(body.last().attr('srcset')).toMatch(/ 360w, .* 720w, .* 800w$/);
  });

  it('names only content-hashed image files under the base path, all of them in dist/', () => {
    const $ = readPage(site, ARTICLE);
    const urls = $('.article figure picture').get().flatMap((picture) => pictureUrls($, picture));
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(url).toMatch(new RegExp(`^${site.base}_astro/[\\w-]+\\.[\\w-]{8}_[\\w-]+\\.(avif|webp|jpeg|png)$`));
      expect(existsSync(path.join(site.outDir, url.slice(site.base.length))), url).toBe(true);
    }
  });

  it('shares the lead image as a 1200px JPEG card, in JSON-LD crops, with the site logo and in the feed', () => {
    const $ = readPage(site, ARTICLE);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
    const prefix = `${SITE_URL}${site.base}_astro/`;
    expect(meta('og:image')).toMatch(new RegExp(`^${prefix}bay-area\\.[\\w-]+\\.jpeg$`));
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:alt')]).toEqual(['1200', '750', '谷歌湾区总部园区鸟瞰']);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
    expect(jsonLd.image).toHaveLength(3);
    expect(jsonLd.publisher.logo).toMatchObject({ '@type': 'ImageObject', width: 512, height: 512 });
    const shared = [meta('og:image')!, jsonLd.publisher.logo.url, ...jsonLd.image];
    for (const url of shared) expect(existsSync(path.join(site.outDir, url.slice(`${SITE_URL}${site.base}`.length))), url).toBe(true);
    const feed = readFileSync(path.join(site.outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<enclosure url="${meta('og:image')}" length="0" type="image/jpeg"/>`);
  });

  it('gives a page without a photo the default share image', () => {
    const $ = readPage(site, 'index.html');
    expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`^${SITE_URL}${site.base}_astro/default-share\\.[\\w-]+\\.jpeg$`));
    expect($('meta[property="og:image:alt"]').attr('content')).toBe('新零售资讯');
  });

  it('shows a tiny preview of each photo inline while it loads', () => {
    const $ = readPage(site, ARTICLE);
    const previews = $('.photo .photo__preview');
    expect(previews).toHaveLength(4);
    previews.each((_, preview) => {
      expect($(preview).attr('alt')).toBe('');
      expect($(preview).attr('src')).toMatch(/^data:image\/webp;base64,/);
      expect(($(preview).attr('src') ?? '').length).toBeLessThan(600);
    });
  });
});

describe('photos in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(sites)('load under the CSP at $base and never widen a 375px page', async (site) => {
    const server = await serveSite(site);
    try {
      const { page, errors } = await openPage(browser, { width: 375, height: 812 });
      await page.goto(`${server.baseUrl}articles/photo-story/`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.article figure picture img')].every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
      // AVIF is what Chromium picks from each <picture>.
      expect(await page.evaluate(() => [...document.querySelectorAll('.article figure picture img')].map((img) => (img as HTMLImageElement).currentSrc.split('.').pop()))).toEqual(['avif', 'avif', 'avif', 'avif']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it('loads a platform’s player only when the reader presses play, within the CSP', async () => {
    const server = await serveSite(sites[0]!);
    try {
      const { page, errors } = await openPage(browser);
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).hostname !== '127.0.0.1') elsewhere.push(request.url());
      });
      // No network here: the player is a local stub at the platform's address.
      await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }));
      await page.goto(`${server.baseUrl}articles/photo-story/`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(elsewhere).toEqual([]);
      const play = page.getByRole('button', { name: /园区探访/ });
      await play.focus();
      await page.keyboard.press('Enter');
      const player = page.locator('iframe.embed__player');
      await expect.poll(() => player.getAttribute('title')).toBe('YouTube视频：园区探访');
      await expect.poll(() => elsewhere).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it.each(['light', 'dark'] as const)('axe finds nothing on a page with photos and an embed (%s)', async (colorScheme) => {
    const server = await serveSite(sites[0]!);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'zh-CN', bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}articles/photo-story/`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });
});
