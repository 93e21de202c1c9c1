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
 * same pages, nearly all of it in the API's writeFiles (docs/benchmarks.md). Bundles are indexed
 * several at once, one run per core while memory allows (indexJobs), as asynchronous child
 * processes; each writes only its own folder, so the result does not depend on their order.
 *
 * With a cache folder, each bundle's index is kept there under a digest of all Pagefind reads:
 * the bundle's pages, Pagefind's version and how it is run. A bundle whose pages did not change
 * (every older one, when entries are only added) is copied from there instead of indexed again;
 * entries no build used any more are removed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressLine } from '../site/progress-line.ts';
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
  /** The most Pagefind runs at once (mostIndexJobs); fewer if cores or memory are short. */
  mostJobs?: number;
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

/** Runs Pagefind's CLI; resolves to its output, or prints it and rejects if it failed. */
function runPagefind(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, ...args, ...PAGEFIND_OPTIONS], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const output = Buffer.concat(chunks).toString('utf8');
      if (status === 0) return resolve(output);
      process.stdout.write(output);
      reject(new PagefindFailed(status ?? 1));
    });
  });
}

/** Memory one Pagefind run takes per page, its launcher included, with room to spare (docs/search.md). */
const PAGEFIND_BYTES_PER_PAGE = 2.3 * 2 ** 20;

/** SEARCH_INDEX_JOBS as the most Pagefind runs at once (no limit when unset), or an error that says what was expected. */
export function mostIndexJobs(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return Infinity;
  const most = Number(value);
  if (!Number.isInteger(most) || most < 1) throw new Error(`SEARCH_INDEX_JOBS must be a whole number of Pagefind runs, at least 1 (got "${value}").`);
  return most;
}

/** How many Pagefind runs of `pagesPerRun` pages go at once: one per core, as many as the memory free now holds, at least one. */
function indexJobs(pagesPerRun: number, most: number): number {
  const byMemory = Math.floor(process.availableMemory() / (pagesPerRun * PAGEFIND_BYTES_PER_PAGE));
  return Math.max(1, Math.min(os.availableParallelism(), byMemory, most));
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

/**
 * Copies a finished index into the cache: complete or absent, so a build stopped halfway leaves
 * no half-written entry. The older bundles' folders are inside the newest one's and may be
 * written while it is kept: they are left out, or the next build would copy this build's older
 * bundles along with the newest, under those it indexes again.
 */
function keep(output: string, cached: string, bundleOutputs: readonly string[]): void {
  const partial = `${cached}.partial-${process.pid}`;
  const inside = (folder: string, file: string) => file === folder || file.startsWith(`${folder}${path.sep}`);
  const nested = bundleOutputs.filter((folder) => folder !== path.resolve(output) && inside(path.resolve(output), folder));
  cpSync(output, partial, { recursive: true, filter: (source) => !nested.some((folder) => inside(folder, path.resolve(source))) });
  renameSync(partial, cached);
}

/** Indexes one bundle's pages, seen alone in a staging folder, into `output`; resolves to how many Pagefind indexed. */
async function indexBundle(site: string, pages: readonly string[], staging: string, output: string): Promise<number> {
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(staging, page)), { recursive: true });
    linkSync(path.join(site, page), path.join(staging, page));
  }
  const log = await runPagefind(['--site', staging, '--output-path', output]);
  return Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0);
}

/**
 * Runs `task` on each item in order, at most `jobs` at once. After a failure no more start; it
 * rejects with the first failure once the running ones have ended, so nothing is left running.
 */
async function eachAtMost<T>(items: readonly T[], jobs: number, task: (item: T) => Promise<void>): Promise<void> {
  const next = items.values();
  let failed = false;
  const worker = async () => {
    for (const item of next) {
      if (failed) return;
      await task(item).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  const results = await Promise.allSettled(Array.from({ length: jobs }, worker));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Writes the site's search index: every bundle, and the list of the older ones the browser merges. */
export async function writeSearchIndex({ site, idsNewestFirst, bundleSize, cache, mostJobs = Infinity }: SearchIndexOptions): Promise<SearchIndexResult> {
  if (cache) mkdirSync(cache, { recursive: true });
  const bundles = searchBundles(idsNewestFirst, bundleSize);
  const cacheKeys = new Set<string>();
  let pages = 0;
  let fromCache = 0;
  const toIndex: { index: number; pages: readonly string[]; output: string; cached: string | undefined }[] = [];
  for (const [index, bundle] of bundles.entries()) {
    const output = path.join(site, bundle.path);
    const key = cache && bundleDigest(site, bundle.pages, index > 0);
    const cached = key ? path.join(cache, key) : undefined;
    if (key) cacheKeys.add(key);
    if (cached && existsSync(cached)) {
      cpSync(cached, output, { recursive: true });
      pages += bundle.pages.length;
      fromCache++;
    } else toIndex.push({ index, pages: bundle.pages, output, cached });
  }
  // Largest first, so the part-filled newest bundle does not end the step with a core idle.
  toIndex.sort((a, b) => b.pages.length - a.pages.length);
  // Inside the site, because hard links cannot cross file systems.
  const staging = mkdtempSync(path.join(site, '.search-staging-'));
  const outputs = bundles.map((bundle) => path.resolve(site, bundle.path));
  // The last bundle is said by the build's summary line (scripts/build.ts).
  const progress = progressLine(console.log, (done, total) => `[search-index] bundle ${done}/${total} done`);
  let done = fromCache;
  try {
    const jobs = toIndex.length && Math.min(indexJobs(bundleSize, mostJobs), toIndex.length);
    if (jobs) console.log(`[search-index] indexing ${toIndex.length} of ${bundles.length} bundle(s), ${jobs} at once`);
    await eachAtMost(toIndex, jobs, async ({ index, pages: bundlePages, output, cached }) => {
      const indexed = await indexBundle(site, bundlePages, path.join(staging, String(index)), output);
      // Added once the run is over: `pages += await …` would add to the count read before it began.
      pages += indexed;
      if (index > 0) keepOnlyIndex(output);
      if (cached) keep(output, cached, outputs);
      progress(++done, bundles.length);
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (cache) {
    for (const name of readdirSync(cache)) if (!cacheKeys.has(name)) rmSync(path.join(cache, name), { recursive: true, force: true });
  }
  writeFileSync(path.join(site, paths.olderSearchBundles()), JSON.stringify(bundles.slice(1).map((bundle) => bundle.path)));
  return { pages, bundles: bundles.length, fromCache, output: path.join(site, paths.pagefind()) };
}
