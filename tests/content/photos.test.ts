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
import { testVideo } from '../support/test-video.ts';
import { htmlProblems } from '../support/html-validity.ts';
import { writeSearchIndex } from '../../src/search/pagefind-index.ts';

const ARTICLE = 'articles/photo-story/index.html';

const story = `---
title: 湾区的一天
date: 2024-01-11
author: 王欣
source: 商业密码
tags: [湾区]
summary: [园区里的一天。]
leadImage: { src: ./images/bay-area.jpg, alt: 谷歌湾区总部园区鸟瞰, caption: 谷歌湾区总部, credit: 受访人邱谆提供 }
---

第一段。

<Figure src="./images/chart.png" alt="营收走势图" caption="营收走势" credit="公司财报" />

${'很长的一段正文，让后面的照片落在首屏之外。'.repeat(40)}

<Figure src="./images/street.webp" alt="街景" caption="街景" />

<Figure src="./images/night.avif" alt="夜景" caption="夜景" />

<Embed provider="youtube" id="dQw4w9WgXcQ" title="园区探访" />

<Video src="./media/campus.mp4" poster="./images/campus-poster.jpg" caption="园区一瞥" credit="受访人邱谆提供" />
`;

/** An entry with a photo in its body but no lead image: lists and search results show it without a thumbnail. */
const bodyPhotoOnly = `---
title: 湾区的夜晚
date: 2024-01-10
author: 王欣
source: 商业密码
tags: [湾区]
summary: [园区里的夜晚。]
---

<Figure src="./images/night.avif" alt="夜景" caption="夜景" />
`;

/** The author's profile, with a photo beside it (content/authors/images/). */
const PROFILES = { '王欣.yaml': 'bio: 科技记者。\nphoto: ./images/wang-xin.jpg\n' };

const sites: BuiltSite[] = ['/', '/news/'].map((base) => ({
  name: base === '/' ? 'root' : 'subpath',
  base,
  outDir: path.join(tmpRoot, 'photos', base === '/' ? 'root' : 'subpath'),
  siteUrl: SITE_URL,
}));

let browser: Browser;
/** The fixture's video, as Chromium recorded it. */
let recorded: Buffer;

beforeAll(async () => {
  browser = await launchBrowser();
  recorded = await testVideo(browser);
  const files = {
    'photo-story.mdx': story,
    'body-photo-only.mdx': bodyPhotoOnly,
    'images/bay-area.jpg': await testPhoto(1600, 1000, 'jpeg', 1),
    'images/chart.png': await testPhoto(900, 600, 'png', 2),
    'images/street.webp': await testPhoto(1200, 800, 'webp', 3),
    'images/night.avif': await testPhoto(800, 500, 'avif', 4),
    'images/campus-poster.jpg': await testPhoto(640, 360, 'jpeg', 5),
    'media/campus.mp4': recorded,
  };
  const profiles = { ...PROFILES, 'images/wang-xin.jpg': await testPhoto(400, 500, 'jpeg', 6) };
  mkdirSync(path.join(tmpRoot, 'photos'), { recursive: true });
  const results = await Promise.all(
    sites.map((site) => runWithContent('build', files, { outDir: site.outDir, profiles, env: { SITE_URL: site.siteUrl, BASE_PATH: site.base } })),
  );
  for (const result of results) if (result.code !== 0) throw new Error(`The photo fixture did not build:\n${result.output}`);
  // Pagefind over each build, as `npm run build` runs it, for the search results' thumbnails.
  for (const site of sites) await writeSearchIndex({ site: site.outDir, idsNewestFirst: ['photo-story', 'body-photo-only'], bundleSize: 1000 });
}, 400_000);

