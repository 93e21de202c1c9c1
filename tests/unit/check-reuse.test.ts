/**
 * The content check keeps what it found in each entry file and, in the next build, reuses it
 * for every file whose text, photos and checking code are unchanged, bodies included; an entry
 * with an error is checked again until it is fixed. Real checks of real files, in threads too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { checkProject } from '../../src/content/check-integration.ts';
import { readCheckedEntries, writeCheckedEntries } from '../../src/content/check-reuse.ts';
import { bodiesFolder } from '../../src/content/check-handover.ts';
import { handedOverBody } from '../../src/body/body-handover.ts';
import { progressLine } from '../../src/site/progress-line.ts';
import { FULL, entry } from '../support/body-check.ts';
import { testPhoto } from '../support/test-photos.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  vi.useRealTimers();
});

function project(): { root: string; articles: string; kept: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'check-reuse-'));
  roots.push(root);
  const articles = path.join(root, 'content', 'articles');
  mkdirSync(path.join(articles, 'images'), { recursive: true });
  return { root, articles, kept: path.join(root, 'kept') };
}

const check = (root: string, kept: string, threads = 1) => {
  mkdirSync(kept, { recursive: true });
  return checkProject(root, { threads, kept, renderedDir: bodiesFolder(kept) });
};

it('reuses the report and body of every unchanged entry, and checks the changed one again', { timeout: 60_000 }, async () => {
  const { root, articles, kept } = project();
  for (const name of ['a', 'b', 'c', 'd']) writeFileSync(path.join(articles, `${name}.mdx`), entry(FULL, `${name} 的正文。`));
  const first = await check(root, kept, 2);
  expect(first).toMatchObject({ checked: 4, reused: 0, errors: [] });

  writeFileSync(path.join(articles, 'c.mdx'), entry(FULL, 'c 改过的正文。'));
  const second = await check(root, kept, 2);
  expect(second).toMatchObject({ checked: 4, reused: 3, errors: [] });
  expect({ ...second, reused: 0 }).toEqual({ ...(await checkProject(root)), checked: 4 });
  // Every body is there for the pages, the reused ones as the changed one.
  for (const [name, text] of [['a', 'a 的正文。'], ['c', 'c 改过的正文。']]) {
    const filePath = `content/articles/${name}.mdx`;
    const source = entry(FULL, text);
    expect(handedOverBody(bodiesFolder(kept), filePath, source)?.html).toContain(text);
  }
});

it('forgets what a check of other code found', async () => {
  const { root, articles, kept } = project();
  writeFileSync(path.join(articles, 'a.mdx'), entry(FULL, 'a 的正文。'));
  await check(root, kept);
  const found = readCheckedEntries(kept, 'this code');
  expect(found).toEqual({});
  writeCheckedEntries(kept, 'this code', { 'a.mdx': { key: 'k', media: {}, report: { errors: [] } as never, rendered: false } });
  expect(Object.keys(readCheckedEntries(kept, 'this code'))).toEqual(['a.mdx']);
  expect(readCheckedEntries(kept, 'other code')).toEqual({});
});

it('checks an entry again when a photo it names changed, and one with an error every time', { timeout: 60_000 }, async () => {
  const { root, articles, kept } = project();
  writeFileSync(path.join(articles, 'images', 'shop.jpg'), await testPhoto(64, 48));
  writeFileSync(path.join(articles, 'photo.mdx'), entry(FULL, '<Figure src="./images/shop.jpg" alt="门店" caption="门店" />'));
  writeFileSync(path.join(articles, 'broken.mdx'), entry(FULL, '<Figure src="./images/missing.jpg" alt="缺图" caption="缺图" />'));
  writeFileSync(path.join(articles, 'plain.mdx'), entry(FULL));
  const first = await check(root, kept);
  expect(first.errors.map((problem) => problem.file)).toEqual(['content/articles/broken.mdx']);
  expect((await check(root, kept)).reused).toBe(2);

  writeFileSync(path.join(articles, 'images', 'shop.jpg'), 'not a photo');
  const second = await check(root, kept);
  expect(second.reused).toBe(1);
  expect(second.errors.map((problem) => problem.file).sort()).toEqual(['content/articles/broken.mdx', 'content/articles/photo.mdx']);
});

it('says how far it is at most once a second, and never the last count', () => {
  vi.useFakeTimers({ toFake: ['performance'] });
  const lines: string[] = [];
  const progress = progressLine((line) => lines.push(line), (done, total) => `${done}/${total}`);
  for (let done = 1; done <= 3000; done++) {
    vi.advanceTimersByTime(1);
    progress(done, 3000);
  }
  expect(lines).toEqual(['1000/3000', '2000/3000']);
});
