/**
 * The search index is written in bundles of at most `size` entries. Pagefind's time and
 * memory grow faster than the pages it indexes in one run (docs/benchmarks.md), and a first
 * search needs only the newest entries' index:
 * older bundles join the search when newer ones do not give enough results
 * (src/search/client/search-engine.ts). Oldest entries fill bundles first, so a new entry changes
 * only the newest bundle and older ones keep their files.
 */
import { paths } from '../site/urls.ts';

export interface SearchBundle {
  /** Where its index goes, from the site root: paths.pagefind() for the newest. */
  path: string;
  /** Its pages, as files under the built site. */
  pages: string[];
}

/** Entries per bundle unless SEARCH_BUNDLE_SIZE says otherwise; the memory one Pagefind run of that many needs is in docs/search.md. */
export const DEFAULT_BUNDLE_SIZE = 500;

/** SEARCH_BUNDLE_SIZE as a count, or an error that says what was expected. */
export function bundleSize(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_BUNDLE_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`SEARCH_BUNDLE_SIZE must be a whole number of entries, at least 1 (got "${value}").`);
  }
  return size;
}

/** The bundles for entries given newest first, newest bundle first. */
export function searchBundles(idsNewestFirst: readonly string[], size: number): SearchBundle[] {
  const oldestFirst = [...idsNewestFirst].reverse();
  const groups: string[][] = [];
  for (let start = 0; start < oldestFirst.length; start += size) groups.push(oldestFirst.slice(start, start + size));
  return groups
    .map((ids, index) => ({
      path: index === groups.length - 1 ? paths.pagefind() : paths.olderSearchBundle(index + 1),
      pages: ids.reverse().map((id) => `${paths.article(id)}index.html`),
    }))
    .reverse();
}
