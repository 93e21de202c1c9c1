/**
 * `npm run build [-- astro build options]`: `astro build`, then the Pagefind index of the site it
 * wrote, as separate processes. Pagefind runs once Astro's process has exited, so their memory
 * never adds up: at 10,000 entries Astro still held about 5 GB when Pagefind, needing over 15 GB
 * of its own, started inside it (docs/benchmarks.md).
 *
 * The index is written in bundles of at most 1,000 entries (src/search/search-bundles.ts), one
 * Pagefind run each: Pagefind's memory grows with the pages of a run (about 2 GB per 1,000) and
 * its time faster than them. Each run sees only its bundle's pages, hard-linked into a staging
 * folder with their paths, so result URLs are those of the site.
 *
 * Pagefind runs as its command-line program rather than its Node API: on the same 1,000-page
 * build the CLI took 18 s and the Node API 27 s, nearly all of it in the API's writeFiles.
 *
 * SEARCH_INDEX_CACHE, if set, names a folder that keeps each bundle's index under a digest of
 * all Pagefind reads: the bundle's pages, Pagefind's version and how it is run. A bundle whose
 * pages did not change (every older one, when entries are only added) is copied from there
 * instead of indexed again; entries no build used any more are removed. Off unless set, so a
 * plain build always runs Pagefind; a deploy keeps the folder between builds (docs/deploy.md).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandover, HANDOVER_ENV, readSearchOrder } from '../src/content/check-handover.ts';
import { bundleSize, searchBundles } from '../src/search/search-bundles.ts';
import { paths } from '../src/site/urls.ts';
import { endedChildrenCpuSeconds } from './cpu-time.ts';

const astroArgs = process.argv.slice(2);
const { values } = parseArgs({ args: astroArgs, strict: false, options: { root: { type: 'string' }, outDir: { type: 'string' } } });
const root = path.resolve(typeof values.root === 'string' ? values.root : '.');
const site = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');

const ASTRO_CLI = fileURLToPath(new URL('./bin/astro.mjs', import.meta.resolve('astro/package.json')));
/** The npm package's launcher, which starts this platform's binary (the extended one, with CJK segmentation). */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
// Every page is Chinese: skip language detection so all pages share one index.
const PAGEFIND_OPTIONS = ['--force-language', 'zh-cn'];

/** Runs a Node program; returns its output if `capture`, or the exit status it failed with. */
function run(args: string[], capture = false, env: NodeJS.ProcessEnv = process.env): { output: string; failed?: number } {
  const result = spawnSync(process.execPath, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env });
  const output = result.stdout ?? '';
  if (result.status === 0) return { output };
  if (capture) process.stdout.write(output);
  return { output, failed: result.status ?? 1 };
}

/**
 * An older bundle is only merged into the newest one's search, which reads its entry file,
 * metadata and index folders; its copies of Pagefind's scripts, styles and WebAssembly
 * (about 580 KB) would never be loaded.
 */
function keepOnlyIndex(bundle: string) {
  for (const item of readdirSync(bundle, { withFileTypes: true })) {
    if (!item.isDirectory() && item.name !== 'pagefind-entry.json' && !item.name.endsWith('.pf_meta')) rmSync(path.join(bundle, item.name));
  }
}

/** The cache key of a bundle's index: everything its Pagefind run reads and what is kept of its output. */
function bundleDigest(pages: readonly string[], indexOnly: boolean): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${PAGEFIND_OPTIONS.join(' ')}${indexOnly ? ' index only' : ''}\0`);
  for (const page of pages) hash.update(`${page}\0`).update(readFileSync(path.join(site, page))).update('\0');
  return hash.digest('hex').slice(0, 32);
}

let size: number;
try {
  // Checked before Astro runs, so a mistyped value costs seconds, not a whole build.
  size = bundleSize(process.env.SEARCH_BUNDLE_SIZE);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const cache = process.env.SEARCH_INDEX_CACHE ? path.resolve(process.env.SEARCH_INDEX_CACHE) : undefined;
if (cache) mkdirSync(cache, { recursive: true });

const handover = createHandover();
const astro = run([ASTRO_CLI, 'build', ...astroArgs], false, { ...process.env, [HANDOVER_ENV]: handover });
if (astro.failed) process.exit(astro.failed);

const started = performance.now();
const cpuBefore = endedChildrenCpuSeconds();
const bundles = searchBundles(readSearchOrder(handover), size);
// Inside the site, because hard links cannot cross file systems.
const staging = mkdtempSync(path.join(site, '.search-staging-'));
let indexed = 0;
let failed: number | undefined;
const cacheKeys = new Set<string>();
let fromCache = 0;
for (const [index, bundle] of bundles.entries()) {
  const output = path.join(site, bundle.path);
  const key = cache && bundleDigest(bundle.pages, index > 0);
  const cached = key && path.join(cache, key);
  if (key) cacheKeys.add(key);
  if (cached && existsSync(cached)) {
    cpSync(cached, output, { recursive: true });
    indexed += bundle.pages.length;
    fromCache++;
    continue;
  }
  const pages = path.join(staging, String(index));
  for (const page of bundle.pages) {
    mkdirSync(path.dirname(path.join(pages, page)), { recursive: true });
    linkSync(path.join(site, page), path.join(pages, page));
  }
  const pagefind = run([PAGEFIND_CLI, '--site', pages, '--output-path', output, ...PAGEFIND_OPTIONS], true);
  failed = pagefind.failed;
  if (failed) break;
  indexed += Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? 0);
  if (index > 0) keepOnlyIndex(output);
  if (cached) {
    // Complete or absent: a build stopped halfway leaves no half-written entry behind.
    const partial = `${cached}.partial-${process.pid}`;
    cpSync(output, partial, { recursive: true });
    renameSync(partial, cached);
  }
}
rmSync(staging, { recursive: true, force: true });
if (failed) process.exit(failed);
if (cache) {
  for (const name of readdirSync(cache)) if (!cacheKeys.has(name)) rmSync(path.join(cache, name), { recursive: true, force: true });
}
writeFileSync(path.join(site, paths.olderSearchBundles()), JSON.stringify(bundles.slice(1).map((bundle) => bundle.path)));
const cpuAfter = endedChildrenCpuSeconds();
const cpu = cpuBefore === undefined || cpuAfter === undefined ? '' : `, ${(cpuAfter - cpuBefore).toFixed(1)} s of CPU`;
// The benchmark (scripts/bench/run.ts) reads the seconds from this line.
console.log(
  `[search-index] indexed ${indexed} pages into ${path.join(site, paths.pagefind())} in ${bundles.length} bundle(s)${cache ? ` (${fromCache} from ${cache})` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s${cpu}`,
);
