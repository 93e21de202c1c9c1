/**
 * The bench's Markdown: one table with, per size, our build beside Hugo + Pagefind and the
 * stock Astro baseline (each with its ratio to ours), then our rows alone (rebuilds, photos,
 * the Traditional edition, page and first-search bytes), and the growth lines.
 */
import type { Build } from './builds.ts';
import type { Weights } from './weigh.ts';

export interface Result {
  size: number;
  briefs: number;
  photos: number;
  ours: Build & Weights;
  /** Rebuilds on the cold build's caches: one new entry; then one word changed in an old one. */
  publishOne?: Build;
  editOne?: Build;
  /** Our cold build with TRADITIONAL_EDITION=off (--edition-compare). */
  withoutEdition?: Build;
  hugo?: Build;
  stockAstro?: Build;
}

const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const n = (value: number) => value.toLocaleString('en-US');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const weight = (w: { bytes: number; gzip: number }) => `${kb(w.bytes)} (${kb(w.gzip)} gzip)`;
const counts = (build: Build | undefined) =>
  build?.counts && Object.keys(build.counts).length ? Object.entries(build.counts).map(([key, value]) => `${key} ${n(value)}`).join(', ') : '–';
const variants = (build: Build) => (build.imageVariants.made + build.imageVariants.reused ? `${n(build.imageVariants.made)} made, ${n(build.imageVariants.reused)} reused` : '–');
const perPhoto = (build: Build | undefined, photos: number) => (build && photos && Number.isFinite(build.stages.imagesMs) ? `${(build.stages.imagesMs / photos / 1000).toFixed(2)} s` : '–');

type Column = { label: string; build: (result: Result) => Build | undefined; ours: boolean };

