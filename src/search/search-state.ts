/** Pure helpers for the search UI: reading the URL, rendering Pagefind excerpts safely, saying what was found. */
import { t } from '../site/strings.ts';
import { fill } from '../site/fill.ts';
import { MAX_QUERY_CHARS, searchedQuery } from './query-limit.ts';

/** The query in a search page URL (`?q=`), trimmed; empty when absent. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Pagefind excerpts are escaped text with <mark> around matches. We turn them into plain
 * segments so the page inserts them with textContent: no markup from the index is ever
 * parsed as HTML, whatever it contains.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      // Any other tag-like text is dropped rather than trusted.
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, marked });
    }
  }
  return segments;
}

/** Filters the search page keeps in its URL, as Pagefind filter names. */
export const FILTER_KEYS = ['source', 'tag', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/** Query, filters and sort from a search page URL (?q=&source=&tag=&year=&sort=date). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: readQuery(search), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state ("?q=…&tag=…"), the inverse of readSearchState; it holds only the searched part of the query. */
export function searchParams(state: SearchState): string {
  const params = new URLSearchParams();
  const query = searchedQuery(state.query);
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** URL parameter Pagefind adds to result links with the matched terms, read on arrival. */
export const HIGHLIGHT_PARAM = 'highlight';

/** How many of these results carry each filter value: counts that match the list shown. */
export function countFilters(results: { filters: Record<string, string[]> }[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const { filters } of results) {
    for (const [key, values] of Object.entries(filters)) {
      const bucket = (counts[key] ??= {});
      for (const value of values) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The most a result link's ?highlight= terms take, encoded. The highlighter marks each term
 * where it stands whole in one run of text, so a long pasted passage would not be marked
 * anyway, and its words would only lengthen every result link.
 */
export const MAX_HIGHLIGHT_BYTES = 512;

const highlightBytes = (term: string) => new URLSearchParams({ [HIGHLIGHT_PARAM]: term }).toString().length;

/**
 * The reader's words to mark on the result's page, in order, as many as fit in
 * MAX_HIGHLIGHT_BYTES (with the "&" between them); a first word longer than that is cut to the
 * part that fits.
 */
export function highlightTerms(query: string): string[] {
  const terms: string[] = [];
  let bytes = 0;
  for (const term of new Set(query.split(/\s+/).filter(Boolean))) {
    const cost = highlightBytes(term) + (terms.length ? 1 : 0);
    if (bytes + cost > MAX_HIGHLIGHT_BYTES) {
      if (!terms.length) terms.push(longestPrefix(term, (prefix) => highlightBytes(prefix) <= MAX_HIGHLIGHT_BYTES));
      break;
    }
    terms.push(term);
    bytes += cost;
  }
  return terms;
}

/** The longest start of `text`, whole characters, for which `fits` holds. */
function longestPrefix(text: string, fits: (prefix: string) => boolean): string {
  let prefix = '';
  for (const char of text) {
    if (!fits(prefix + char)) break;
    prefix += char;
  }
  return prefix;
}

/**
 * A result link whose ?highlight= terms are the reader's words. Pagefind splits a Han run
 * it does not know (周传福) into single characters, and every 周 on the page would light up.
 */
export function withHighlight(link: string, query: string): string {
  const [path, search = ''] = link.split('?', 2) as [string, string?];
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of highlightTerms(query)) params.append(HIGHLIGHT_PARAM, term);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The status line under a search: how many results, and whether they are all of them (the
 * dialog shows the first few; any search checks at most its first candidates); for none,
 * whether the filters are why; and whether only the first part of the reader's query was searched.
 */
export function resultStatus(outcome: { results: unknown[]; complete: boolean }, query: string, { filtered = false } = {}): string {
  const searched = searchedQuery(query);
  const status = outcome.results.length
    ? fill(outcome.complete ? t.search.count : t.search.countFirst, { n: outcome.results.length })
    : fill(filtered ? t.search.emptyFiltered : t.search.empty, { q: searched });
  return searched === query.trim() ? status : fill(t.search.queryCut, { status, n: MAX_QUERY_CHARS });
}
