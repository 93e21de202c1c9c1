/**
 * What a static host receives: feed, sitemap, robots.txt, canonical URLs, Open Graph,
 * JSON-LD and the CSP, all with absolute URLs under SITE_URL + BASE_PATH.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/dist.ts';
import * as seed from '../support/seed-capture.ts';
import { sites } from '../support/test-sites.ts';

const xml = new XMLParser({ ignoreAttributes: false });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe.each(sites)('deploy output ($name, base $base)', (site) => {
  const root = site.siteUrl + site.base;
  const read = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');
  const articleFiles = htmlFiles(site.outDir).filter((file) => file.startsWith('articles/'));
  const articleUrls = articleFiles.map((file) => root + file.replace(/index\.html$/, ''));

  it('has one article page per entry: the seed and its ten related briefs', () => {
    expect(articleFiles).toHaveLength(1 + seed.related.length);
  });

  it('emits an RSS 2.0 feed listing every article newest first, with absolute links and zh-cn', () => {
    const feed = xml.parse(read('rss.xml'));
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.language).toBe('zh-cn');
    const items = asList<{ link: string; pubDate: string }>(feed.rss.channel.item);
    expect(items.map((item) => item.link).sort()).toEqual([...articleUrls].sort());
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("advertises its edition's feed on every page", () => {
    for (const file of htmlFiles(site.outDir)) {
      const feed = file.startsWith('zh-hant/') ? 'zh-hant/rss.xml' : 'rss.xml';
      expect(readPage(site, file)('link[rel="alternate"][type="application/rss+xml"]').attr('href'), file).toBe(`${site.base}${feed}`);
    }
  });

  it('emits a sitemap listing every article with absolute URLs, without the 404 page, named by robots.txt', () => {
    const index = xml.parse(read('sitemap-index.xml'));
    const sitemapUrls = asList<{ loc: string }>(index.sitemapindex.sitemap).map((entry) => entry.loc);
    const locs = sitemapUrls.flatMap((url) => {
      expect(url.startsWith(root)).toBe(true);
      return asList<{ loc: string }>(xml.parse(read(url.slice(root.length))).urlset.url).map((entry) => entry.loc);
    });
    for (const url of articleUrls) expect(locs).toContain(url);
    expect(locs.every((url) => url.startsWith(root))).toBe(true);
    expect(locs.some((url) => url.includes('404'))).toBe(false);
    expect(read('robots.txt')).toContain(`Sitemap: ${root}sitemap-index.xml`);
  });

  it('gives each article page a canonical URL, Open Graph article tags and a Twitter card', () => {
    for (const file of articleFiles) {
      const $ = readPage(site, file);
      const url = root + file.replace(/index\.html$/, '');
      expect($('link[rel="canonical"]').attr('href')).toBe(url);
      expect($('meta[property="og:url"]').attr('content')).toBe(url);
      expect($('meta[property="og:type"]').attr('content')).toBe('article');
      expect($('meta[property="article:published_time"]').attr('content')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      // The seed's photos are not archived: every page shares the site's default image.
      expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`^${root}_astro/default-share\\.[\\w-]+\\.jpeg$`));
    }
    const seedPage = readPage(site, 'articles/huanqiu-ai-xianzhuang/index.html');
    expect(seedPage('meta[property="article:author"]').attr('content')).toBe('王欣');
  });

  it('describes the seed article as a NewsArticle in JSON-LD', () => {
    const $ = readPage(site, 'articles/huanqiu-ai-xianzhuang/index.html');
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seed.headline,
      description: seed.summary[0],
      datePublished: '2024-01-11',
      author: { '@type': 'Person', name: '王欣' },
      editor: { '@type': 'Person', name: '刘景丰' },
      image: [expect.stringMatching(new RegExp(`^${root}_astro/default-share\\.[\\w-]+\\.jpeg$`))],
      publisher: { '@type': 'Organization', name: '新零售资讯', url: root, logo: { '@type': 'ImageObject', url: expect.stringMatching(/site-logo\.[\w-]+\.png$/), width: 512, height: 512 } },
      inLanguage: 'zh-CN',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${root}articles/huanqiu-ai-xianzhuang/` },
      isAccessibleForFree: true,
    });
  });

  it('labels briefs as briefs in their description and structured data', () => {
    for (const file of articleFiles.filter((file) => !file.includes('huanqiu'))) {
      const $ = readPage(site, file);
      expect($('meta[name="description"]').attr('content')).toMatch(/^摘要：/);
      expect(JSON.parse($('script[type="application/ld+json"]').text()).genre).toBe('摘要');
    }
  });

  it('ships a 404.html at the root of dist/ that is noindex and outside the search index', () => {
    expect(existsSync(path.join(site.outDir, '404.html'))).toBe(true);
    const $ = readPage(site, '404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('[data-pagefind-body]').length).toBe(0);
    expect($('main a[href]').map((_, el) => $(el).attr('href')).get()).toEqual([site.base, `${site.base}search/`]);
  });

  it('sets a Content-Security-Policy on every page, with no inline event handlers anywhere', () => {
    for (const file of htmlFiles(site.outDir)) {
      const $ = readPage(site, file);
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).toContain("'wasm-unsafe-eval'");
      expect(csp, file).not.toContain('unsafe-inline');
      const handlers = $('*')
        .toArray()
        .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((name) => name.startsWith('on')));
      expect(handlers, file).toEqual([]);
    }
  });
});