export function markdownTable(results: Result[], cpus: number, searchQuery: string, searchShares: number[]): string {
  const columns: Column[] = [
    { label: 'ours', build: (r) => r.ours, ours: true },
    ...(results.some((r) => r.hugo) ? [{ label: 'Hugo + Pagefind', build: (r: Result) => r.hugo, ours: false }] : []),
    ...(results.some((r) => r.stockAstro) ? [{ label: 'stock Astro', build: (r: Result) => r.stockAstro, ours: false }] : []),
  ];
  const cells = results.flatMap((result) => columns.map((column) => ({ result, column })));
  /** A row over every column: `all` for each build (ours too), or `ours` for our column and `others` for the baselines. */
  const row = (label: string, cell: { all?: (b: Build, r: Result) => string; ours?: (r: Result) => string; others?: (b: Build, r: Result) => string }) =>
    `| ${label} | ${cells
      .map(({ result, column }) => {
        const build = column.build(result);
        if (!build) return '–';
        const chosen = column.ours ? (cell.ours ? () => cell.ours!(result) : cell.all) : (cell.others ?? cell.all);
        return chosen ? chosen(build, result) : '–';
      })
      .join(' | ')} |`;
  const ours = (f: (r: Result) => string) => ({ ours: f });
  const rebuild = (name: string, pick: (r: Result) => Build | undefined) => [
    row(`${name}: total (warm rebuild)`, ours((r) => s(pick(r)?.totalMs ?? Number.NaN))),
    row(`· its CPU time`, ours((r) => s(pick(r)?.cpuMs ?? Number.NaN))),
    row(`· Astro, Pagefind`, ours((r) => (pick(r) ? `${s(pick(r)!.generatorMs)}, ${s(pick(r)!.pagefindMs)}` : '–'))),
    row(`· ÷ the cold build (total)`, ours((r) => times((pick(r)?.totalMs ?? Number.NaN) / r.ours.totalMs))),
    row(`· counts from its BUILD_REPORT`, ours((r) => counts(pick(r)))),
    row(`· image variants`, ours((r) => (pick(r) ? variants(pick(r)!) : '–'))),
    row(`· optimized images per photo (images cached)`, ours((r) => perPhoto(pick(r), r.photos))),
  ];
  const rows = [
    `| | ${cells.map(({ result, column }) => `${column.label} ${n(result.size)}`).join(' | ')} |`,
    `| --- | ${cells.map(() => '---:').join(' | ')} |`,
    row('pages (HTML files)', { all: (b) => n(b.pages) }),
    row('total build', { all: (b) => s(b.totalMs) }),
    row('÷ ours (total time)', { ours: () => '–', others: (b, r) => times(b.totalMs / r.ours.totalMs) }),
    row('site generator (Astro; Hugo)', { all: (b) => s(b.generatorMs) }),
    row('· content sync and types', { all: (b) => s(b.stages.syncMs) }),
    row('· Vite build (stock Astro compiles every MDX entry here)', { all: (b) => s(b.stages.viteMs) }),
    row('· rendering pages', { all: (b) => s(b.stages.renderMs) }),
    row('· optimized images', { all: (b) => s(b.stages.imagesMs) }),
    row('Pagefind', { all: (b) => s(b.pagefindMs) }),
    row('CPU time (user + system)', { all: (b) => s(b.cpuMs) }),
    row('· Pagefind', { all: (b) => s(b.pagefindCpuMs) }),
    row('÷ ours (CPU time)', { ours: () => '–', others: (b, r) => times(b.cpuMs / r.ours.cpuMs) }),
    row(`shortest possible on ${cpus} cores (CPU time ÷ cores)`, { all: (b) => s(b.cpuMs / cpus) }),
    row('pages per second (total)', { all: (b) => (b.pages / (b.totalMs / 1000)).toFixed(0) }),
    row('peak memory (process tree)', { all: (b) => gb(b.peakRssBytes) }),
    row('dist/ size', { all: (b) => `${mb(b.dist.bytes)}, ${n(b.dist.files)} files` }),
    row('Pagefind index', { all: (b) => `${mb(b.index.bytes)}, ${n(b.index.files)} files` }),
    row('photos (2,400×1,600 JPEG)', { all: (_, r) => n(r.photos) }),
    row('· image variants (Astro)', { all: (b) => variants(b) }),
    row('· optimized images per photo, cold', ours((r) => perPhoto(r.ours, r.photos))),
    row('counts from BUILD_REPORT', ours((r) => counts(r.ours))),
    ...rebuild('publish one', (r) => r.publishOne),
    ...rebuild('edit one', (r) => r.editOne),
    row('without the Traditional edition (TRADITIONAL_EDITION=off): total', ours((r) => s(r.withoutEdition?.totalMs ?? Number.NaN))),
    row('· pages, CPU time', ours((r) => (r.withoutEdition ? `${n(r.withoutEdition.pages)}, ${s(r.withoutEdition.cpuMs)}` : '–'))),
    row('· with ÷ without (total time; target ≤ 1.5×)', ours((r) => times(r.ours.totalMs / (r.withoutEdition?.totalMs ?? Number.NaN)))),
    row('· with ÷ without (CPU time)', ours((r) => times(r.ours.cpuMs / (r.withoutEdition?.cpuMs ?? Number.NaN)))),
    row('article page, HTML+CSS+JS', ours((r) => weight(r.ours.article.page))),
    row('article page, JS', ours((r) => weight(r.ours.article.js))),
    ...[searchQuery, ...searchShares.map((share) => `a word in about ${share * 100} % of entries`)].map((label, i) =>
      row(
        `first search: ${label}`,
        ours((r) => {
          const search = r.ours.firstSearches[i]!;
          return `«${search.query}» (${(search.share * 100).toFixed(1)} %): ${weight(search.weight)}; ${kb(search.beforeTexts.gzip)} gzip before its ${search.texts} result texts`;
        }),
      ),
    ),
  ];
  // Rows nobody filled (a run without rebuilds, say) are left out.
  return rows.filter((line, index) => index < 2 || !/^\| [^|]+ \|(?: – \|)+$/.test(line)).join('\n');
}

/** How our cold build grows: between the sizes of this run, and against an earlier run's results if given. */
export function growthLines(results: Result[], earlier?: { results: Result[]; startedAt: string; file: string }): string[] {
  const line = (small: Result, large: Result, from?: string) => {
    const entries = large.size / small.size;
    return `Our cold build, ${n(large.size)} ÷ ${n(small.size)} entries${from ? ` (${n(small.size)} from ${from})` : ''}: ${times(large.ours.totalMs / small.ours.totalMs)} the time, ${times(large.ours.cpuMs / small.ours.cpuMs)} the CPU time, ${times(large.ours.peakRssBytes / small.ours.peakRssBytes)} the peak memory, for ${times(entries)} the entries (linear: time at most ${times(entries * 1.1)}).`;
  };
  const sorted = [...results].sort((a, b) => a.size - b.size);
  const lines = sorted.slice(1).map((large, index) => line(sorted[index]!, large));
  if (earlier) {
    const here = new Set(results.map((result) => result.size));
    for (const large of sorted) {
      for (const small of earlier.results.filter((result) => result.size < large.size && !here.has(result.size))) {
        lines.push(line(small, large, `${earlier.file}, ${earlier.startedAt}`));
      }
    }
  }
  return lines.length ? ['', ...lines] : [];
}
