/**
 * `npm run bench [-- --sizes 1000,10000] [--keep]`: builds synthetic corpora with the
 * project's real pipeline and, in the same run, with a stock Astro baseline, then prints a
 * Markdown table and writes it with its JSON to bench-results/ (not committed; the figures
 * worth keeping are copied into docs/benchmarks.md). Everything else lives in a temporary
 * folder that is removed at the end unless --keep is given.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, entryId, isBrief, readPool, writeCorpus } from './corpus.ts';
import { writeBaseline } from './baseline.ts';
import { searchQueries, type ShareQuery } from './queries.ts';
import { folderSize, runMeasured, type Measured } from './measure.ts';
import { launchBrowser, openPage, serveSite, astroBin, buildCommand, projectRoot, SITE_URL } from '../harness/site-harness.ts';
import { BUILD_REPORT_ENV, readBuildReport } from '../build-report.ts';
import { articleWeight, firstSearchWeight, total, type Weight } from '../harness/page-weight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    keep: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes wants whole numbers ≥ 2, got "${values.sizes}"`);

const pagefindBin = path.join(projectRoot, 'node_modules', '.bin', 'pagefind');
const SEARCH_QUERY = '东南亚';
/** Besides SEARCH_QUERY (in nearly every synthetic entry): words in about 10 % and 1 % of entries. */
const SEARCH_SHARES = [0.1, 0.01];

interface Build {
  /** Astro's own stage timings from its log: content sync, the Vite (MDX) build, page rendering. */
  stages: Stages;
  totalMs: number;
  astroMs: number;
  pagefindMs: number;
  /** CPU time (user + system) of the whole build, and of its Pagefind step. */
  cpuMs: number;
  pagefindCpuMs: number;
  peakRssBytes: number;
  pages: number;
  dist: { bytes: number; files: number };
  index: { bytes: number; files: number };
}

interface Result {
  size: number;
  briefs: number;
  ours: Build & { article: { page: Weight; js: Weight }; firstSearches: FirstSearch[] };
  baseline?: Build;
}

interface FirstSearch extends ShareQuery {
  weight: Weight;
  /** The same without the result texts (Pagefind's fragments, one per result checked). */
  beforeTexts: Weight;
  texts: number;
}

interface Stages {
  syncMs: number;
  viteMs: number;
  renderMs: number;
}

/** "36.83s", "126ms", "1m 5s" as printed by Astro and Vite. */
function duration(text: string | undefined): number {
  const match = /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(text ?? '');
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 'ms' ? 1 : 1000);
}

