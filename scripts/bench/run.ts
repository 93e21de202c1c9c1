/**
 * `npm run bench [-- --sizes 1000,10000] [--no-baseline] [--no-photos] [--no-incremental]
 * [--edition-compare] [--compare bench-results/latest.json] [--chart-docs] [--keep]`: builds
 * synthetic corpora with the project's real pipeline and, in the same run, with Hugo + Pagefind
 * and a stock Astro baseline; then rebuilds ours on its kept caches after publishing one entry
 * and after editing one. Prints a Markdown table and writes it, its JSON and an SVG chart to
 * bench-results/ (not committed; the figures worth keeping are copied into docs/benchmarks.md).
 * Everything else lives in a temporary folder that is removed at the end unless --keep is given.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, editOneWord, entryId, isBrief, readPool, writeCorpus, writeEntry } from './corpus.ts';
import { writePhotos } from './corpus-photos.ts';
import { searchQueries } from './queries.ts';
import { buildHugo, buildOurs, buildStockAstro, clearBuildCache, hugoVersion, type Build } from './builds.ts';
import { weigh } from './weigh.ts';
import { growthLines, markdownTable, type Result } from './report-table.ts';
import { benchChart } from './chart.ts';
import { projectRoot } from '../harness/site-harness.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    keep: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-photos': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    'edition-compare': { type: 'boolean', default: false },
    compare: { type: 'string' },
    'chart-docs': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes wants whole numbers ≥ 2, got "${values.sizes}"`);
const earlier = values.compare ? (JSON.parse(readFileSync(values.compare, 'utf8')) as { results: Result[]; startedAt: string; photos?: boolean }) : undefined;
const photos = !values['no-photos'];
const hugo = values['no-baseline'] ? undefined : hugoVersion();
if (!values['no-baseline'] && !hugo) console.error('[bench] `hugo` is not installed: no Hugo + Pagefind column (Debian: apt-get install hugo).');

const SEARCH_QUERY = '东南亚';
/** Besides SEARCH_QUERY (in nearly every synthetic entry): words in about 10 % and 1 % of entries. */
const SEARCH_SHARES = [0.1, 0.01];

const work = mkdtempSync(path.join(os.tmpdir(), 'xinlingshou-bench-'));
const pool = readPool(path.join(projectRoot, 'content', 'articles'));
const results: Result[] = [];
const startedAt = new Date();
const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
const log = (message: string) => console.error(`[bench] ${message}`);
try {
  for (const size of sizes) {
    const contentDir = path.join(work, `corpus-${size}`);
    const articles = path.join(contentDir, 'articles');
    const corpus = writeCorpus(articles, size, pool, { photos });
    const { made } = await writePhotos(articles, corpus.photos);
    log(`${size} entries, ${corpus.photos.length} photos (${made} made now, the rest from the photo cache)`);
    const article = [...Array(size).keys()].find((index) => !isBrief(index))!;
    const queries = searchQueries(articles, SEARCH_QUERY, SEARCH_SHARES);
    const oursDist = path.join(work, `ours-${size}`);

    let withoutEdition: Build | undefined;
    if (values['edition-compare']) {
      log(`${size} entries: our build without the Traditional edition…`);
      clearBuildCache();
      const dist = path.join(work, `ours-${size}-simplified-only`);
      withoutEdition = await buildOurs(contentDir, dist, { TRADITIONAL_EDITION: 'off' });
      rmSync(dist, { recursive: true, force: true });
    }

    log(`${size} entries: our build, cold…`);
    clearBuildCache();
    const ours = { ...(await buildOurs(contentDir, oursDist)), ...(await weigh(oursDist, entryId(article), queries)) };
    let publishOne: Build | undefined;
    let editOne: Build | undefined;
    let added: ReturnType<typeof writeEntry> | undefined;
    if (!values['no-incremental']) {
      // On the caches and dist/ the cold build left, as a newsroom's next build would be.
      log(`${size} entries: publish one (a new entry, the newest), rebuild…`);
      added = writeEntry(articles, size, size + 1, pool, { photos, newest: true });
      await writePhotos(articles, added.photos);
      publishOne = await buildOurs(contentDir, oursDist);
      log(`${size} entries: edit one (one word of ${entryId(article)}), rebuild…`);
      editOneWord(articles, article);
      editOne = await buildOurs(contentDir, oursDist);
    }
    rmSync(oursDist, { recursive: true, force: true });
    // The baselines get the corpus as the cold build had it (the edited word aside).
    for (const file of [`${entryId(size)}.mdx`, ...(added?.photos.map((photo) => photo.file) ?? [])]) rmSync(path.join(articles, file), { force: true });

    let hugoBuild: Build | undefined;
    let stockAstro: Build | undefined;
    if (!values['no-baseline']) {
      if (hugo) {
        log(`${size} entries: Hugo + Pagefind…`);
        const dir = path.join(work, `hugo-${size}`);
        hugoBuild = await buildHugo(contentDir, dir);
        rmSync(dir, { recursive: true, force: true });
      }
      log(`${size} entries: stock Astro + Pagefind…`);
      const dir = path.join(work, `stock-astro-${size}`);
      stockAstro = await buildStockAstro(contentDir, dir);
      rmSync(dir, { recursive: true, force: true });
    }
    results.push({ size, briefs: corpus.briefs, photos: corpus.photos.length, ours, publishOne, editOne, withoutEdition, hugo: hugoBuild, stockAstro });
    rmSync(contentDir, { recursive: true, force: true });
  }
} finally {
  clearBuildCache();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  hugo: hugo ?? 'not installed',
  loadAverageAtStart: load,
};

