/**
 * What `npm run build` measured, written as JSON to the file named by BUILD_REPORT (the
 * benchmark, scripts/bench/run.ts, reads it), so no reader has to parse the build's log.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const BUILD_REPORT_ENV = 'BUILD_REPORT';

export interface BuildReport {
  /** Wall-clock time of `astro build`, its process start to exit. */
  astroMs: number;
  /** Wall-clock time of the search index, all bundles: from Astro's first page, beside which it starts, to the last bundle. */
  pagefindMs: number;
  /** CPU seconds (user + system) of the Pagefind runs (the build's children but Astro's process); null where the platform does not say (not Linux). */
  pagefindCpuSeconds: number | null;
  /** Pages in the search index, copied ones included. */
  pagesIndexed: number;
  bundles: number;
  /** Bundles copied from the search index cache rather than indexed. */
  bundlesFromCache: number;
  /** Pages Astro rendered, and those its incremental build skipped as unchanged since the last build. */
  pagesRendered: number;
  pagesSkipped: number;
  /** Of the skipped pages, those already in the output folder (src/site/kept-pages.ts) rather than copied from Astro's cache. */
  pagesKeptInPlace: number;
  /** Entry files the content check checked, and those whose last result it reused; null if the check did not say. */
  entriesChecked: number | null;
  entriesReused: number | null;
  /** Traditional twins (of the pages and the feed) converted, and those reused from the last build; null without that edition. */
  twinsConverted: number | null;
  twinsReused: number | null;
  /** Of the reused twins, those left in the output folder as the last build wrote them, not written again. */
  twinsKeptInPlace: number | null;
}

export function writeBuildReport(file: string, report: BuildReport): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

export function readBuildReport(file: string): BuildReport {
  return JSON.parse(readFileSync(file, 'utf8')) as BuildReport;
}
