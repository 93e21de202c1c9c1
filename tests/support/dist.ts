/** Reading the built site from disk, with a real HTML parser. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import type { BuiltSite } from '../../scripts/harness/site-harness.ts';

/** Every file in a dist folder, as sorted paths relative to it ("articles/x/index.html"). */
export function siteFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML file in a dist folder, as paths relative to it ("articles/x/index.html"). */
export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export function readPage(site: BuiltSite, file: string): CheerioAPI {
  return load(readFileSync(path.join(site.outDir, file), 'utf8'));
}

/** What Pagefind's built index holds of one page: its URL, indexed text and filter values. */
export interface PagefindFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
}

/** The fragments of one bundle of Pagefind's built index (default: the newest, "pagefind/"), gzipped: a short signature, then JSON. */
export function pagefindFragmentData(site: BuiltSite, bundle = 'pagefind/'): PagefindFragment[] {
  const dir = path.join(site.outDir, bundle, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
  });
}

/** The pages of one bundle of Pagefind's built index, as page URL → indexed text. */
export function pagefindFragments(site: BuiltSite, bundle = 'pagefind/'): Map<string, string> {
  return new Map(pagefindFragmentData(site, bundle).map((fragment) => [fragment.url, fragment.content]));
}

/**
 * Map a URL found in a page (href/src) to the dist file that serves it, or undefined if it
 * points outside the site's base. Directory URLs map to their index.html.
 */
export function fileForUrl(site: BuiltSite, pageFile: string, rawUrl: string): string | undefined {
  const pageUrl = new URL(site.base + pageFile.replace(/index\.html$/, ''), 'http://site.test');
  const target = new URL(rawUrl, pageUrl);
  if (target.origin !== pageUrl.origin) return undefined;
  const pathname = decodeURIComponent(target.pathname);
  if (!pathname.startsWith(site.base)) return '\0outside-base:' + pathname;
  const relative = pathname.slice(site.base.length);
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}
