/**
 * docs/deploy/nginx.conf, used as the docs say: the recipe verbatim (only `listen` and `root`
 * changed) in a real nginx with Debian's stock http {} settings, serving a BASE_PATH=/news/ build
 * copied to <root>/news/, read by Chromium. Pages render (not downloaded), search works under the
 * header CSP, 404s are the site's page with status 404, and every file has its type, one
 * Cache-Control and every security header.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, freePort, launchBrowser, openPage, SITE_URL, tmpRoot, type BuiltSite } from '../../scripts/harness/site-harness.ts';
import { site as siteConfig } from '../../src/site.config.ts';
import { t } from '../../src/site/strings.ts';
import { siteFiles } from '../support/dist.ts';
import { expectedCacheControl, headerCsp, recipes, SECURITY_HEADERS } from '../support/host-headers.ts';
import { NGINX, startNginx, type RunningNginx } from '../support/nginx.ts';
import * as seed from '../support/seed-capture.ts';

const SEED_ARTICLE = 'articles/huanqiu-ai-xianzhuang/';
const TAG = '东南亚';

/** The recipe with only what a test machine must change; each must be there exactly once. */
function recipeFor(port: number, root: string): string {
  let config = readFileSync(recipes.nginx, 'utf8');
  for (const [from, to] of [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /var/www;', `root ${root};`],
  ] as const) {
    expect(config.split(from).length - 1, `docs/deploy/nginx.conf should contain "${from}" once`).toBe(1);
    config = config.replace(from, to);
  }
  return config;
}

const missing = existsSync(NGINX) ? undefined : `${NGINX} is not installed (.ci/run installs Debian's nginx package)`;
if (missing) console.warn(`tests/browser/nginx.test.ts is skipped: ${missing}`);

