/**
 * What Netlify, Cloudflare Pages and Vercel send for each kind of file, worked out from the
 * recipe files by each host's documented rules (tests/support/host-headers.ts): one
 * Cache-Control, the right one, and every security header, whichever rules a path matches.
 * That the CSP is the built pages' own is tests/build/deploy-csp.test.ts; nginx is served for
 * real in tests/browser/nginx.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLOUDFLARE_LIMITS,
  cloudflareHeaders,
  cloudfrontHeaders,
  expectedCacheControl,
  HSTS,
  IMMUTABLE,
  netlifyHeaders,
  nginxAddedHeaders,
  parseHeadersFileForCloudflare,
  recipeCsps,
  recipes,
  REVALIDATE,
  SECURITY_HEADERS,
  vercelHeaders,
  type HostResponseHeaders,
} from '../support/host-headers.ts';

/** One path of each kind a deploy serves, relative to the site's root. */
const SITE_PATHS = [
  '',
  'articles/huanqiu-ai-xianzhuang/',
  encodeURI('tags/东南亚/'),
  '2/',
  'search/',
  '404.html',
  'no-such-page/',
  '_astro/BaseLayout.BVEu7IZr.css',
  '_astro/SearchDialog.astro_astro_type_script_index_0_lang.xT7UZ4dX.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-highlight.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-entry.json',
  'pagefind/older.json',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/fragment/zh-cn_2331e87.pf_fragment',
  'pagefind/index/zh-cn_63cf76b.pf_index',
  'pagefind/filter/zh-cn_45a5cbe.pf_filter',
  'pagefind/pagefind.zh-cn_c26c12f229186.pf_meta',
  'pagefind/older/1/pagefind-entry.json',
  'pagefind/older/1/fragment/zh-cn_0a1b2c3.pf_fragment',
  'pagefind/older/1/index/zh-cn_0a1b2c3.pf_index',
  'pagefind/older/1/filter/zh-cn_0a1b2c3.pf_filter',
  'pagefind/older/1/pagefind.zh-cn_0a1b2c3d4e5f6.pf_meta',
  'rss.xml',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'robots.txt',
  'favicon.svg',
];

const csp = recipeCsps()[recipes.headersFile]!;

const hosts: Array<[string, (urlPath: string) => HostResponseHeaders | Promise<HostResponseHeaders>]> = [
  ['Cloudflare Pages (public/_headers)', (urlPath) => cloudflareHeaders(recipes.headersFile, urlPath)],
  ['Netlify (public/_headers)', (urlPath) => netlifyHeaders(recipes.headersFile, urlPath)],
  ['Vercel (docs/deploy/vercel.json)', (urlPath) => vercelHeaders(recipes.vercel, urlPath)],
];

describe('the cache rules', () => {
  it('cache content-hashed files forever and revalidate the rest', () => {
    expect(SITE_PATHS.filter((sitePath) => expectedCacheControl(sitePath) === IMMUTABLE)).toEqual([
      '_astro/BaseLayout.BVEu7IZr.css',
      '_astro/SearchDialog.astro_astro_type_script_index_0_lang.xT7UZ4dX.js',
      'pagefind/fragment/zh-cn_2331e87.pf_fragment',
      'pagefind/index/zh-cn_63cf76b.pf_index',
      'pagefind/filter/zh-cn_45a5cbe.pf_filter',
      'pagefind/pagefind.zh-cn_c26c12f229186.pf_meta',
      'pagefind/older/1/fragment/zh-cn_0a1b2c3.pf_fragment',
      'pagefind/older/1/index/zh-cn_0a1b2c3.pf_index',
      'pagefind/older/1/filter/zh-cn_0a1b2c3.pf_filter',
      'pagefind/older/1/pagefind.zh-cn_0a1b2c3d4e5f6.pf_meta',
    ]);
    expect(expectedCacheControl('pagefind/pagefind-entry.json')).toBe(REVALIDATE);
  });
});

describe.each(hosts)('%s', (_host, headersFor) => {
  it.each(SITE_PATHS)('/%s gets one Cache-Control, the right one, and every security header once', async (sitePath) => {
    const headers = await headersFor(`/${sitePath}`);
    expect(headers['cache-control']).toEqual([expectedCacheControl(sitePath)]);
    expect(headers['content-security-policy']).toEqual([csp]);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toEqual([value]);
    expect(headers['strict-transport-security']).toEqual([HSTS]);
  });
});

describe('the recipe files', () => {
  it('all send one CSP: a policy of their own plus frame-ancestors, never unsafe-inline', () => {
    const csps = recipeCsps();
    for (const [file, value] of Object.entries(csps)) expect(value, file).toBe(csp);
    expect(csp).toMatch(/; frame-ancestors 'none'$/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('_headers stays within Cloudflare Pages limits (100 rules, 2,000 characters a line)', () => {
    const text = readFileSync(recipes.headersFile, 'utf8');
    expect(parseHeadersFileForCloudflare(text).length).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.rules);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.lineLength);
  });

  it('the CloudFront policy adds every security header, its CSP within CloudFront’s quota', () => {
    const headers = cloudfrontHeaders(recipes.cloudfront);
    expect(headers).toEqual({ 'content-security-policy': csp, ...SECURITY_HEADERS, 'strict-transport-security': HSTS });
    // CloudFront's quotas: a response headers policy's Content-Security-Policy is at most 1,783 characters.
    expect(csp.length).toBeLessThanOrEqual(1783);
  });

  it('nginx adds every security header to every response, HSTS left for the TLS server block', () => {
    const config = readFileSync(recipes.nginx, 'utf8');
    expect(nginxAddedHeaders(config)).toEqual({ 'content-security-policy': csp, ...SECURITY_HEADERS });
    expect(config).toContain(`# add_header Strict-Transport-Security "${HSTS}" always;`);
  });
});
