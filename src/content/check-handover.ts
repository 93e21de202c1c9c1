/**
 * What the content check of a build hands to the rest of it, in one folder: each article's
 * rendered body, for its page (src/body/body-handover.ts), the entries in the order the search
 * index bundles them (which are also the entries the build publishes), and what the check
 * found in each entry file, for the next build to reuse. The folder is in Astro's cacheDir, so
 * it is kept with the build's other caches and its path is the same from build to build: the
 * path is in the pages' code (a Vite define), and a path that changed would change the hash of
 * every page's code, so Astro's incremental build would skip none.
 * `npm run build` (scripts/build.ts) names it in BUILD_HANDOVER_DIR and reads the order once
 * Astro has exited; a bare `astro build` finds it from its cacheDir. The build's other caches
 * of its own (the Traditional twins, the search index) are in it too, so removing it (as
 * `npm run build -- --force` does) makes a cold build of everything but Astro's own caches.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HANDOVER_ENV = 'BUILD_HANDOVER_DIR';

/** Astro's cacheDir when the config leaves it as it is: the one folder of every build cache (docs/deploy.md). */
export function defaultCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.astro');
}

/** The handover folder inside the cache folder `cacheDir`. */
export function handoverIn(cacheDir: string): string {
  return path.join(cacheDir, 'news-build');
}

/** The folder of this build: the one named by its caller, or the one in `cacheDir`. */
export function buildHandover(cacheDir: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env[HANDOVER_ENV] || handoverIn(cacheDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Where the articles' rendered bodies are. */
export function bodiesFolder(handover: string): string {
  return path.join(handover, 'bodies');
}

const SEARCH_ORDER = 'search-order.json';

/**
 * Writes a file of the handover folder whole or not at all (a new file renamed over the old), so
 * a reader never sees half of it, even that of another build of the same project at that moment.
 */
export function replaceFile(file: string, data: string | Uint8Array): void {
  const next = `${file}.${process.pid}.next`;
  writeFileSync(next, data);
  renameSync(next, file);
}

/** The ids of the entries to index, newest first. */
export function writeSearchOrder(handover: string, idsNewestFirst: readonly string[]): void {
  replaceFile(path.join(handover, SEARCH_ORDER), JSON.stringify(idsNewestFirst));
}

export function readSearchOrder(handover: string): string[] {
  return JSON.parse(readFileSync(path.join(handover, SEARCH_ORDER), 'utf8')) as string[];
}

/** What a step of the build did (entries checked, twins converted…), for BUILD_REPORT (scripts/build-report.ts). */
export type StepCounts = Record<string, number>;

const countsFile = (handover: string, step: string) => path.join(handover, `counts-${step}.json`);

export function writeStepCounts(handover: string, step: string, counts: StepCounts): void {
  writeFileSync(countsFile(handover, step), JSON.stringify(counts));
}

/** The CPU time of this process so far, its threads included, as the step "astro" (scripts/build.ts reads it once Astro has exited). */
export function reportProcessCpu(handover: string): void {
  const { user, system } = process.cpuUsage();
  writeStepCounts(handover, 'astro', { cpuSeconds: (user + system) / 1e6 });
}

/** The counts of `step`, then forgotten, so the next build never reports this one's. */
export function takeStepCounts(handover: string, step: string): StepCounts | undefined {
  try {
    return JSON.parse(readFileSync(countsFile(handover, step), 'utf8')) as StepCounts;
  } catch {
    return undefined;
  } finally {
    rmSync(countsFile(handover, step), { force: true });
  }
}
