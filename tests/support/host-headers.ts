/**
 * The response headers every deploy recipe must give (docs/deploy.md), and the rules by which
 * each host turns its header file into the headers of one response, so a test can ask "what
 * does this host send for this path?" without the host.
 *
 * Each host answer lists, per header, every value that reached the response: the host's own
 * default, unless a rule sets that header, then each matching rule's value in file order. One
 * value per header means the hosts' different ways of combining rules cannot disagree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { getTransformedRoutes, isHandler, type Header as VercelHeader } from '@vercel/routing-utils';
import { projectRoot } from '../../scripts/harness/site-harness.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * What a file under the site's base ("_astro/x.css", "articles/x/") is cached for: forever when
 * its name holds a content hash (Astro's assets; Pagefind's index, fragments, filters and
 * metadata, in every bundle), otherwise revalidated on every use.
 */
export function expectedCacheControl(sitePath: string): string {
  return /^_astro\/|^pagefind\/(?:.*\/)?[^/]+\.pf_(?:fragment|index|filter|meta)$/.test(sitePath) ? IMMUTABLE : REVALIDATE;
}

/** Sent with every response on every host; the CSP is the built pages' own (see recipeCsp). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()',
  'cross-origin-opener-policy': 'same-origin',
} as const;
/** Where the host serves HTTPS itself (Netlify, Cloudflare Pages, Vercel, CloudFront). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The header form of the policy Astro writes into each page's <meta>: the same directives plus
 * frame-ancestors, which browsers ignore in a <meta> policy.
 */
export function headerCsp(metaPolicy: string): string {
  return `${metaPolicy.trim().replace(/;$/, '')}; frame-ancestors 'none'`;
}

/** Per header (lower-case), every value that reached the response, in order. */
export type HostResponseHeaders = Record<string, string[]>;

function withDefaults(defaults: Record<string, string>, fromRules: Array<[string, string]>): HostResponseHeaders {
  const headers: HostResponseHeaders = {};
  for (const [name, value] of fromRules) (headers[name.toLowerCase()] ??= []).push(value);
  for (const [name, value] of Object.entries(defaults)) headers[name] ??= [value];
  return headers;
}

/**
 * Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers/, and its static-assets
 * "Default headers"): it sends `Cache-Control: public, max-age=0, must-revalidate` unless
 * `_headers` sets one ("Headers defined in the _headers file override what Cloudflare ordinarily
 * sends"); "An incoming request which matches multiple rules' URL patterns will inherit all
 * rules' headers" and "If a header is applied twice in the _headers file, the values are joined
 * with a comma separator". A pattern is matched against the whole path: `*` (one per rule)
 * greedily matches anything, `:name` anything but "/".
 */
export function cloudflareHeaders(headersFile: string, urlPath: string): HostResponseHeaders {
  const rules = parseHeadersFileForCloudflare(readFileSync(headersFile, 'utf8'));
  const matching = rules.filter((rule) => rule.pattern.test(urlPath));
  return withDefaults({ 'cache-control': REVALIDATE }, matching.flatMap((rule) => rule.headers));
}

export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 };

