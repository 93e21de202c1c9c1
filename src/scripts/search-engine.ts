/**
 * The one search code path (search page, dialog, quality tests): Traditional queries are
 * converted to Simplified, then Pagefind runs; Han runs Pagefind misses are recovered by
 * single-word lookups checked against the page text (src/lib/chinese-query.ts).
 */
import { containsRuns, fallbackTerms, gb2312Han, hanRuns, hasTraditional } from '../lib/chinese-query.ts';
import { countFilters, withHighlight, type SearchState } from '../lib/search.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';

export interface SearchOutcome {
  /** The query actually searched (Simplified). */
  query: string;
  results: PagefindResultData[];
  /** Counts per filter value among these results. */
  filters: Record<string, Record<string, number>>;
  /** False when there may be more: Pagefind matched more pages than were checked, or more passed than shown. */
  complete: boolean;
}

/** Word matches the exact-text check considers per search: enough for a page of results. */
const CANDIDATES = 30;

let simplified: Set<string> | undefined;
let converter: Promise<(text: string) => string> | undefined;

function toSimplified(text: string): Promise<string> {
  // Dictionaries (~80 kB) arrive only for a query that needs them.
  converter ??= import('./search-opencc.ts').then((module) => module.twToCn);
  return converter.then((convert) => convert(text));
}

interface Candidates {
  results: PagefindResult[];
  /** Pagefind matched more pages than the check considers. */
  more: boolean;
}

async function lookup(query: string, state: SearchState): Promise<Candidates> {
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([key, value]) => [key, [value]]));
  const search = await pagefind.search(query, { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
  return { results: search.results.slice(0, CANDIDATES), more: search.results.length > CANDIDATES };
}

type Found = Pick<SearchOutcome, 'results' | 'complete'>;

/**
 * Runs a search. `limit` caps the results: each result costs a fragment download (its text,
 * ~7 kB), so the dialog asks for a few and the search page for every candidate.
 */
export async function runSearch(state: SearchState, { limit = CANDIDATES } = {}): Promise<SearchOutcome> {
  simplified ??= gb2312Han();
  let query = hasTraditional(state.query, simplified) ? await toSimplified(state.query) : state.query;
  let found = await searchExact(query, state, limit);
  if (!found.results.length && hanRuns(query).length) {
    // Regional words written with Simplified-repertoire characters (矽谷 for 硅谷).
    const converted = await toSimplified(query);
    if (converted !== query) [query, found] = [converted, await searchExact(converted, state, limit)];
  }
  const results = found.results.map((data) => ({ ...data, url: withHighlight(data.url, query) }));
  if (state.sort === 'date') results.sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? ''));
  return { query, results, filters: countFilters(results), complete: found.complete };
}

/**
 * The first `limit` candidates that hold the query's exact Han runs (Pagefind matches words,
 * not strings). Texts are loaded `limit` at a time, so a short list costs few downloads.
 */
async function exactAmong(candidates: Candidates, query: string, limit: number): Promise<Found> {
  const exact = (data: PagefindResultData) => !hanRuns(query).length || containsRuns(data.content, query);
  const results: PagefindResultData[] = [];
  let checked = 0;
  while (checked < candidates.results.length && results.length < limit) {
    const batch = await Promise.all(candidates.results.slice(checked, checked + limit).map((result) => result.data()));
    checked += batch.length;
    results.push(...batch.filter(exact));
  }
  const complete = !candidates.more && checked === candidates.results.length && results.length <= limit;
  return { results: results.slice(0, limit), complete };
}

async function searchExact(query: string, state: SearchState, limit: number): Promise<Found> {
  const found = await exactAmong(await lookup(query, state), query, limit);
  return found.results.length || !hanRuns(query).length ? found : recover(query, state, limit);
}

/** Pages holding every Han run of the query, found through single words of those runs. */
async function recover(query: string, state: SearchState, limit: number): Promise<Found> {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const run of hanRuns(query)) {
    for (const term of fallbackTerms(run, segmenter)) {
      const found = await exactAmong(await lookup(term, state), query, limit);
      if (found.results.length) return found;
    }
  }
  return { results: [], complete: true };
}
