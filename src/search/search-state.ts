/** Pure helpers for the search UI: reading the URL, rendering Pagefind excerpts safely, saying what was found. */
import { t } from '../site/strings.ts';
import { fill } from '../site/fill.ts';

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

/** The query string for a state ("?q=…&tag=…"), the inverse of readSearchState. */
export function searchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
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
 * A result link whose ?highlight= terms are the reader's words. Pagefind splits a Han run
 * it does not know (周传福) into single characters, and every 周 on the page would light up.
 */
export function withHighlight(link: string, query: string): string {
  const [path, search = ''] = link.split('?', 2) as [string, string?];
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of query.split(/\s+/).filter(Boolean)) params.append(HIGHLIGHT_PARAM, term);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The status line under a search: how many results, and whether they are all of them (the
 * dialog shows the first few; any search checks at most its first candidates).
 */
export function resultStatus(outcome: { results: unknown[]; complete: boolean }, query: string): string {
  if (!outcome.results.length) return fill(t.search.empty, { q: query });
  return fill(outcome.complete ? t.search.count : t.search.countFirst, { n: outcome.results.length });
}