export function parseHeadersFileForCloudflare(text: string): Array<{ path: string; pattern: RegExp; headers: Array<[string, string]> }> {
  const rules: Array<{ path: string; pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if ((line.match(/\*/g) ?? []).length > 1) throw new Error(`Cloudflare allows one * per rule: ${line}`);
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
        .join('.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const separator = line.indexOf(':');
    if (!rule || separator < 0) throw new Error(`not a header line under a path: ${line}`);
    rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/**
 * Netlify (docs.netlify.com/manage/routing/headers/) parses `_headers` with @netlify/headers-parser,
 * used here as is. Its docs do not say how two matching rules combine; Netlify's own local server
 * (netlify-cli's headersForPath) lets a later rule's value replace an earlier one. Browsers get
 * `public, max-age=0, must-revalidate` for files no rule gives a Cache-Control
 * (docs.netlify.com/platform/caching).
 */
export async function netlifyHeaders(headersFile: string, urlPath: string): Promise<HostResponseHeaders> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [headersFile], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  const matching = headers.filter((rule) => 'forRegExp' in rule && rule.forRegExp.test(urlPath));
  return withDefaults({ 'cache-control': REVALIDATE }, matching.flatMap((rule) => Object.entries(rule.values)));
}

/**
 * Vercel (vercel.com/docs/project-configuration/vercel-json#headers): `headers` become routes
 * by @vercel/routing-utils, used here as is, each applied to every path it matches, later ones
 * replacing earlier values; the default for static files is `cache-control: public, max-age=0,
 * must-revalidate` (vercel.com/docs/caching/cache-control-headers).
 */
export function vercelHeaders(configFile: string, urlPath: string): HostResponseHeaders {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { headers: VercelHeader[] };
  const { routes, error } = getTransformedRoutes({ headers: config.headers });
  if (error || !routes) throw new Error(`vercel.json: ${error?.message}`);
  const fromRules = routes.flatMap((route) => (!isHandler(route) && route.headers && new RegExp(route.src).test(urlPath) ? Object.entries(route.headers) : []));
  return withDefaults({ 'cache-control': REVALIDATE }, fromRules);
}

/** The recipe files, as docs/deploy.md names them. */
export const recipes = {
  headersFile: path.join(projectRoot, 'public', '_headers'),
  vercel: path.join(projectRoot, 'docs', 'deploy', 'vercel.json'),
  cloudfront: path.join(projectRoot, 'docs', 'deploy', 'cloudfront-response-headers-policy.json'),
  nginx: path.join(projectRoot, 'docs', 'deploy', 'nginx.conf'),
};

/** nginx's `add_header Name "value" always;` lines, by lower-case name. */
export function nginxAddedHeaders(config: string): Record<string, string> {
  return Object.fromEntries([...config.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((match) => [match[1]!.toLowerCase(), match[2]!]));
}

export interface CloudFrontPolicy {
  SecurityHeadersConfig: {
    ContentSecurityPolicy: { ContentSecurityPolicy: string; Override: boolean };
    ContentTypeOptions: { Override: boolean };
    ReferrerPolicy: { ReferrerPolicy: string; Override: boolean };
    StrictTransportSecurity: { AccessControlMaxAgeSec: number; IncludeSubdomains: boolean; Preload: boolean; Override: boolean };
  };
  CustomHeadersConfig: { Quantity: number; Items: Array<{ Header: string; Value: string; Override: boolean }> };
}

/**
 * The headers CloudFront adds with the response headers policy
 * (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html).
 */
export function cloudfrontHeaders(policyFile: string): Record<string, string> {
  const policy = JSON.parse(readFileSync(policyFile, 'utf8')) as CloudFrontPolicy;
  const security = policy.SecurityHeadersConfig;
  const hsts = security.StrictTransportSecurity;
  return {
    'content-security-policy': security.ContentSecurityPolicy.ContentSecurityPolicy,
    ...(security.ContentTypeOptions ? { 'x-content-type-options': 'nosniff' } : {}),
    'referrer-policy': security.ReferrerPolicy.ReferrerPolicy,
    'strict-transport-security': `max-age=${hsts.AccessControlMaxAgeSec}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}${hsts.Preload ? '; preload' : ''}`,
    ...Object.fromEntries(policy.CustomHeadersConfig.Items.map((item) => [item.Header.toLowerCase(), item.Value])),
  };
}

/** The Content-Security-Policy each recipe file sends, by file. */
export function recipeCsps(): Record<string, string | undefined> {
  const vercel = JSON.parse(readFileSync(recipes.vercel, 'utf8')) as { headers: VercelHeader[] };
  return {
    [recipes.headersFile]: parseHeadersFileForCloudflare(readFileSync(recipes.headersFile, 'utf8'))
      .find((rule) => rule.path === '/*')
      ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1],
    [recipes.vercel]: vercel.headers.find((rule) => rule.source === '/(.*)')?.headers.find((header) => header.key === 'Content-Security-Policy')?.value,
    [recipes.cloudfront]: cloudfrontHeaders(recipes.cloudfront)['content-security-policy'],
    [recipes.nginx]: nginxAddedHeaders(readFileSync(recipes.nginx, 'utf8'))['content-security-policy'],
  };
}
