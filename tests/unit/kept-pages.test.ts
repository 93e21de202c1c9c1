import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { siteFiles } from '../support/dist.ts';
import { KEPT_PAGES_ENV, keepPages, stampOutput, twinsInPlaceFile } from '../../src/site/kept-pages.ts';

let work: string;
let options: { outDir: string; publicDir: string; cacheDir: string; handover: string; force: boolean };
const write = (file: string, text = file) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const lastOutput = ['index.html', '404.html', 'articles/a/index.html', 'tags/零售/2/index.html', 'zh-hant/index.html', 'pagefind/pagefind.js', '_astro/x.css', 'rss.xml', 'verify.html'];

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'kept-pages-'));
  options = { outDir: path.join(work, 'dist'), publicDir: path.join(work, 'public'), cacheDir: path.join(work, 'cache'), handover: path.join(work, 'cache', 'news-build'), force: false };
  for (const file of lastOutput) write(path.join(options.outDir, file));
  write(path.join(options.publicDir, 'verify.html'));
  write(path.join(options.cacheDir, 'incremental-build.json'), '{"routes":{}}');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const prepared = async (force = false) => {
  const { env, removed } = keepPages({ ...options, force });
  await removed;
  return { kept: JSON.parse(readFileSync(env[KEPT_PAGES_ENV]!, 'utf8')) as string[], files: siteFiles(options.outDir) };
};

it('keeps the Simplified pages of the output the last build stamped, and removes the rest', async () => {
  stampOutput(options);
  const { kept, files } = await prepared();
  const pages = ['404.html', 'articles/a/index.html', 'index.html', 'tags/零售/2/index.html'];
  expect(kept.sort()).toEqual(pages);
  expect(files).toEqual(pages);
  // The page itself, moved back: the text it was written with names where it was.
  expect(readFileSync(path.join(options.outDir, 'articles/a/index.html'), 'utf8')).toBe(path.join(options.outDir, 'articles/a/index.html'));
  expect(existsSync(`${options.outDir}.previous-${process.pid}`)).toBe(false);
});

it('moves the twins back with the pages only where the last build recorded them, and forgets the record otherwise', async () => {
  stampOutput(options);
  write(twinsInPlaceFile(options.handover), '{}');
  const recorded = await prepared();
  expect(recorded.files).toEqual(['404.html', 'articles/a/index.html', 'index.html', 'tags/零售/2/index.html', 'zh-hant/index.html']);
  expect(existsSync(twinsInPlaceFile(options.handover))).toBe(true);

  // The record, but no stamp: the folder is not the one it describes.
  for (const file of lastOutput) write(path.join(options.outDir, file));
  const unstamped = await prepared();
  expect(unstamped.files).toEqual([]);
  expect(existsSync(twinsInPlaceFile(options.handover))).toBe(false);
});

it('keeps nothing without a stamp, after a stamp for another manifest or folder, or with --force', async () => {
  const cases: [string, () => void, boolean][] = [
    ['no stamp', () => {}, false],
    ['manifest changed', () => write(path.join(options.cacheDir, 'incremental-build.json'), '{"routes":{"x":{}}}'), false],
    ['other folder', () => stampOutput({ ...options, outDir: path.join(work, 'elsewhere') }), false],
    ['--force', () => {}, true],
  ];
  for (const [name, change, force] of cases) {
    for (const file of lastOutput) write(path.join(options.outDir, file));
    if (name !== 'no stamp' && name !== 'other folder') stampOutput(options);
    change();
    const { kept, files } = await prepared(force);
    expect(kept, name).toEqual([]);
    expect(files, name).toEqual([]);
  }
});

it('empties a deploy checkout in place, keeping its .git', async () => {
  stampOutput(options);
  write(path.join(options.outDir, '.git', 'HEAD'));
  const { kept, files } = await prepared();
  expect(kept).toEqual([]);
  expect(files).toEqual(['.git/HEAD']);
});