const markdown = `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${hugo ? hugo.split(' ').slice(0, 2).join(' ') : 'no Hugo'}, load average at start ${machine.loadAverageAtStart}; seed ${DEFAULT_SEED}, pool ${pool.digest}; photos ${photos ? 'on' : 'off (--no-photos)'}; ${startedAt.toISOString()}.

${markdownTable(results, machine.cpus, SEARCH_QUERY, SEARCH_SHARES)}
${growthLines(results, earlier && { ...earlier, file: values.compare! }).join('\n')}
${earlier && (earlier.photos ?? false) !== photos ? `\n${values.compare} was run with photos ${earlier.photos ? 'on' : 'off'}, this run with them ${photos ? 'on' : 'off'}: the growth against it is not like for like.\n` : ''}`;

console.log(markdown);
const out = path.join(projectRoot, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'latest.md'), markdown);
writeFileSync(path.join(out, 'latest.json'), JSON.stringify({ machine, seed: DEFAULT_SEED, pool: pool.digest, photos, startedAt, results }, null, 2));
const points = (build: (result: Result) => Build | undefined): [number, number][] =>
  results.flatMap((result) => {
    const chosen = build(result);
    return chosen ? [[result.size, chosen.totalMs] as [number, number]] : [];
  });
const chart = benchChart(`Build time against entries (${machine.cpus} cores, ${startedAt.toISOString().slice(0, 10)})`, [
  { label: 'ours, cold', points: points((r) => r.ours) },
  { label: 'Hugo + Pagefind', points: points((r) => r.hugo) },
  { label: 'stock Astro + Pagefind', points: points((r) => r.stockAstro) },
  { label: 'ours, publish one (warm)', points: points((r) => r.publishOne) },
  { label: 'ours, edit one (warm)', points: points((r) => r.editOne) },
]);
writeFileSync(path.join(out, 'chart.svg'), chart);
const written = [path.join(out, 'latest.md'), 'latest.json', 'chart.svg'];
if (values['chart-docs'] || sizes.includes(10_000)) {
  const docsChart = path.join(projectRoot, 'docs', 'benchmarks-chart.svg');
  if (existsSync(path.dirname(docsChart))) {
    writeFileSync(docsChart, chart);
    written.push(docsChart);
  }
}
log(`wrote ${written.join(', ')}`);
