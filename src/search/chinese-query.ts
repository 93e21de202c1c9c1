/**
 * Pure helpers that make Chinese queries work on top of Pagefind: deciding when a query
 * needs Traditional→Simplified conversion, and the fallback lookups that recover words
 * Pagefind's query-time segmentation (Intl.Segmenter) splits differently from its
 * index-time segmentation (ICU4X). See docs/search.md.
 */
import { hanRuns, hasHan } from '../site/han.ts';

/**
 * Han characters of GB 2312, the Simplified repertoire, decoded from its byte table by the
 * platform's own GBK decoder, so no character list is shipped.
 */
export function gb2312Han(decoder: TextDecoder = new TextDecoder('gbk')): Set<string> {
  const set = new Set<string>();
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) set.add(decoder.decode(new Uint8Array([high, low])));
  }
  return set;
}

/** True when the query has a Han character outside the Simplified repertoire (e.g. 東, 訊). */
export function hasTraditional(query: string, simplified: Set<string>): boolean {
  return [...query].some((char) => hasHan(char) && !simplified.has(char));
}

/** Text compared without spaces or case, as readers copy it (Pagefind content adds spaces). */
export function normalizeForMatch(text: string): string {
  return text.replace(/\s+/g, '').toLocaleLowerCase();
}

/** True when the content holds every Han run of the query, each as one unbroken string. */
export function containsRuns(content: string, query: string): boolean {
  const haystack = normalizeForMatch(content);
  return hanRuns(query).every((run) => haystack.includes(run));
}

/**
 * Single-term lookups that reach pages Pagefind misses for a Han run: its words as
 * Intl.Segmenter splits them, longest first (a long word is rarer, so fewer pages to
 * check), each later filtered by `containsRuns`. A word that starts mid-way through an
 * indexed word (台 of 茅台|酒) finds nothing by itself; the next one (酒) does.
 */
export function fallbackTerms(run: string, segmenter: Intl.Segmenter): string[] {
  const words = [...segmenter.segment(run)].map(({ segment }) => segment).filter(hasHan);
  return [...new Set(words)].sort((a, b) => [...b].length - [...a].length);
}
