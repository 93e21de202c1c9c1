/**
 * The one search code path (search page, dialog, quality tests): Traditional queries are
 * converted to Simplified, then Pagefind runs; Han runs Pagefind misses are recovered by
 * single-word lookups checked against the page text (src/lib/chinese-query.ts).
 */
import { containsRuns, fallbackTerms, gb2312Han, hanRuns, hasTraditional } from '../lib/chinese-query.ts';
import { countFilters, withHighlight, type SearchState } from '../lib/search.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

export interface SearchOutcome {
  /** The query actually searched (Simplified). */
  query: string;
  results: PagefindResultData[];
  /** Counts per filter value among these results. */
  filters: Record<string, Record<string, number>>;
}

/** Results loaded per search: enough for a page of results, few fragment downloads. */
const LIMIT = 30;

let simplified: Set<string> | undefined;
let converter: Promise<(text: string) => string> | undefined;

function toSimplified(text: string): Promise<string> {
  // Dictionaries (~80 kB) arrive only for a query that needs them.
  converter ??= import('./search-opencc.ts').then((module) => module.twToCn);
  return converter.then((convert) => convert(text));
}

async function lookup(query: string, state: SearchState) {
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([key, value]) => [key, [value]]));
  return pagefind.search(query, { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
}

export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  simplified ??= gb2312Han();
  let query = hasTraditional(state.query, simplified) ? await toSimplified(state.query) : state.query;
  let outcome = await searchExact(query, state);
  if (!outcome.length && hanRuns(query).length) {
    // Regional words written with Simplified-repertoire characters (矽谷 for 硅谷).
    const converted = await toSimplified(query);
    if (converted !== query) [query, outcome] = [converted, await searchExact(converted, state)];
  }
  const results = outcome.map((data) => ({ ...data, url: withHighlight(data.url, query) }));
  if (state.sort === 'date') results.sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? ''));
  return { query, results, filters: countFilters(results) };
}

/** Pagefind matches words, not strings: keep only pages that hold the query's exact Han runs. */
async function searchExact(query: string, state: SearchState): Promise<PagefindResultData[]> {
  const search = await lookup(query, state);
  const results = await Promise.all(search.results.slice(0, LIMIT).map((result) => result.data()));
  if (!hanRuns(query).length) return results;
  const exact = results.filter((data) => containsRuns(data.content, query));
  return exact.length ? exact : recover(query, state);
}

/** Pages holding every Han run of the query, found through single words of those runs. */
async function recover(query: string, state: SearchState): Promise<PagefindResultData[]> {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const run of hanRuns(query)) {
    for (const term of fallbackTerms(run, segmenter)) {
      const search = await lookup(term, state);
      const candidates = await Promise.all(search.results.slice(0, LIMIT).map((result) => result.data()));
      const found = candidates.filter((data) => containsRuns(data.content, query));
      if (found.length) return found;
    }
  }
  return [];
}
