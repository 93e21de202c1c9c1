/** The Traditional edition as built: a twin of every page, converted, linked both ways, with its own feed and sitemap entries. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pagefindFragmentData, readPage, siteFiles } from '../support/dist.ts';
import * as seed from '../support/seed-capture.ts';
import { sites } from '../support/test-sites.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { projectRoot } from '../../scripts/harness/site-harness.ts';
import type { AstroPrerenderer, RouteData } from 'astro';
import { twinInputsDigest, twinMaker, writeEdition } from '../../src/edition/write-edition.ts';
import { renderTimeTwins } from '../../src/edition/render-time-twins.ts';
import { qrCodeSvg } from '../../src/share/qr-code.ts';
import { fill } from '../../src/site/fill.ts';
import { t } from '../../src/site/strings.ts';

const PREFIX = 'zh-hant/';
const TRADITIONAL_LANG = 'zh-Hant-TW';
/** OpenCC's own Taiwan conversion, independent of the site's converter. */
const opencc = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** The seed's names as the edition must write them: converted character by character, never replaced (tests/unit/traditional-conversion.test.ts has more). */
const NAMES = { 科大讯飞: '科大訊飛', 海康威视: '海康威視', 梅拉妮·马歇尔: '梅拉妮·馬歇爾', 华映资本: '華映資本', 英伟达: '英偉達' };
const xml = new XMLParser({ ignoreAttributes: false });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe.each(sites)('Traditional edition ($name, base $base)', (site) => {
  const root = site.siteUrl + site.base;
  const files = htmlFiles(site.outDir);
  const simplified = files.filter((file) => !file.startsWith(PREFIX));
  const traditional = files.filter((file) => file.startsWith(PREFIX));
  const pageUrl = (file: string) => root + encodeURI(file.replace(/(^|\/)index\.html$/, '$1'));
  const indexed = (list: string[]) => list.filter((file) => file.endsWith('index.html'));

  it('has a twin of every Simplified page, and nothing else', () => {
    expect(simplified.length).toBeGreaterThan(20);
    expect(traditional).toEqual(simplified.map((file) => PREFIX + file));
  });

  it('shares the one search index: no Traditional page is indexed', () => {
    const urls = pagefindFragmentData(site).map((fragment) => fragment.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes(PREFIX))).toEqual([]);
  });

  it('links each page to its twin and back with reciprocal hreflang, x-default Simplified, and a canonical of its own', () => {
    for (const file of indexed(simplified)) {
      const twin = PREFIX + file;
      const expected = { 'zh-CN': pageUrl(file), [TRADITIONAL_LANG]: pageUrl(twin), 'x-default': pageUrl(file) };
      for (const [page, lang] of [[file, 'zh-CN'], [twin, TRADITIONAL_LANG]] as const) {
        const $ = readPage(site, page);
        const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]]).get());
        expect(alternates, page).toEqual(expected);
        expect($('html').attr('lang'), page).toBe(lang);
        expect($('link[rel="canonical"]').attr('href'), page).toBe(pageUrl(page));
      }
    }
  });

  it('has a 简/繁 switch on every page leading to the twin', () => {
    for (const file of simplified) {
      const base = site.base;
      // The 404 page stands in for any path; without its script, its switch leads home.
      const path = file === '404.html' ? '' : encodeURI(file.replace(/(^|\/)index\.html$/, '$1'));
      expect(readPage(site, file)('a[data-edition-switch]').attr('href'), file).toBe(base + PREFIX + path);
      expect(readPage(site, PREFIX + file)('a[data-edition-switch]').attr('href'), file).toBe(base + path);
    }
  });

  it('links only to Traditional pages from a Traditional page', () => {
    for (const file of traditional) {
      const $ = readPage(site, file);
      const links = $('a[href], form[action]')
        .not('[data-edition-switch]')
        .map((_, el) => $(el).attr('href') ?? $(el).attr('action'))
        .get();
      for (const link of links.filter((href) => !href.startsWith('#'))) {
        // A share link to another site carries the twin's URL (and converted title) in its query.
        const ours = link.startsWith('/') ? link : link.includes(encodeURIComponent(root)) ? decodeURIComponent(link.slice(link.indexOf(encodeURIComponent(root)))) : undefined;
        if (ours !== undefined) expect(ours.startsWith(site.base + PREFIX) || ours.startsWith(root + PREFIX), `${file}: ${link}`).toBe(true);
      }
    }
  });

  it('leaves in place the twins written while Astro renders, which are those it would write', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'twins-while-rendering-'));
    try {
      const outDir = path.join(work, 'site');
      cpSync(site.outDir, outDir, { recursive: true, filter: (file) => file !== path.resolve(site.outDir, PREFIX) });
      const kept = path.join(work, 'kept');
      const making = { variant: 'twp' as const, base: site.base, home: root, kept, made: twinInputsDigest({ variant: 'twp', base: site.base, home: root, root: projectRoot }) };
      // Astro's prerenderer, answering with the pages this build wrote: the wrapper sees what it sees in a build.
      const pages = simplified.map((file) => ({
        file,
        pathname: site.base + file.replace(/(^|\/)index\.html$/, '$1').replace(/^404\.html$/, '404'),
        route: { type: 'page', route: file === '404.html' ? '/404' : '/[page]' } as RouteData,
      }));
      const built: AstroPrerenderer = {
        name: 'built-pages',
        getStaticPaths: async () => pages.map(({ pathname, route }) => ({ pathname, route })),
        render: async (request) => {
          const { file } = pages.find(({ pathname }) => encodeURI(pathname) === new URL(request.url).pathname)!;
          // As Astro answers: the error page with its status.
          return new Response(readFileSync(path.join(outDir, file)), { status: file === '404.html' ? 404 : 200 });
        },
      };
      const warnings: string[] = [];
      const rendering = renderTimeTwins(built, making, outDir, ['rss.xml'], (message) => warnings.push(message));
      await rendering.prerenderer.getStaticPaths();
      for (const { pathname, route } of pages) await rendering.prerenderer.render(new Request(site.siteUrl + encodeURI(pathname)), { routeData: route });
      // Each page's twin is kept and written by the thread; then it is stopped, as at the end of a build.
      await expect.poll(() => readdirSync(kept).filter((name) => name.endsWith('.json')).length, { timeout: 30_000 }).toBe(pages.length);
      const rendered = await rendering.finish();
      expect(warnings).toEqual([]);
      expect(rendered.made.map((key) => `${key}.json`).sort()).toEqual(readdirSync(kept).sort());
      expect(Object.keys(rendered.written).sort()).toEqual([...simplified].sort());
      for (const file of simplified) expect(readFileSync(path.join(outDir, PREFIX, file), 'utf8'), file).toBe(readFileSync(path.join(site.outDir, PREFIX, file), 'utf8'));

      // A page written again after the thread's twin (as a later integration might), and a twin of a page that is gone.
      const changed = simplified.find((file) => file.startsWith('about/'))!;
      const changedPage = path.join(outDir, changed);
      writeFileSync(changedPage, readFileSync(changedPage, 'utf8').replace('</main>', '<p>后来加的一段</p></main>'));
      writeFileSync(path.join(outDir, PREFIX, 'gone.html'), 'old');
      const options = { outDir, variant: 'twp' as const, base: site.base, home: root, kept, root: projectRoot };
      const written = await writeEdition({ ...options, rendered: { ...rendered, written: { ...rendered.written, 'gone.html': 'a-key' } } });
      // Every twin the thread wrote counts as converted by this build; the changed page's twin is converted again, the feed's at the end.
      expect(written).toEqual({ pages: simplified, converted: simplified.length + 1, reused: 0, keptInPlace: 0 });
      expect(readFileSync(path.join(outDir, PREFIX, changed), 'utf8')).toContain('後來加的一段');
      expect(existsSync(path.join(outDir, PREFIX, 'gone.html'))).toBe(false);
      for (const file of simplified.filter((file) => file !== changed)) expect(readFileSync(path.join(outDir, PREFIX, file), 'utf8'), file).toBe(readFileSync(path.join(site.outDir, PREFIX, file), 'utf8'));

      // Without the thread's word, the same twins come from the kept ones, but for the restored page's, which the last step no longer used.
      rmSync(path.join(outDir, PREFIX), { recursive: true });
      writeFileSync(changedPage, readFileSync(path.join(site.outDir, changed)));
      expect(await writeEdition(options)).toEqual({ pages: simplified, converted: 1, reused: simplified.length, keptInPlace: 0 });
      for (const file of simplified) expect(readFileSync(path.join(outDir, PREFIX, file), 'utf8'), file).toBe(readFileSync(path.join(site.outDir, PREFIX, file), 'utf8'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('converts at the end the twins the thread wrote, when the pages with twins are not those it knew of', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'twins-other-pages-'));
    try {
      const outDir = path.join(work, 'site');
      cpSync(site.outDir, outDir, { recursive: true });
      const kept = path.join(work, 'kept');
      const making = { variant: 'twp' as const, base: site.base, home: root, kept, made: twinInputsDigest({ variant: 'twp', base: site.base, home: root, root: projectRoot }) };
      const { keyOf } = twinMaker({ ...making, twins: [] });
      // Twins "written" of the very pages built, but by a thread that knew one page fewer: their answers about it may not hold.
      const written = Object.fromEntries(simplified.map((file) => [file, keyOf(file, readFileSync(path.join(outDir, file)))]));
      for (const file of simplified) writeFileSync(path.join(outDir, PREFIX, file), 'made knowing other pages');
      const options = { outDir, variant: 'twp' as const, base: site.base, home: root, kept, root: projectRoot };
      const twins = simplified.map((file) => file.replace(/(^|\/)index\.html$/, '$1')).slice(1);
      expect(await writeEdition({ ...options, rendered: { made: [], written, twins } })).toEqual({ pages: simplified, converted: simplified.length + 1, reused: 0, keptInPlace: 0 });
      for (const file of simplified) expect(readFileSync(path.join(outDir, PREFIX, file), 'utf8'), file).toBe(readFileSync(path.join(site.outDir, PREFIX, file), 'utf8'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  describe('the seed article', () => {
    const $ = readPage(site, `${PREFIX}articles/huanqiu-ai-xianzhuang/index.html`);
    const text = (selector: string) => $(selector).map((_, el) => $(el).text().trim()).get();
    const convertPinned = (line: string) => line.replaceAll('輝達', '英偉達');

    it("has every body paragraph of the capture, as OpenCC converts it, in order", () => {
      expect(text('.article-body > p, .article-body > blockquote > p')).toEqual(seed.bodyParagraphs.map((line) => convertPinned(opencc(line))));
      expect(text('h1')).toEqual([opencc(seed.headline)]);
      expect(text('.standfirst p')).toEqual(seed.summary.map(opencc));
    });

    it('keeps the names intact, in the body, the description and the JSON-LD', () => {
      const page = readFileSync(path.join(site.outDir, PREFIX, 'articles/huanqiu-ai-xianzhuang/index.html'), 'utf8');
      for (const [name, written] of Object.entries(NAMES)) {
        expect(seed.bodyParagraphs.join('') + seed.summary.join(''), name).toContain(name);
        expect(page, name).toContain(written);
      }
      expect(page).not.toContain('輝達');
      expect(siteConfig.pinnedPhrases).toContain('英伟达');
    });

    it('speaks Traditional in its head: title, description, Open Graph and JSON-LD', () => {
      expect($('title').text()).toBe(`${opencc(seed.headline)} - ${opencc(siteConfig.name)}`);
      expect($('meta[name="description"]').attr('content')).toBe(opencc(seed.summary[0]!));
      expect($('meta[property="og:locale"]').attr('content')).toBe('zh_TW');
      expect($('meta[property="og:url"]').attr('content')).toBe(pageUrl(`${PREFIX}articles/huanqiu-ai-xianzhuang/`));
      const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
      expect(jsonLd.inLanguage).toBe(TRADITIONAL_LANG);
      expect(jsonLd.headline).toBe(opencc(seed.headline));
      expect(jsonLd.url).toBe(pageUrl(`${PREFIX}articles/huanqiu-ai-xianzhuang/`));
    });

    it('shares its own URL and title: the copy and 分享 data, the address field, the Weibo link and the QR code', () => {
      const twinUrl = pageUrl(`${PREFIX}articles/huanqiu-ai-xianzhuang/`);
      const simplified = readPage(site, 'articles/huanqiu-ai-xianzhuang/index.html');
      expect($('.share').attr('data-share-url')).toBe(twinUrl);
      expect($('.share').attr('data-share-title')).toBe(opencc(seed.headline));
      expect($('#share-address').attr('value')).toBe(twinUrl);
      expect(new URL($('.share a[href*="weibo"]').attr('href')!).searchParams.get('url')).toBe(twinUrl);
      const qr = $('.share__qr');
      expect(qr.attr('data-share-qr')).toBe(twinUrl);
      expect(qr.attr('aria-label')).toBe(opencc(fill(t.share.qrCode, { url: twinUrl })));
      const written = (file: string) => readFileSync(path.join(site.outDir, file), 'utf8');
      expect(written(`${PREFIX}articles/huanqiu-ai-xianzhuang/index.html`)).toContain(qrCodeSvg(twinUrl));
      expect(written('articles/huanqiu-ai-xianzhuang/index.html')).not.toContain(qrCodeSvg(twinUrl));
      expect(simplified('.share__qr').attr('data-share-qr')).toBe(pageUrl('articles/huanqiu-ai-xianzhuang/'));
    });

    it('converts captions, the disclaimer and the related excerpts', () => {
      const body = $('.article-body figcaption').text() + $('.article').text() + $('.related, aside').text();
      expect(body).toContain(opencc(seed.disclaimer).slice(0, 20));
      expect(body).toContain(opencc(seed.captions[0]!.split('图源')[0]!).replace(/。$/, ''));
      expect(body).not.toMatch(/图源|声明|相关推荐/);
    });
  });

  it('has its own RSS feed, advertised on its pages, linking to Traditional pages', () => {
    const feed = xml.parse(readFileSync(path.join(site.outDir, PREFIX, 'rss.xml'), 'utf8'));
    expect(feed.rss.channel.language).toBe('zh-tw');
    expect(feed.rss.channel.title).toBe(opencc(siteConfig.name));
    const items = asList<{ link: string; title: string }>(feed.rss.channel.item);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.link.startsWith(root + PREFIX)).toBe(true);
    expect(items.map((item) => item.title)).toContain(opencc(seed.headline));
  });

  it('lists both editions in the sitemap, each with xhtml:link alternates to the other', () => {
    const sitemap = xml.parse(readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8'));
    const urls = asList<{ loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }>(sitemap.urlset.url);
    const locs = new Set(urls.map((url) => url.loc));
    for (const file of indexed(simplified)) {
      expect(locs.has(pageUrl(file)), file).toBe(true);
      expect(locs.has(pageUrl(PREFIX + file)), file).toBe(true);
    }
    for (const url of urls) {
      const twin = url.loc.startsWith(root + PREFIX) ? url.loc.replace(root + PREFIX, root) : url.loc.replace(root, root + PREFIX);
      expect(url['xhtml:link'].map((link) => link['@_href']).sort(), url.loc).toEqual([url.loc, twin].sort());
    }
    expect([...locs].some((loc) => loc.includes('404'))).toBe(false);
  });

  // Each thread loads the parsers and OpenCC's dictionaries anew, which on a machine busy building takes seconds.
  it('writes the same twins, byte for byte, in three threads as in one, and as the build wrote them', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'twins-in-threads-'));
    try {
      const write = async (name: string, threads: number) => {
        const outDir = path.join(work, name);
        cpSync(site.outDir, outDir, { recursive: true, filter: (file) => file !== path.resolve(site.outDir, PREFIX) });
        const options = { outDir, variant: 'twp' as const, base: site.base, home: root, kept: path.join(work, `${name}-kept`), root: projectRoot, threads };
        const written = await writeEdition(options);
        const twins = Object.fromEntries(siteFiles(path.join(outDir, PREFIX)).map((file) => [file, readFileSync(path.join(outDir, PREFIX, file), 'utf8')]));
        return { written, twins, again: (threads: number) => writeEdition({ ...options, threads }) };
      };
      const built = Object.fromEntries(siteFiles(path.join(site.outDir, PREFIX)).map((file) => [file, readFileSync(path.join(site.outDir, PREFIX, file), 'utf8')]));
      const one = await write('one', 1);
      const three = await write('three', 3);
      expect(Object.keys(one.twins)).toEqual([...simplified, 'rss.xml'].sort());
      expect(one.written).toEqual({ pages: simplified, converted: simplified.length + 1, reused: 0, keptInPlace: 0 });
      expect(three.written).toEqual(one.written);
      expect(three.twins).toEqual(one.twins);
      expect(one.twins).toEqual(built);
      // Kept by the threads that made them, the twins are all taken again by the next build, whatever its threads.
      expect(await three.again(1)).toEqual({ pages: simplified, converted: 0, reused: simplified.length + 1, keptInPlace: 0 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('leaves the last build’s twins in place while their pages and the pages with twins are the same, and only then', { timeout: 60_000 }, async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'twins-record-'));
    try {
      const outDir = path.join(work, 'site');
      cpSync(site.outDir, outDir, { recursive: true });
      const record = path.join(work, 'twins-in-place.json');
      const options = { outDir, variant: 'twp' as const, base: site.base, home: root, kept: path.join(work, 'kept'), root: projectRoot, inPlaceRecord: record };
      const all = simplified.length + 1;
      expect(await writeEdition(options)).toEqual({ pages: simplified, converted: all, reused: 0, keptInPlace: 0 });

      // The same pages: no twin is written again, so a mark put in one stays.
      const marked = path.join(outDir, PREFIX, simplified.find((file) => file.startsWith('about/'))!);
      writeFileSync(marked, `${readFileSync(marked, 'utf8')}<!-- left in place -->`);
      expect(await writeEdition(options)).toEqual({ pages: simplified, converted: 0, reused: all, keptInPlace: all });
      expect(readFileSync(marked, 'utf8')).toContain('<!-- left in place -->');

      // One page fewer: every twin's answers are looked at again, each is written as built, and the page's twin goes.
      const gone = simplified.find((file) => file.startsWith('articles/'))!;
      rmSync(path.join(outDir, gone));
      const fewer = simplified.filter((file) => file !== gone);
      expect(await writeEdition(options)).toMatchObject({ pages: fewer, keptInPlace: 0 });
      expect(existsSync(path.join(outDir, PREFIX, gone))).toBe(false);
      expect(readFileSync(marked, 'utf8')).not.toContain('<!-- left in place -->');

      // Without the record (a build that did not keep the folder), nothing is taken as in place.
      rmSync(record);
      expect(await writeEdition(options)).toMatchObject({ keptInPlace: 0 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