describe.skipIf(missing !== undefined)(missing ? `nginx recipe: skipped, ${missing}` : 'docs/deploy/nginx.conf on nginx, site at /news/', () => {
  let scratch: string;
  let site: BuiltSite;
  let nginx: RunningNginx;
  let browser: Browser;
  let base: string;
  let csp: string;

  beforeAll(async () => {
    mkdirSync(tmpRoot, { recursive: true });
    scratch = mkdtempSync(path.join(tmpRoot, 'nginx-'));
    const www = path.join(scratch, 'www');
    site = { name: 'nginx', base: '/news/', outDir: path.join(www, 'news'), siteUrl: SITE_URL };
    const port = await freePort();
    [, browser] = await Promise.all([buildSite(site), launchBrowser()]);
    nginx = await startNginx(recipeFor(port, www), path.join(scratch, 'nginx'), port);
    base = `${nginx.origin}/news/`;
    const meta = readFileSync(path.join(site.outDir, 'index.html'), 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
    csp = headerCsp(meta![1]!);
  });

  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** Each response's type aside, what every file of the site must be sent with. */
  function expectSiteHeaders(headers: Record<string, string>, sitePath: string) {
    expect(headers['cache-control'], sitePath).toBe(expectedCacheControl(sitePath));
    expect(headers['content-security-policy'], sitePath).toBe(csp);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${name} of ${sitePath}`).toBe(value);
  }

  it('shows the home page as a page, not a download', async () => {
    const { page, errors } = await openPage(browser);
    const response = await page.goto(base);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await page.locator('h1').textContent()).toBe(siteConfig.name);
    expect(await page.locator(`a[href^="/news/articles/"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows an article', async () => {
    const { page, errors } = await openPage(browser);
    const response = await page.goto(base + SEED_ARTICLE);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(seed.headline);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches from the dialog and opens a result, every response with its headers', async () => {
    const { page, errors } = await openPage(browser);
    const responses: Array<{ path: string; status: number; headers: Record<string, string> }> = [];
    page.on('response', (response) => responses.push({ path: new URL(response.url()).pathname, status: response.status(), headers: response.headers() }));
    await page.goto(base);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: t.search.dialog });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type(TAG);
    const options = dialog.getByRole('option');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const target = new URL((await options.first().getAttribute('data-href'))!, base).pathname;
    expect(target).toMatch(/^\/news\/articles\/[^/]+\/$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(target);
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('');
    expect(errors).toEqual([]);

    const fetched = responses.map((response) => response.path);
    for (const kind of [/\/pagefind\/pagefind\.js$/, /\/wasm\.[^/]+\.pagefind$/, /\.pf_meta$/, /\.pf_index$/, /\.pf_fragment$/, /\/_astro\/.+\.js$/]) {
      expect(fetched.some((fetchedPath) => kind.test(fetchedPath)), `${kind} was fetched`).toBe(true);
    }
    for (const response of responses) {
      expect(response.status, response.path).toBe(200);
      expectSiteHeaders(response.headers, decodeURI(response.path).slice(site.base.length));
    }
    await page.context().close();
  });

  it('opens a tag page with a Chinese name from the article', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(base + SEED_ARTICLE);
    await page.locator(`a[href="/news/tags/${encodeURIComponent(TAG)}/"]`).first().click();
    await expect.poll(() => decodeURI(new URL(page.url()).pathname)).toBe(`/news/tags/${TAG}/`);
    expect(await page.locator('h1').textContent()).toContain(TAG);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['inside /news/', '/news/no-such-page/'],
    ['for a missing asset', '/news/_astro/no-such-file.js'],
    ['outside /news/', '/elsewhere/'],
    ['at the domain root', '/'],
  ])('answers 404 with the site’s 404 page %s', async (_where, urlPath) => {
    const response = await fetch(nginx.origin + urlPath);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(path.join(site.outDir, '404.html'), 'utf8'));
    expectSiteHeaders(Object.fromEntries(response.headers), '404.html');

    const { page } = await openPage(browser);
    expect((await page.goto(nginx.origin + urlPath))?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe(t.notFound.title);
    await page.context().close();
  });

  it('sends /news to /news/', async () => {
    const response = await fetch(`${nginx.origin}/news`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/news/');
  });

  it('gives each kind of file its type', async () => {
    const first = (pattern: RegExp) => siteFiles(site.outDir).find((file) => pattern.test(file))!;
    const kinds: Array<[string, string]> = [
      ['', 'text/html; charset=utf-8'],
      [SEED_ARTICLE, 'text/html; charset=utf-8'],
      [encodeURI(`tags/${TAG}/`), 'text/html; charset=utf-8'],
      [first(/^_astro\/.+\.css$/), 'text/css'],
      [first(/^_astro\/.+\.js$/), 'application/javascript; charset=utf-8'],
      ['pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
      ['pagefind/pagefind-worker.js', 'application/javascript; charset=utf-8'],
      ['pagefind/pagefind-entry.json', 'application/json'],
      // Pagefind fetches its WebAssembly as bytes and decompresses it itself: no wasm type needed.
      [first(/^pagefind\/wasm\.[^/]+\.pagefind$/), 'application/octet-stream'],
      [first(/^pagefind\/.+\.pf_meta$/), 'application/octet-stream'],
      [first(/^pagefind\/index\/.+\.pf_index$/), 'application/octet-stream'],
      [first(/^pagefind\/fragment\/.+\.pf_fragment$/), 'application/octet-stream'],
      [first(/^pagefind\/filter\/.+\.pf_filter$/), 'application/octet-stream'],
      ['rss.xml', 'text/xml; charset=utf-8'],
      ['sitemap-index.xml', 'text/xml; charset=utf-8'],
      ['robots.txt', 'text/plain; charset=utf-8'],
      ['favicon.svg', 'image/svg+xml'],
    ];
    for (const [sitePath, type] of kinds) {
      const response = await fetch(base + sitePath);
      expect(response.status, sitePath).toBe(200);
      expect(response.headers.get('content-type'), sitePath).toBe(type);
    }
  });

  it('sends every file with one Cache-Control, the right one, and every security header', async () => {
    const files = siteFiles(site.outDir);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const sitePath = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
      const response = await fetch(base + encodeURI(sitePath));
      expect(response.status, sitePath).toBe(200);
      expectSiteHeaders(Object.fromEntries(response.headers), sitePath);
    }
  });
});