afterAll(async () => {
  rmSync(path.join(tmpRoot, 'photos'), { recursive: true, force: true });
  await browser?.close();
});

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

  it('hosts a video: no byte fetched before play, its poster from the image pipeline sized, the file content-hashed in dist/', () => {
    const $ = readPage(site, ARTICLE);
    const video = $('.article-body figure video');
    expect(video).toHaveLength(1);
    expect(video.is('[controls][playsinline][preload="none"]')).toBe(true);
    // Sized by its 640×360 poster, so nothing moves when it loads.
    expect([video.attr('width'), video.attr('height')]).toEqual(['640', '360']);
    expect(video.attr('poster')).toMatch(new RegExp(`^${site.base}_astro/campus-poster\\.[\\w-]{8}_[\\w-]+\\.webp$`));
    const source = video.find('source');
    expect(source.attr('type')).toBe('video/mp4');
    expect(source.attr('src')).toMatch(new RegExp(`^${site.base}_astro/campus\\.[\\w-]{8}\\.mp4$`));
    for (const url of [video.attr('poster')!, source.attr('src')!]) expect(existsSync(path.join(site.outDir, url.slice(site.base.length))), url).toBe(true);
    expect(readFileSync(path.join(site.outDir, source.attr('src')!.slice(site.base.length)))).toEqual(recorded);
    expect(video.parent().find('figcaption').text()).toBe('园区一瞥图源：受访人邱谆提供');
  });

  it.each(['index.html', 'sources/商业密码/index.html', 'tags/湾区/index.html', 'authors/王欣/index.html', 'archive/2024/01/index.html'])(
    'lists the entry with its lead image as a small, sized, lazy thumbnail in %s',
    (page) => {
      const $ = readPage(site, page);
      const teaser = $('.teaser--thumbnail');
      expect(teaser.find('.teaser__title').text()).toBe('湾区的一天');
      const withoutLead = $('.teaser').filter((_, card) => $(card).find('.teaser__title').text() === '湾区的夜晚');
      expect(withoutLead).toHaveLength(1);
      expect(withoutLead.find('.teaser__thumbnail, img')).toHaveLength(0);
      const img = teaser.find('.teaser__thumbnail picture img');
      expect([img.attr('alt'), img.attr('width'), img.attr('height'), img.attr('loading')]).toEqual(['', '120', '80', 'lazy']);
      expect(teaser.find('.teaser__thumbnail source').attr('type')).toBe('image/avif');
      const urls = pictureUrls($, teaser.find('.teaser__thumbnail picture').get(0)!);
      expect(urls).toHaveLength(5);
      for (const url of urls) expect(existsSync(path.join(site.outDir, url.slice(site.base.length))), url).toBe(true);
    },
  );

  it('shows the author’s photo on their page, named by the author', () => {
    const $ = readPage(site, 'authors/王欣/index.html');
    const img = $('.author-profile__photo picture img');
    expect([img.attr('alt'), img.attr('width'), img.attr('height')]).toEqual(['王欣', '96', '96']);
    expect(img.attr('srcset')).toMatch(/ 2x$/);
    expect(existsSync(path.join(site.outDir, img.attr('src')!.slice(site.base.length)))).toBe(true);
  });

  it('gives the search index the thumbnail’s URL', () => {
    const meta = readPage(site, ARTICLE)('[data-pagefind-meta^="thumbnail:"]').attr('data-pagefind-meta')!;
    const url = meta.slice('thumbnail:'.length);
    expect(url).toMatch(new RegExp(`^${site.base}_astro/bay-area\\.[\\w-]+\\.webp$`));
    expect(existsSync(path.join(site.outDir, url.slice(site.base.length)))).toBe(true);
  });

  it('is valid HTML on every page', async () => {
    expect(await htmlProblems(site.outDir)).toEqual([]);
  });
});

describe('photos in Chromium', () => {
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

  it.each(sites)('plays the hosted video only when the reader presses play, within the CSP, at $base', async (site) => {
    const server = await serveSite(site);
    try {
      const { page, errors } = await openPage(browser, { width: 375, height: 812 });
      const videoRequests: string[] = [];
      page.on('request', (request) => {
        if (/\.mp4$/.test(new URL(request.url()).pathname)) videoRequests.push(request.url());
      });
      await page.goto(`${server.baseUrl}articles/photo-story/`);
      const video = page.locator('.article-body video');
      await video.scrollIntoViewIfNeeded();
      // The poster shows; the video itself is not fetched (preload="none").
      await page.waitForLoadState('networkidle');
      expect(videoRequests).toEqual([]);
      await video.evaluate((element: HTMLVideoElement) => element.play());
      await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThanOrEqual(2);
      expect(await video.evaluate((element: HTMLVideoElement) => [element.error, element.videoWidth, element.videoHeight])).toEqual([null, 320, 180]);
      expect(videoRequests.length).toBeGreaterThan(0);
      expect(videoRequests.every((url) => new URL(url).pathname.startsWith(`${site.base}_astro/campus.`))).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it.each(sites)('shows a search result with its lead image’s thumbnail, and one without a lead image with none, at $base', async (site) => {
    const server = await serveSite(site);
    try {
      const { page, errors } = await openPage(browser);
      await page.goto(`${server.baseUrl}search/?q=${encodeURIComponent('湾区')}`);
      await expect.poll(() => page.locator('.search-results .teaser').count()).toBe(2);
      const thumbnail = page.locator('.search-results .teaser--thumbnail .teaser__thumbnail img');
      expect(await thumbnail.count()).toBe(1);
      expect(await page.locator('.search-results .teaser--thumbnail .teaser__title').textContent()).toBe('湾区的一天');
      await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);
      expect(await thumbnail.evaluate((img: HTMLImageElement) => [img.alt, img.width, img.height])).toEqual(['', 120, 80]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  const axePages = ['articles/photo-story/', '', `authors/${encodeURIComponent('王欣')}/`, `search/?q=${encodeURIComponent('湾区')}`];
  it.each((['light', 'dark'] as const).flatMap((colorScheme) => axePages.map((page) => [colorScheme, page] as const)))(
    'axe finds nothing with photos, the video, embeds and thumbnails (%s, /%s)',
    async (colorScheme, path) => {
      const server = await serveSite(sites[0]!);
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'zh-CN', bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}${path}`);
        if (path.startsWith('search/')) await page.locator('.search-results .teaser').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      } finally {
        await server.close();
      }
    },
  );
});
