/**
 * The one search code path (search page, dialog, quality tests): Traditional queries are
 * converted to Simplified, then Pagefind runs; Han runs Pagefind misses are recovered by
 * single-word lookups checked against the page text (src/search/chinese-query.ts).
 */
import { containsRuns, fallbackTerms, gb2312Han, hasTraditional } from '../chinese-query.ts';
import { hanRuns } from '../../site/han.ts';
import { withHighlight, type SearchState } from '../search-state.ts';
import { searchedQuery } from '../query-limit.ts';
import { hasUnsearchedBundles, loadPagefind, widenSearch, type PagefindResult, type PagefindResultData } from './pagefind-loader.ts';

export interface SearchOutcome {
  /** The query actually searched: its first part if long (search-state.ts searchedQuery), in Simplified. */
  query: string;
  results: PagefindResultData[];
  /** False when there may be more: Pagefind matched more pages than were checked, or more passed than shown. */
  complete: boolean;
}

/** Results the search page shows at first, and adds each time the reader asks for more. */
export const RESULTS_PER_PAGE = 30;

let simplified: Set<string> | undefined;
let converter: Promise<(text: string) => string> | undefined;

function toSimplified(text: string): Promise<string> {
  // The dictionaries are a large download of their own (docs/search.md): only a query that needs them loads them.
  converter ??= import('./traditional-to-simplified.ts').then((module) => module.twToCn);
  return converter.then((convert) => convert(text));
}

interface Candidates {
  results: PagefindResult[];
  /** Pagefind matched more pages than the check considers. */
  more: boolean;
}

/**
 * Candidates from the bundles searched so far (the newest, and older ones once widened): the
 * best word matches, at least a page of results' worth and as many as the results asked for.
 */
async function lookup(query: string, state: SearchState, limit: number): Promise<Candidates> {
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([key, value]) => [key, [value]]));
  const search = await pagefind.search(query, { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
  const considered = Math.max(RESULTS_PER_PAGE, limit);
  return { results: search.results.slice(0, considered), more: search.results.length > considered };
}

type Found = Pick<SearchOutcome, 'results' | 'complete'>;

/** A candidate whose text was loaded for the exact-run check. */
interface Checked {
  score: number;
  data: PagefindResultData;
}

const bestFirst = (a: Checked, b: Checked) => b.score - a.score;
const newestFirst = (a: Checked, b: Checked) => (b.data.meta.date ?? '').localeCompare(a.data.meta.date ?? '');

/**
 * Runs a search. `limit` caps the results: each result costs a fragment download (its text),
 * so the dialog asks for a few and the search page for a page at a time.
 */
export async function runSearch(state: SearchState, { limit = RESULTS_PER_PAGE } = {}): Promise<SearchOutcome> {
  simplified ??= gb2312Han();
  const asked = searchedQuery(state.query);
  let query = hasTraditional(asked, simplified) ? await toSimplified(asked) : asked;
  let found = await searchExact(query, state, limit);
  if (!found.results.length && hanRuns(query).length) {
    // Regional words written with Simplified-repertoire characters (矽谷 for 硅谷).
    const converted = await toSimplified(query);
    if (converted !== query) [query, found] = [converted, await searchExact(converted, state, limit)];
  }
  const results = found.results.map((data) => ({ ...data, url: withHighlight(data.url, query) }));
  return { query, results, complete: found.complete };
}

/**
 * The first `limit` candidates that hold the query's exact Han runs (Pagefind matches words,
 * not strings). Texts are loaded `limit` at a time, so a short list costs few downloads; older
 * bundles of the index are searched only while the newer ones give fewer than `limit`.
 */
async function exactAmong(query: string, state: SearchState, limit: number, term = query): Promise<Found> {
  const exact = ({ data }: Checked) => !hanRuns(query).length || containsRuns(data.content, query);
  const passed: Checked[] = [];
  const checked = new Set<string>();
  // Results found before a bundle was merged may rank below those found after, so all are ordered
  // again. Pagefind's score ranks across bundles only by relevance; sorted, it is a bundle's own rank.
  const order = state.sort === 'date' ? newestFirst : bestFirst;
  const found = (complete: boolean): Found => ({ results: passed.sort(order).slice(0, limit).map(({ data }) => data), complete });
  for (;;) {
    const candidates = await lookup(term, state, limit);
    const unchecked = candidates.results.filter((result) => !checked.has(result.id));
    let next = 0;
    while (next < unchecked.length && passed.length < limit) {
      const batch = unchecked.slice(next, next + limit);
      next += batch.length;
      for (const result of batch) checked.add(result.id);
      passed.push(...(await Promise.all(batch.map(async ({ score, data }) => ({ score, data: await data() })))).filter(exact));
    }
    const exhausted = next === unchecked.length && !candidates.more;
    if (passed.length > limit || !exhausted) return found(false);
    if (passed.length === limit || !(await widenSearch())) return found(!(await hasUnsearchedBundles()));
  }
}

async function searchExact(query: string, state: SearchState, limit: number): Promise<Found> {
  const found = await exactAmong(query, state, limit);
  return found.results.length || !hanRuns(query).length ? found : recover(query, state, limit);
}

/** Pages holding every Han run of the query, found through single words of those runs. */
async function recover(query: string, state: SearchState, limit: number): Promise<Found> {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const run of hanRuns(query)) {
    for (const term of fallbackTerms(run, segmenter)) {
      const found = await exactAmong(query, state, limit, term);
      if (found.results.length) return found;
    }
  }
  return { results: [], complete: true };
}
