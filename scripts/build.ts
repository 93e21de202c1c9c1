/**
 * `npm run build [-- astro build options]`: `astro build`, then the search index of the site it
 * wrote (src/search/pagefind-index.ts), as separate processes, so their memory never adds up.
 *
 * SEARCH_BUNDLE_SIZE sets the entries per index bundle (src/search/search-bundles.ts).
 * SEARCH_INDEX_JOBS caps the Pagefind runs at once (one per core while memory allows, unless set).
 * SEARCH_INDEX_CACHE, if set, names a folder that keeps each bundle's index between builds; off
 * unless set, so a plain build always runs Pagefind; a deploy keeps the folder (docs/deploy.md).
 * BUILD_REPORT, if set, names a file for the build's timings as JSON (scripts/build-report.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandover, HANDOVER_ENV, readSearchOrder } from '../src/content/check-handover.ts';
import { bundleSize } from '../src/search/search-bundles.ts';
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
const cache = process.env.SEARCH_INDEX_CACHE ? path.resolve(process.env.SEARCH_INDEX_CACHE) : undefined;

const handover = createHandover();
const astroStarted = performance.now();
const astro = spawnSync(process.execPath, [ASTRO_CLI, 'build', ...astroArgs], { stdio: 'inherit', env: { ...process.env, [HANDOVER_ENV]: handover } });
if (astro.status !== 0) process.exit(astro.status ?? 1);
const astroMs = performance.now() - astroStarted;

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
  `[search-index] indexed ${index.pages} pages into ${index.output} in ${index.bundles} bundle(s)${cache ? ` (${index.fromCache} from ${cache})` : ''} in ${(pagefindMs / 1000).toFixed(1)} s${pagefindCpuSeconds === null ? '' : `, ${pagefindCpuSeconds.toFixed(1)} s of CPU`}`,
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
  });
}
