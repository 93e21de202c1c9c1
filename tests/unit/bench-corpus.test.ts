/**
 * The bench's corpus (scripts/bench/corpus.ts) with photos: every entry it writes passes the
 * content check, photo files included; turning photos off changes nothing but the photos;
 * "edit one" changes one character of the body; the photos are distinct files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { editOneWord, entryId, isBrief, readPool, writeCorpus, writeEntry } from '../../scripts/bench/corpus.ts';
import { writePhotos } from '../../scripts/bench/corpus-photos.ts';
import { checkEntry } from '../../src/content/entry-check.ts';

const COUNT = 80;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const pool = readPool(path.join(import.meta.dirname, '..', '..', 'content', 'articles'));
const withPhotos = path.join(scratch, 'with');
const without = path.join(scratch, 'without');
const corpus = writeCorpus(withPhotos, COUNT, pool, { photos: true });
writeCorpus(without, COUNT, pool, { photos: false });
const entries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
// A lead photo takes the place of the entry's leadImage line, whatever it was (`{}` or none).
const stripPhotos = (text: string) => text.replace(/^leadImage: .*\n/m, '').replace(/ src="[^"]*" alt="[^"]*"/, '');

it('writes lead and body photos, each its own file, and every entry passes the content check', async () => {
  await writePhotos(withPhotos, corpus.photos);
  expect(corpus.photos.some((photo) => photo.file.endsWith('-lead.jpg'))).toBe(true);
  expect(corpus.photos.some((photo) => photo.file.endsWith('-body.jpg'))).toBe(true);
  const digests = corpus.photos.map((photo) => createHash('sha256').update(readFileSync(path.join(withPhotos, photo.file))).digest('hex'));
  expect(new Set(digests).size).toBe(corpus.photos.length);
  for (const name of entries(withPhotos)) {
    const file = path.join(withPhotos, name);
    const report = checkEntry({ name, file: name, path: file, source: readFileSync(file, 'utf8') });
    expect(report.errors, name).toEqual([]);
  }
});

it('changes nothing but the photos when they are turned off', () => {
  expect(entries(without)).toEqual(entries(withPhotos));
  for (const name of entries(without)) {
    expect(stripPhotos(readFileSync(path.join(withPhotos, name), 'utf8')), name).toBe(stripPhotos(readFileSync(path.join(without, name), 'utf8')));
  }
});

it('publishes one entry, the newest, and edits one character of an old body', () => {
  const dir = path.join(scratch, 'edit');
  writeCorpus(dir, COUNT, pool);
  writeEntry(dir, COUNT, COUNT + 1, pool, { newest: true });
  const dateOf = (index: number) => /^date: (.*)$/m.exec(readFileSync(path.join(dir, `${entryId(index)}.mdx`), 'utf8'))![1]!;
  expect(entries(dir)).toHaveLength(COUNT + 1);
  // A day after the last, not on it: entries of one day are ordered by id, and it must come first.
  expect(dateOf(COUNT) > dateOf(COUNT - 1)).toBe(true);
  const article = [...Array(COUNT).keys()].find((index) => !isBrief(index))!;
  const file = path.join(dir, `${entryId(article)}.mdx`);
  const before = readFileSync(file, 'utf8');
  editOneWord(dir, article);
  const after = readFileSync(file, 'utf8');
  expect(after.length).toBe(before.length);
  expect([...after].filter((char, index) => char !== [...before][index])).toEqual(['之']);
});
