/**
 * `npm run build [-- astro build options]`: `astro build`, then the search index of the site it
 * wrote (src/search/pagefind-index.ts), as separate processes, so their memory never adds up.
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
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { defaultCacheDir, handoverIn, HANDOVER_ENV, readSearchOrder, takeStepCounts } from '../src/content/check-handover.ts';
import { bundleSize } from '../src/search/search-bundles.ts';
import { deployTarget } from '../src/site/deploy-target.ts';
import { forgetKeptPages, keepPages, stampOutput } from '../src/site/kept-pages.ts';
import { mostIndexJobs, PagefindFailed, writeSearchIndex, type SearchIndexResult } from '../src/search/pagefind-index.ts';
import { BUILD_REPORT_ENV, writeBuildReport } from './build-report.ts';
import { endedChildrenCpuSeconds } from './cpu-time.ts';

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

/** A line of Astro's list of the pages it generates: "├─ /x/index.html (+3ms)", or "(cached)"/"(restored)" for one it skipped. */
const PAGE_LINE = /[├└]─ \S+ \((\+[\d.]+m?s|cached|restored)\)/;

/**
 * `astro build`, its output passed through as it comes, counting the pages Astro rendered and
 * those its incremental build skipped (it says which only in that list).
 */
function astroBuild(env: Record<string, string>): Promise<{ status: number | null; rendered: number; skipped: number; keptInPlace: number }> {
  const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...astroArgs], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, [HANDOVER_ENV]: handover, ...env } });
  let rendered = 0;
  let skipped = 0;
  let keptInPlace = 0;
  let partial = '';
  const count = (line: string) => {
    // Colours too, where FORCE_COLOR asks for them.
    const mark = PAGE_LINE.exec(stripVTControlCharacters(line))?.[1];
    if (mark?.startsWith('+')) rendered++;
    else if (mark) {
      skipped++;
      // "(cached)": the page was already in the output folder; "(restored)": copied there from the cache.
      if (mark === 'cached') keptInPlace++;
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    lines.forEach(count);
  });
  return new Promise((resolve) =>
    child.on('close', (status) => {
      count(partial);
      resolve({ status, rendered, skipped, keptInPlace });
    }),
  );
}

const output = { outDir: site, cacheDir, handover };
const kept = keepPages({ ...output, publicDir: path.join(root, 'public'), force: astroArgs.includes('--force') });
const astroStarted = performance.now();
const astro = await astroBuild(kept.env);
await kept.removed;
forgetKeptPages(handover);
if (astro.status !== 0) process.exit(astro.status ?? 1);
stampOutput(output);
const astroMs = performance.now() - astroStarted;
const checkCounts = takeStepCounts(handover, 'check');
const editionCounts = takeStepCounts(handover, 'edition');

const indexStarted = performance.now();
const cpuBefore = endedChildrenCpuSeconds();
let index: SearchIndexResult;
try {
  index = await writeSearchIndex({ site, idsNewestFirst: readSearchOrder(handover), bundleSize: size, cache, mostJobs });
} catch (error) {
  if (error instanceof PagefindFailed) process.exit(error.status);
  throw error;
}
const cpuAfter = endedChildrenCpuSeconds();
const pagefindMs = performance.now() - indexStarted;
const pagefindCpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? null : cpuAfter - cpuBefore;

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
  });
}
