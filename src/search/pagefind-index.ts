/**
 * The build side of search (Node only): writes the Pagefind index of a built site, run by
 * `npm run build` (scripts/build.ts) beside Astro's process, each bundle as soon as Astro has
 * written its pages (whenWritten), so Pagefind uses the core Astro leaves idle (docs/benchmarks.md).
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
 * Pagefind is given each page as it reads it (indexedView): its head and its
 * data-pagefind-body element. What else the page shows, its neighbours and related entries,
 * changes when other entries are published and is not indexed.
 *
 * With a cache folder, each bundle's index is kept there under a digest of all Pagefind reads:
 * those views, Pagefind's version and how it is run. A bundle whose views did not change
 * (every older one, when entries are only added) is linked from there instead of indexed again;
 * entries no build used any more are removed. Each view's digest is kept there too, with what
 * the file system says of its page, so a page left as it was is not read again (PageViews).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  /**
   * Resolves once the given pages are written, rejects if they never will be: for an index
   * written while the site is still being built, each bundle as soon as its pages are there.
   * Without it, every page is.
   */
  whenWritten?: (pages: readonly string[]) => Promise<void>;
  /**
   * Settles when the process writing the site has exited: until then one Pagefind run at a time,
   * as that process holds a core and its memory.
   */
  siteWritten?: Promise<unknown>;
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
 * never be loaded. The items of `bundle` such a bundle keeps (by path, and whether a folder).
 */
function olderBundleItems(bundle: string): (item: string, folder: boolean) => boolean {
  const top = path.resolve(bundle);
  return (item, folder) => folder || path.dirname(path.resolve(item)) !== top || path.basename(item) === 'pagefind-entry.json' || item.endsWith('.pf_meta');
}

/** Removes from an older bundle's folder what it does not keep (olderBundleItems). */
function keepOnlyIndex(bundle: string): void {
  const kept = olderBundleItems(bundle);
  for (const item of readdirSync(bundle, { withFileTypes: true })) if (!kept(path.join(bundle, item.name), item.isDirectory())) rmSync(path.join(bundle, item.name));
}

const BODY_MARK = 'data-pagefind-body';

/**
 * The page as Pagefind reads it: the head (title, language) and the element marked
 * data-pagefind-body, whose content, metadata and filters are all it indexes once one page
 * has that mark (tests/build/search-indexed-view.test.ts compares the index of both). A page
 * without the mark is given whole.
 */
export function indexedView(html: string): string {
  const mark = html.indexOf(BODY_MARK);
  const bodyStart = html.indexOf('<body');
  if (mark < 0 || bodyStart < 0 || mark < bodyStart) return html;
  const start = html.lastIndexOf('<', mark);
  const tag = /^<([a-z][a-z0-9-]*)/.exec(html.slice(start))?.[1];
  if (!tag) return html;
  // The element ends at the close tag that balances it: nested elements of its kind (teasers in an article) count.
  const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', found.index) + 1;
      return `${html.slice(0, html.indexOf('>', bodyStart) + 1)}${html.slice(start, end)}</body></html>`;
    }
  }
  return html;
}

/** A page file as a build saw it: its inode, size and modification time, and its view's digest. */
type SeenPage = [ino: number, size: number, mtimeMs: number, digest: string];

/** Where the views' digests are kept between builds, in the cache folder. */
const SEEN_PAGES = 'pages-seen.json';

/**
 * The site's pages as Pagefind reads them (indexedView) and their digests. A page file that is
 * as the last build saw it, same inode, size and modification time (a page Astro skipped stays
 * in place, src/site/kept-pages.ts), keeps its digest without being read again.
 */
class PageViews {
  readonly #site: string;
  readonly #before: Record<string, SeenPage>;
  readonly #now: Record<string, SeenPage> = {};
  readonly #views = new Map<string, string>();

  constructor(site: string, before: Record<string, SeenPage>) {
    this.#site = site;
    this.#before = before;
  }

