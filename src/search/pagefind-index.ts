/**
 * The build side of search (Node only): writes the Pagefind index of a built site, run by
 * `npm run build` (scripts/build.ts) once Astro's process has exited, so the two never hold
 * their memory at the same time (docs/benchmarks.md).
 *
 * The index is written in bundles (src/search/search-bundles.ts), one Pagefind run each:
 * Pagefind's memory grows with the pages of a run and its time faster than them. Each run sees
 * only its bundle's pages, hard-linked into a staging folder with their paths, so result URLs
 * are those of the site.
 *
 * Pagefind runs as its command-line program rather than its Node API, which was slower on the
 * same pages, nearly all of it in the API's writeFiles (docs/benchmarks.md).
 *
 * With a cache folder, each bundle's index is kept there under a digest of all Pagefind reads:
 * the bundle's pages, Pagefind's version and how it is run. A bundle whose pages did not change
 * (every older one, when entries are only added) is copied from there instead of indexed again;
 * entries no build used any more are removed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paths } from '../site/urls.ts';
import { searchBundles } from './search-bundles.ts';

/** The npm package's launcher, which starts this platform's binary (the extended one, with CJK segmentation). */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
// Every page is Chinese: skip language detection so all pages share one index.
const PAGEFIND_OPTIONS = ['--force-language', 'zh-cn'];

export interface SearchIndexOptions {
  /** The built site's folder. */
  site: string;
  /** The entries to index, newest first (the content check's search order). */
  idsNewestFirst: readonly string[];
  /** Entries per bundle. */
  bundleSize: number;
  /** The folder that keeps bundles' indexes between builds, if any. */
  cache?: string;
}

export interface SearchIndexResult {
  /** Pages in the index, copied ones included. */
  pages: number;
  bundles: number;
  /** Bundles copied from the cache rather than indexed. */
  fromCache: number;
  /** The newest bundle's folder, where Pagefind's scripts are. */
  output: string;
}

/** Pagefind exited with `status`; its output has been printed. */
export class PagefindFailed extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`Pagefind exited with status ${status}`);
    this.status = status;
  }
}

/** Runs Pagefind's CLI; returns its output, or prints it and throws if it failed. */
function runPagefind(args: string[]): string {
  const result = spawnSync(process.execPath, [PAGEFIND_CLI, ...args, ...PAGEFIND_OPTIONS], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const output = result.stdout ?? '';
  if (result.status === 0) return output;
  process.stdout.write(output);
  throw new PagefindFailed(result.status ?? 1);
}

/**
 * An older bundle is only merged into the newest one's search, which reads its entry file,
 * metadata and index folders; its copies of Pagefind's scripts, styles and WebAssembly would
 * never be loaded.
 */
function keepOnlyIndex(bundle: string): void {
  for (const item of readdirSync(bundle, { withFileTypes: true })) {
    if (!item.isDirectory() && item.name !== 'pagefind-entry.json' && !item.name.endsWith('.pf_meta')) rmSync(path.join(bundle, item.name));
  }
}

/** The cache key of a bundle's index: everything its Pagefind run reads and what is kept of its output. */
function bundleDigest(site: string, pages: readonly string[], indexOnly: boolean): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${PAGEFIND_OPTIONS.join(' ')}${indexOnly ? ' index only' : ''}\0`);
  for (const page of pages) hash.update(`${page}\0`).update(readFileSync(path.join(site, page))).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** Copies a finished index into the cache: complete or absent, so a build stopped halfway leaves no half-written entry. */
function keep(output: string, cached: string): void {
  const partial = `${cached}.partial-${process.pid}`;
  cpSync(output, partial, { recursive: true });
  renameSync(partial, cached);
}

/** Indexes one bundle's pages, seen alone in a staging folder, into `output`; returns how many Pagefind indexed. */
function indexBundle(site: string, pages: readonly string[], staging: string, output: string): number {
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(staging, page)), { recursive: true });
    linkSync(path.join(site, page), path.join(staging, page));
  }
  const log = runPagefind(['--site', staging, '--output-path', output]);
  return Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0);
}

/** Writes the site's search index: every bundle, and the list of the older ones the browser merges. */
export function writeSearchIndex({ site, idsNewestFirst, bundleSize, cache }: SearchIndexOptions): SearchIndexResult {
  if (cache) mkdirSync(cache, { recursive: true });
  const bundles = searchBundles(idsNewestFirst, bundleSize);
  // Inside the site, because hard links cannot cross file systems.
  const staging = mkdtempSync(path.join(site, '.search-staging-'));
  const cacheKeys = new Set<string>();
  let pages = 0;
  let fromCache = 0;
  try {
    for (const [index, bundle] of bundles.entries()) {
      const output = path.join(site, bundle.path);
      const key = cache && bundleDigest(site, bundle.pages, index > 0);
      const cached = key && path.join(cache, key);
      if (key) cacheKeys.add(key);
      if (cached && existsSync(cached)) {
        cpSync(cached, output, { recursive: true });
        pages += bundle.pages.length;
        fromCache++;
        continue;
      }
      pages += indexBundle(site, bundle.pages, path.join(staging, String(index)), output);
      if (index > 0) keepOnlyIndex(output);
      if (cached) keep(output, cached);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (cache) {
    for (const name of readdirSync(cache)) if (!cacheKeys.has(name)) rmSync(path.join(cache, name), { recursive: true, force: true });
  }
  writeFileSync(path.join(site, paths.olderSearchBundles()), JSON.stringify(bundles.slice(1).map((bundle) => bundle.path)));
  return { pages, bundles: bundles.length, fromCache, output: path.join(site, paths.pagefind()) };
}
