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

function entryFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => path.join(dir, file));
}

const read = (file: string) => readFileSync(file, 'utf8');
const shareIn = (entries: string[], query: string) => entries.filter((text) => text.includes(query)).length / entries.length;

/**
 * The fixed query, then for each wanted share the Han word (as Intl.Segmenter splits the
 * first entries) whose share in a sample of entries comes closest. Shares are the corpus's.
 */
export function searchQueries(dir: string, fixed: string, wanted: number[]): ShareQuery[] {
  const files = entryFiles(dir);
  const sample = files.slice(0, SAMPLE_ENTRIES).map(read);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = new Set(
    sample
      .slice(0, CANDIDATE_ENTRIES)
      .flatMap((text) => Array.from(segmenter.segment(text), ({ segment }) => segment))
      .filter((word) => /^\p{Script=Han}{2,4}$/u.test(word)),
  );
  const candidates = [...words].map((query) => ({ query, share: shareIn(sample, query) }));
  const chosen = wanted.map((target) => candidates.reduce((a, b) => (Math.abs(b.share - target) < Math.abs(a.share - target) ? b : a)).query);
  const queries = [fixed, ...chosen];
  // One file at a time: at 30,000 entries the texts together would take hundreds of MB.
  const holding = queries.map(() => 0);
  for (const file of files) {
    const text = read(file);
    queries.forEach((query, index) => (holding[index]! += text.includes(query) ? 1 : 0));
  }
  return queries.map((query, index) => ({ query, share: holding[index]! / files.length }));
}
