/** Reading the built site from disk, with a real HTML parser. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { BuiltSite } from './project.ts';

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
