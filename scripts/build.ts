/**
 * `npm run build [-- astro build options]`: `astro build`, and the search index of the site it
 * writes (src/search/pagefind-index.ts) in processes beside it: each bundle is indexed once
 * Astro has written its pages (./written-pages.ts), on whatever core Astro leaves idle.
 *
 * SEARCH_BUNDLE_SIZE sets the entries per index bundle (src/search/search-bundles.ts).
 * SEARCH_INDEX_JOBS caps the Pagefind runs at once (one per core while memory allows, unless set).
 * Every cache of the build is in Astro's cacheDir, node_modules/.astro: the pages Astro's
 * incremental build may skip and Astro's own caches, and in news-build/ there
 * (src/content/check-handover.ts) what the content check found in each entry, the Traditional
 * twins and each bundle's search index (or in the folder SEARCH_INDEX_CACHE names). A build that
 * finds them redoes only what changed; a deploy keeps the folder (docs/deploy.md);
 * `npm run build -- --force` ignores them all.
 * BUILD_REPORT, if set, names a file for the build's timings and counts as JSON (scripts/build-report.ts).
 *
 * The last build's pages stay in the output folder for Astro to skip, and the rest of it is
 * removed while Astro works (src/site/kept-pages.ts).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCacheDir, handoverIn, HANDOVER_ENV, readSearchOrder, takeStepCounts } from '../src/content/check-handover.ts';
import { bundleSize } from '../src/search/search-bundles.ts';
import { deployTarget } from '../src/site/deploy-target.ts';
import { forgetKeptPages, keepPages, stampOutput } from '../src/site/kept-pages.ts';
import { mostIndexJobs, PagefindFailed, writeSearchIndex, type SearchIndexResult } from '../src/search/pagefind-index.ts';
import { BUILD_REPORT_ENV, writeBuildReport } from './build-report.ts';
import { endedChildrenCpuSeconds } from './cpu-time.ts';
import { pageLine, WrittenPages } from './written-pages.ts';

const astroArgs = process.argv.slice(2);
const { values } = parseArgs({ args: astroArgs, strict: false, options: { root: { type: 'string' }, outDir: { type: 'string' } } });
const root = path.resolve(typeof values.root === 'string' ? values.root : '.');
const site = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');
const ASTRO_CLI = fileURLToPath(new URL('./bin/astro.mjs', import.meta.resolve('astro/package.json')));

let size: number;
let mostJobs: number;
try {
  // Checked before Astro runs, so a mistyped value costs seconds, not a whole build.
  size = bundleSize(process.env.SEARCH_BUNDLE_SIZE);
  mostJobs = mostIndexJobs(process.env.SEARCH_INDEX_JOBS);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const cacheDir = defaultCacheDir(root);
// One folder per site URL and base, so builds for two of them (the tests build / and /news/) keep each other's bundles.
const target = createHash('sha256').update(JSON.stringify(deployTarget())).digest('hex').slice(0, 12);
const handover = handoverIn(cacheDir);
// Astro's --force renders every page again; the build's own caches go with it.
if (astroArgs.includes('--force')) rmSync(handover, { recursive: true, force: true });
const cache = path.resolve(process.env.SEARCH_INDEX_CACHE || path.join(handover, 'search-index', target));

/**
 * `astro build`, its output passed through as it comes, counting the pages Astro rendered and
 * those its incremental build skipped (it says which only in its list of the pages it
 * generates), and telling `written` of each.
 */
function astroBuild(env: Record<string, string>, written: WrittenPages): Promise<{ status: number | null; rendered: number; skipped: number; keptInPlace: number }> {
  const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...astroArgs], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, [HANDOVER_ENV]: handover, ...env } });
  let rendered = 0;
  let skipped = 0;
  let keptInPlace = 0;
  let partial = '';
  const count = (line: string) => {
    const page = pageLine(line);
    if (!page) return;
    written.add(page.file, page.made);
    if (page.made === 'rendered') rendered++;
    else {
      skipped++;
      // "(cached)": the page was already in the output folder; "(restored)": copied there from the cache.
      if (page.made === 'cached') keptInPlace++;
    }
  };
  // Decoded as a stream, so a character split between two chunks stays whole.
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    // Whole lines only: the search index prints its own beside them (Astro writes a page's line in two parts).
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    lines.forEach(count);
  });
  return new Promise((resolve) =>
    child.on('close', (status) => {
      process.stdout.write(partial);
      count(partial);
      resolve({ status, rendered, skipped, keptInPlace });
    }),
  );
}