  view(page: string): string {
    let view = this.#views.get(page);
    if (view === undefined) this.#views.set(page, (view = indexedView(readFileSync(path.join(this.#site, page), 'utf8'))));
    return view;
  }

  digest(page: string): string {
    const { ino, size, mtimeMs } = statSync(path.join(this.#site, page));
    const before = this.#before[page];
    const digest = before && before[0] === ino && before[1] === size && before[2] === mtimeMs ? before[3] : createHash('sha256').update(this.view(page)).digest('base64url');
    this.#now[page] = [ino, size, mtimeMs, digest];
    return digest;
  }

  /** What this build saw, for the next one. */
  seen(): Record<string, SeenPage> {
    return this.#now;
  }
}

function readSeenPages(cache: string): Record<string, SeenPage> {
  try {
    return JSON.parse(readFileSync(path.join(cache, SEEN_PAGES), 'utf8')) as Record<string, SeenPage>;
  } catch {
    return {};
  }
}

/** The cache key of a bundle's index: everything its Pagefind run reads, by the digests of its pages' views. */
function bundleDigest(pages: readonly string[], views: PageViews): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${PAGEFIND_OPTIONS.join(' ')}\0`);
  for (const page of pages) hash.update(`${page}\0${views.digest(page)}\0`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * `from` into `to`, each file hard-linked where the file system allows it (an index is never
 * written to once made), else copied. `take` chooses what is taken of each folder's items (by
 * path and whether it is a folder): everything unless given.
 */
function linkTree(from: string, to: string, take: (item: string, folder: boolean) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, item.name);
    if (!take(source, item.isDirectory())) continue;
    const target = path.join(to, item.name);
    if (item.isDirectory()) linkTree(source, target, take);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * Keeps a finished index in the cache, whole, as the newest bundle needs it: complete or
 * absent, so a build stopped halfway leaves no half-written entry. The older bundles' folders
 * are inside the newest one's and may be written while it is kept: they are left out, or the
 * next build would take this build's older bundles along with the newest, under those it
 * indexes again.
 */
function keep(output: string, cached: string, bundleOutputs: readonly string[]): void {
  const partial = `${cached}.partial-${process.pid}`;
  const nested = new Set(bundleOutputs.filter((folder) => folder !== path.resolve(output)));
  linkTree(output, partial, (item) => !nested.has(path.resolve(item)));
  renameSync(partial, cached);
}

/** Indexes one bundle's pages, each as Pagefind reads it, in a staging folder of their own with their paths, into `output`; resolves to how many Pagefind indexed. */
async function indexBundle(pages: readonly string[], views: PageViews, staging: string, output: string): Promise<number> {
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(staging, page)), { recursive: true });
    writeFileSync(path.join(staging, page), views.view(page));
  }
  return indexFolder(staging, output);
}

/** Pagefind's run over the pages in `site`, as the build runs it, into `output`; resolves to how many it indexed. */
export async function indexFolder(site: string, output: string): Promise<number> {
  const log = await runPagefind(['--site', site, '--output-path', output]);
  return Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0);
}

/**
 * Runs `task` on each item in order, at most `jobs` at once, and only one until `widen` has
 * settled. After a failure no more start; it rejects with the first failure once the running
 * ones have ended, so nothing is left running.
 */
export async function eachAtMost<T>(items: readonly T[], jobs: number, task: (item: T) => Promise<void>, widen: Promise<unknown> = Promise.resolve()): Promise<void> {
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
  const others = widen.then(
    () => Promise.allSettled(Array.from({ length: jobs - 1 }, worker)),
    () => Promise.allSettled(Array.from({ length: jobs - 1 }, worker)),
  );
  const results = [...(await Promise.allSettled([worker()])), ...(await others)];
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Writes the site's search index: every bundle, and the list of the older ones the browser merges. */
export async function writeSearchIndex({ site, idsNewestFirst, bundleSize, cache, mostJobs = Infinity, whenWritten, siteWritten }: SearchIndexOptions): Promise<SearchIndexResult> {
  if (cache) mkdirSync(cache, { recursive: true });
  const bundles = searchBundles(idsNewestFirst, bundleSize);
  const cacheKeys = new Set<string>();
  let pages = 0;
  let fromCache = 0;
  const views = new PageViews(site, cache ? readSeenPages(cache) : {});
  const outputs = bundles.map((bundle) => path.resolve(site, bundle.path));
  // Inside the site, because hard links cannot cross file systems.
  const staging = mkdtempSync(path.join(site, '.search-staging-'));
  // The last bundle is said by the build's summary line (scripts/build.ts).
  const progress = progressLine(console.log, (done, total) => `[search-index] bundle ${done}/${total} done`);
  let done = 0;
  /** Takes a bundle's index from the cache if it holds one for these very views; says whether it did, and where a new one is kept. */
  const fromKept = (index: number): { cached: string | undefined; taken: boolean } => {
    const key = cache && bundleDigest(bundles[index]!.pages, views);
    const cached = key ? path.join(cache, key) : undefined;
    if (key) cacheKeys.add(key);
    if (!cached || !existsSync(cached)) return { cached, taken: false };
    linkTree(cached, outputs[index]!, index > 0 ? olderBundleItems(cached) : undefined);
    pages += bundles[index]!.pages.length;
    fromCache++;
    progress(++done, bundles.length);
    return { cached, taken: true };
  };
  const index = async (bundle: number, cached: string | undefined) => {
    const indexed = await indexBundle(bundles[bundle]!.pages, views, path.join(staging, String(bundle)), outputs[bundle]!);
    // Added once the run is over: `pages += await …` would add to the count read before it began.
    pages += indexed;
    if (cached) keep(outputs[bundle]!, cached, outputs);
    if (bundle > 0) keepOnlyIndex(outputs[bundle]!);
    progress(++done, bundles.length);
  };
  try {
    if (whenWritten) {
      // Bundles come newest first, as Astro renders the articles: each is taken or indexed once its pages are written.
      const jobs = Math.min(indexJobs(bundleSize, mostJobs), bundles.length);
      if (bundles.length) console.log(`[search-index] indexing each of ${bundles.length} bundle(s) once its pages are written, one at a time while the site is written, then ${jobs} at once`);
      await eachAtMost(
        [...bundles.keys()],
        jobs,
        async (bundle) => {
          await whenWritten(bundles[bundle]!.pages);
          const { cached, taken } = fromKept(bundle);
          if (!taken) await index(bundle, cached);
        },
        siteWritten,
      );
    } else {
      const toIndex = [...bundles.keys()].flatMap((bundle) => {
        const { cached, taken } = fromKept(bundle);
        return taken ? [] : [{ bundle, cached }];
      });
      // Largest first, so the part-filled newest bundle does not end the step with a core idle.
      toIndex.sort((a, b) => bundles[b.bundle]!.pages.length - bundles[a.bundle]!.pages.length);
      const jobs = toIndex.length && Math.min(indexJobs(bundleSize, mostJobs), toIndex.length);
      if (jobs) console.log(`[search-index] indexing ${toIndex.length} of ${bundles.length} bundle(s), ${jobs} at once`);
      await eachAtMost(toIndex, jobs, ({ bundle, cached }) => index(bundle, cached));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (cache) {
    for (const name of readdirSync(cache)) if (!cacheKeys.has(name) && name !== SEEN_PAGES) rmSync(path.join(cache, name), { recursive: true, force: true });
    writeFileSync(path.join(cache, SEEN_PAGES), JSON.stringify(views.seen()));
  }
  writeFileSync(path.join(site, paths.olderSearchBundles()), JSON.stringify(bundles.slice(1).map((bundle) => bundle.path)));
  return { pages, bundles: bundles.length, fromCache, output: path.join(site, paths.pagefind()) };
}
