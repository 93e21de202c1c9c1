/**
 * Queries for the first-search measurement, chosen by how many entries hold them: what a
 * first search downloads depends mostly on how many pages hold its words (their index
 * chunks), so one fixed query says little about another.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface ShareQuery {
  query: string;
  /** Share of the corpus's entries whose file holds the query. */
  share: number;
}

const SAMPLE_ENTRIES = 1000;
const CANDIDATE_ENTRIES = 20;

function texts(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

const shareIn = (entries: string[], query: string) => entries.filter((text) => text.includes(query)).length / entries.length;

/**
 * The fixed query, then for each wanted share the Han word (as Intl.Segmenter splits the
 * first entries) whose share in a sample of entries comes closest. Shares are the corpus's.
 */
export function searchQueries(dir: string, fixed: string, wanted: number[]): ShareQuery[] {
  const entries = texts(dir);
  const sample = entries.slice(0, SAMPLE_ENTRIES);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = new Set(
    entries
      .slice(0, CANDIDATE_ENTRIES)
      .flatMap((text) => Array.from(segmenter.segment(text), ({ segment }) => segment))
      .filter((word) => /^\p{Script=Han}{2,4}$/u.test(word)),
  );
  const candidates = [...words].map((query) => ({ query, share: shareIn(sample, query) }));
  const chosen = wanted.map((target) => candidates.reduce((a, b) => (Math.abs(b.share - target) < Math.abs(a.share - target) ? b : a)).query);
  return [fixed, ...chosen].map((query) => ({ query, share: shareIn(entries, query) }));
}
