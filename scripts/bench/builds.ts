/**
 * The builds the bench times: ours (`npm run build`'s command), cold or on a kept cache, the
 * stock Astro baseline and Hugo, each followed by its Pagefind step, all measured the same
 * way (scripts/bench/measure.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeBaseline } from './baseline.ts';
import { writeHugoSite } from './hugo-baseline.ts';
import { folderSize, runMeasured, type Measured } from './measure.ts';
import { astroBin, buildCommand, projectRoot, SITE_URL } from '../harness/site-harness.ts';
import { BUILD_REPORT_ENV, readBuildReport } from '../build-report.ts';
import { defaultCacheDir } from '../../src/content/check-handover.ts';

const pagefindBin = path.join(projectRoot, 'node_modules', '.bin', 'pagefind');
/** The build's one cache folder for builds with --root at the project: keeping or removing it keeps or removes everything a rebuild can reuse. */
export const ASTRO_CACHE_DIR = defaultCacheDir(projectRoot);

export interface Stages {
  syncMs: number;
  viteMs: number;
  renderMs: number;
  /** Astro's "generating optimized images" step. */
  imagesMs: number;
}

export interface Build {
  /** Astro's own stage timings from its log (NaN for Hugo). */
  stages: Stages;
  /** Image variants Astro wrote, made anew or copied from its cache (from its log). */
  imageVariants: { made: number; reused: number };
  totalMs: number;
  /** The site generator (Astro or Hugo), start to exit. */
  generatorMs: number;
  pagefindMs: number;
  /** CPU time (user + system) of the whole build, and of its Pagefind step. */
  cpuMs: number;
  pagefindCpuMs: number;
  peakRssBytes: number;
  pages: number;
  dist: { bytes: number; files: number };
  index: { bytes: number; files: number };
  /** Our build only: the counts in its BUILD_REPORT (pages indexed, bundles, bundles reused…), whatever fields it has. */
  counts?: Record<string, number>;
}

/** "36.83s", "126ms", "1m 5s" as printed by Astro and Vite. */
function duration(text: string | undefined): number {
  const match = /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(text ?? '');
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 'ms' ? 1 : 1000);
}

export function stages(output: string): Stages {
  const time = '((?:\\d+m )?[\\d.]+m?s)';
  return {
    syncMs: duration(new RegExp(`\\[types\\] Generated ${time}`).exec(output)?.[1]),
    viteMs: duration(new RegExp(`\\[vite\\] ✓ built in ${time}`).exec(output)?.[1]),
    renderMs: duration(new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${time}`).exec(output)?.[1]),
    imagesMs: duration(new RegExp(`generating optimized images[\\s\\S]*?✓ Completed in ${time}`).exec(output)?.[1]),
  };
}

/** Astro logs one line per image variant: "(before: …)" when made, "(reused cache entry)" when copied. */
export function imageVariants(output: string): Build['imageVariants'] {
  return { made: output.match(/\(before: [\d.]+kB/g)?.length ?? 0, reused: output.match(/\((?:reused|revalidated) cache entry\)/g)?.length ?? 0 };
}

/** The report's counts: every number that is not a time. */
export function reportCounts(report: object): Record<string, number> {
  return Object.fromEntries(Object.entries(report).filter(([key, value]) => typeof value === 'number' && !/(?:Ms|Seconds)$/.test(key)));
}

function check(step: string, run: Measured): Measured {
  if (run.code !== 0) throw new Error(`${step} failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
  return run;
}

function stats(dist: string): Pick<Build, 'pages' | 'dist' | 'index'> {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  return { pages, dist: folderSize(dist), index: folderSize(path.join(dist, 'pagefind')) };
}

/** Forget everything a build could reuse: the next build of ours is cold, as in CI. */
export function clearBuildCache(): void {
  rmSync(ASTRO_CACHE_DIR, { recursive: true, force: true });
}

/**
 * Our build of the entries in `contentDir` into `dist`. It always keeps its caches in
 * ASTRO_CACHE_DIR; call clearBuildCache() first for a cold build. `env` adds to its
 * environment (e.g. TRADITIONAL_EDITION).
 */
export async function buildOurs(contentDir: string, dist: string, env: Record<string, string> = {}): Promise<Build> {
  const reportFile = `${dist}.build-report.json`;
  const run = check(
    'our build',
    await runMeasured(buildCommand[0]!, [...buildCommand.slice(1), '--root', projectRoot, '--outDir', dist], {
      cwd: projectRoot,
      env: { CONTENT_DIR: contentDir, SITE_URL, [BUILD_REPORT_ENV]: reportFile, ...env },
    }),
  );
  const report = readBuildReport(reportFile);
  rmSync(reportFile);
  return {
    stages: stages(run.output),
    imageVariants: imageVariants(run.output),
    totalMs: run.ms,
    generatorMs: report.astroMs,
    pagefindMs: report.pagefindMs,
    cpuMs: run.cpuMs,
    pagefindCpuMs: (report.pagefindCpuSeconds ?? Number.NaN) * 1000,
    peakRssBytes: run.peakRssBytes,
    counts: reportCounts(report),
    ...stats(dist),
  };
}

/** A generator's run, then `pagefind --site <site>` over what it wrote, as one build. */
async function withPagefind(generator: Measured, dir: string, site: string): Promise<Build> {
  const pagefind = check(`pagefind over ${site}`, await runMeasured(pagefindBin, ['--site', site], { cwd: dir }));
  return {
    stages: stages(generator.output),
    imageVariants: imageVariants(generator.output),
    totalMs: generator.ms + pagefind.ms,
    generatorMs: generator.ms,
    pagefindMs: pagefind.ms,
    cpuMs: generator.cpuMs + pagefind.cpuMs,
    pagefindCpuMs: pagefind.cpuMs,
    peakRssBytes: Math.max(generator.peakRssBytes, pagefind.peakRssBytes),
    ...stats(path.join(dir, site)),
  };
}

/** The stock Astro baseline (scripts/bench/baseline.ts), built in `dir`. */
export async function buildStockAstro(contentDir: string, dir: string): Promise<Build> {
  writeBaseline(dir, contentDir, projectRoot);
  const astro = check('stock Astro build', await runMeasured(astroBin, ['build', '--root', dir], { cwd: dir }));
  return withPagefind(astro, dir, 'dist');
}

/** Hugo's version line, or undefined when `hugo` is not installed. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Hugo over the same entries (scripts/bench/hugo-baseline.ts), built in `dir`. */
export async function buildHugo(contentDir: string, dir: string): Promise<Build> {
  writeHugoSite(dir, contentDir);
  const hugo = check('Hugo build', await runMeasured('hugo', ['--source', dir], { cwd: dir }));
  return withPagefind(hugo, dir, 'public');
}