const output = { outDir: site, cacheDir, handover };
const kept = keepPages({ ...output, publicDir: path.join(root, 'public'), force: astroArgs.includes('--force') });
const written = new WrittenPages(site);
const cpuBefore = endedChildrenCpuSeconds();
const astroStarted = performance.now();
const astroRun = astroBuild(kept.env, written);
// The search index starts with Astro's first page, by when the content check has written the search order,
// and indexes each bundle once its pages are written: one at a time on the core Astro leaves idle, then on all.
// In a rebuild most bundles are copied from the cache at once, and the one with an edited entry is indexed
// while Astro writes the rest (the twins are left in place, so its end step no longer holds both cores).
const indexRun = written.whenStarted().then(async () => {
  const started = performance.now();
  const result = await writeSearchIndex({ site, idsNewestFirst: readSearchOrder(handover), bundleSize: size, cache, mostJobs, whenWritten: (pages) => written.whenWritten(pages), siteWritten: astroRun });
  return { result, ms: performance.now() - started };
});
// Awaited below, once Astro is done; a failure before then is not unhandled.
indexRun.catch(() => undefined);
const astro = await astroRun;
const astroMs = performance.now() - astroStarted;
written.end(astro.status === 0 ? undefined : new Error(`astro build exited with status ${astro.status}`));
await kept.removed;
forgetKeptPages(handover);
if (astro.status !== 0) {
  // The Pagefind runs under way end first; none starts after Astro failed.
  await indexRun.catch(() => undefined);
  process.exit(astro.status ?? 1);
}
stampOutput(output);
const checkCounts = takeStepCounts(handover, 'check');
const editionCounts = takeStepCounts(handover, 'edition');
const astroCpuSeconds = takeStepCounts(handover, 'astro')?.cpuSeconds;

let index: SearchIndexResult;
let pagefindMs: number;
try {
  ({ result: index, ms: pagefindMs } = await indexRun);
} catch (error) {
  if (error instanceof PagefindFailed) process.exit(error.status);
  throw error;
}
const cpuAfter = endedChildrenCpuSeconds();
// Every ended child's CPU time but Astro's, which its process reports as it exits.
const pagefindCpuSeconds = cpuBefore === undefined || cpuAfter === undefined || astroCpuSeconds === undefined ? null : cpuAfter - cpuBefore - astroCpuSeconds;

console.log(
  `[search-index] indexed ${index.pages} pages into ${index.output} in ${index.bundles} bundle(s) (${index.fromCache} from ${cache}) in ${(pagefindMs / 1000).toFixed(1)} s${pagefindCpuSeconds === null ? '' : `, ${pagefindCpuSeconds.toFixed(1)} s of CPU`}`,
);
const reportFile = process.env[BUILD_REPORT_ENV];
if (reportFile) {
  writeBuildReport(path.resolve(reportFile), {
    astroMs,
    pagefindMs,
    pagefindCpuSeconds,
    pagesIndexed: index.pages,
    bundles: index.bundles,
    bundlesFromCache: index.fromCache,
    pagesRendered: astro.rendered,
    pagesSkipped: astro.skipped,
    pagesKeptInPlace: astro.keptInPlace,
    entriesChecked: checkCounts?.entriesChecked ?? null,
    entriesReused: checkCounts?.entriesReused ?? null,
    twinsConverted: editionCounts?.twinsConverted ?? null,
    twinsReused: editionCounts?.twinsReused ?? null,
    twinsKeptInPlace: editionCounts?.twinsKeptInPlace ?? null,
  });
}