function stages(output: string): Stages {
  const time = '((?:\\d+m )?[\\d.]+m?s)';
  return {
    syncMs: duration(new RegExp(`\\[types\\] Generated ${time}`).exec(output)?.[1]),
    viteMs: duration(new RegExp(`\\[vite\\] ✓ built in ${time}`).exec(output)?.[1]),
    renderMs: duration(new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${time}`).exec(output)?.[1]),
  };
}

function check(step: string, run: Measured): Measured {
  if (run.code !== 0) throw new Error(`${step} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

function stats(dist: string): Pick<Build, 'pages' | 'dist' | 'index'> {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  return { pages, dist: folderSize(dist), index: folderSize(path.join(dist, 'pagefind')) };
}

async function buildOurs(contentDir: string, dist: string): Promise<Build> {
  // A cold build, as in CI: Astro keeps parsed entries in its cache folder between builds.
  rmSync(path.join(projectRoot, 'node_modules', '.astro'), { recursive: true, force: true });
  const reportFile = `${dist}.build-report.json`;
  const run = check(
    'our build',
    await runMeasured(buildCommand[0]!, [...buildCommand.slice(1), '--root', projectRoot, '--outDir', dist], {
      cwd: projectRoot,
      // Cold, as in CI: no search index cache (scripts/build.ts) even if the shell sets one.
      env: { CONTENT_DIR: contentDir, SITE_URL, SEARCH_INDEX_CACHE: '', [BUILD_REPORT_ENV]: reportFile },
    }),
  );
  const report = readBuildReport(reportFile);
  rmSync(reportFile);
  return {
    stages: stages(run.output),
    totalMs: run.ms,
    astroMs: report.astroMs,
    pagefindMs: report.pagefindMs,
    cpuMs: run.cpuMs,
    pagefindCpuMs: (report.pagefindCpuSeconds ?? Number.NaN) * 1000,
    peakRssBytes: run.peakRssBytes,
    ...stats(dist),
  };
}

async function buildBaseline(contentDir: string, dir: string): Promise<Build> {
  writeBaseline(dir, contentDir, projectRoot);
  const astro = check('baseline build', await runMeasured(astroBin, ['build', '--root', dir], { cwd: dir }));
  const pagefind = check('baseline pagefind', await runMeasured(pagefindBin, ['--site', 'dist'], { cwd: dir }));
  return {
    stages: stages(astro.output),
    totalMs: astro.ms + pagefind.ms,
    astroMs: astro.ms,
    pagefindMs: pagefind.ms,
    cpuMs: astro.cpuMs + pagefind.cpuMs,
    pagefindCpuMs: pagefind.cpuMs,
    peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
    ...stats(path.join(dir, 'dist')),
  };
}

async function weigh(dist: string, article: string, queries: ShareQuery[]) {
  const site = { name: 'bench', base: '/', outDir: dist, siteUrl: SITE_URL };
  const [browser, server] = await Promise.all([launchBrowser(), serveSite(site)]);
  try {
    const url = `${server.baseUrl}articles/${article}/`;
    const weight = await articleWeight((await openPage(browser)).page, url);
    const firstSearches: FirstSearch[] = [];
    // A fresh page (empty cache) for each, so each is a first search.
    for (const query of queries) {
      const { total: weight, transfers } = await firstSearchWeight((await openPage(browser)).page, url, query.query);
      const texts = transfers.filter((transfer) => transfer.path.includes('/fragment/'));
      firstSearches.push({ ...query, weight, beforeTexts: total(transfers.filter((transfer) => !texts.includes(transfer))), texts: texts.length });
    }
    return { article: { page: weight.page, js: weight.js }, firstSearches };
  } finally {
    await browser.close();
    await server.close();
  }
}

const work = mkdtempSync(path.join(os.tmpdir(), 'xinlingshou-bench-'));
const pool = readPool(path.join(projectRoot, 'content', 'articles'));
const results: Result[] = [];
const startedAt = new Date();
const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
try {
  for (const size of sizes) {
    const contentDir = path.join(work, `corpus-${size}`);
    const { briefs } = writeCorpus(path.join(contentDir, 'articles'), size, pool);
    const article = entryId([...Array(size).keys()].find((index) => !isBrief(index))!);
    console.error(`[bench] ${size} entries: our build…`);
    const oursDist = path.join(work, `ours-${size}`);
    const queries = searchQueries(path.join(contentDir, 'articles'), SEARCH_QUERY, SEARCH_SHARES);
    const ours = { ...(await buildOurs(contentDir, oursDist)), ...(await weigh(oursDist, article, queries)) };
    rmSync(oursDist, { recursive: true, force: true });
    let baseline: Build | undefined;
    if (!values['no-baseline']) {
      console.error(`[bench] ${size} entries: baseline build…`);
      const dir = path.join(work, `baseline-${size}`);
      baseline = await buildBaseline(contentDir, dir);
      rmSync(dir, { recursive: true, force: true });
    }
    results.push({ size, briefs, ours, baseline });
    rmSync(contentDir, { recursive: true, force: true });
  }
} finally {
  rmSync(path.join(projectRoot, 'node_modules', '.astro'), { recursive: true, force: true });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: load,
};

const s = (ms: number) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const n = (value: number) => value.toLocaleString('en-US');
const weight = (w: Weight) => `${kb(w.bytes)} (${kb(w.gzip)} gzip)`;

const columns = results.flatMap((result) => [`ours ${n(result.size)}`, ...(result.baseline ? [`baseline ${n(result.size)}`] : [])]);
const row = (label: string, ours: (r: Result) => string, baseline?: (b: Build) => string) =>
  `| ${label} | ${results.flatMap((r) => [ours(r), ...(r.baseline ? [baseline ? baseline(r.baseline) : '–'] : [])]).join(' | ')} |`;
const rows = [
  `| | ${columns.join(' | ')} |`,
  `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  row('pages (HTML files)', (r) => n(r.ours.pages), (b) => n(b.pages)),
  row('total build', (r) => s(r.ours.totalMs), (b) => s(b.totalMs)),
  row('Astro', (r) => s(r.ours.astroMs), (b) => s(b.astroMs)),
  row('· content sync and types', (r) => s(r.ours.stages.syncMs), (b) => s(b.stages.syncMs)),
  row('· Vite build (the baseline compiles every MDX entry here)', (r) => s(r.ours.stages.viteMs), (b) => s(b.stages.viteMs)),
  row('· rendering pages', (r) => s(r.ours.stages.renderMs), (b) => s(b.stages.renderMs)),
  row('Pagefind', (r) => s(r.ours.pagefindMs), (b) => s(b.pagefindMs)),
  row('CPU time (user + system)', (r) => s(r.ours.cpuMs), (b) => s(b.cpuMs)),
  row('· Pagefind', (r) => s(r.ours.pagefindCpuMs), (b) => s(b.pagefindCpuMs)),
  row(`shortest possible on ${machine.cpus} cores (CPU time ÷ cores)`, (r) => s(r.ours.cpuMs / machine.cpus), (b) => s(b.cpuMs / machine.cpus)),
  row('pages per second (total)', (r) => (r.ours.pages / (r.ours.totalMs / 1000)).toFixed(0), (b) => (b.pages / (b.totalMs / 1000)).toFixed(0)),
  row('baseline ÷ ours (total time)', (r) => (r.baseline ? `${(r.baseline.totalMs / r.ours.totalMs).toFixed(2)}×` : '–')),
  row('peak memory (process tree)', (r) => gb(r.ours.peakRssBytes), (b) => gb(b.peakRssBytes)),
  row('dist/ size', (r) => `${mb(r.ours.dist.bytes)}, ${n(r.ours.dist.files)} files`, (b) => `${mb(b.dist.bytes)}, ${n(b.dist.files)} files`),
  row('Pagefind index', (r) => `${mb(r.ours.index.bytes)}, ${n(r.ours.index.files)} files`, (b) => `${mb(b.index.bytes)}, ${n(b.index.files)} files`),
  row('article page, HTML+CSS+JS', (r) => weight(r.ours.article.page)),
  row('article page, JS', (r) => weight(r.ours.article.js)),
  ...[SEARCH_QUERY, ...SEARCH_SHARES.map((share) => `a word in about ${share * 100} % of entries`)].map((label, i) =>
    row(`first search: ${label}`, (r) => {
      const search = r.ours.firstSearches[i]!;
      return `«${search.query}» (${(search.share * 100).toFixed(1)} %): ${weight(search.weight)}; ${kb(search.beforeTexts.gzip)} gzip before its ${search.texts} result texts`;
    }),
  ),
];
const smallest = results[0];
const largest = results.at(-1);
const growth =
  smallest && largest && largest !== smallest
    ? `\nOur build time, ${n(largest.size)} ÷ ${n(smallest.size)} entries: ${(largest.ours.totalMs / smallest.ours.totalMs).toFixed(2)}× for ${(largest.size / smallest.size).toFixed(0)}× the entries.\n`
    : '';
const markdown = `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load average at start ${machine.loadAverageAtStart}; seed ${DEFAULT_SEED}, pool ${pool.digest}; ${startedAt.toISOString()}.

${rows.join('\n')}
${growth}`;

console.log(markdown);
const out = path.join(projectRoot, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'latest.md'), markdown);
writeFileSync(path.join(out, 'latest.json'), JSON.stringify({ machine, seed: DEFAULT_SEED, pool: pool.digest, startedAt, results }, null, 2));
console.error(`[bench] wrote ${path.join(out, 'latest.md')} and latest.json`);
