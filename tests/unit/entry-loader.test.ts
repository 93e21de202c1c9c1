/**
 * The collection's loader with the parts of Astro's loader context it uses: a store like the
 * data store's, a digest, a schema parse that counts its calls and, for `astro dev`, a file
 * watcher's events. Real builds (tests/build) and the dev server (tests/content/dev-reload.test.ts) run it under Astro.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryLoader } from '../../src/content/entry-loader.ts';
import { entryId } from '../../src/content/entry-files.ts';

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
  rendered?: unknown;
  deferredRender?: boolean;
}

let root: string;
let articles: string;
const write = (name: string, title: string, body = '正文。') => {
  mkdirSync(path.dirname(path.join(articles, name)), { recursive: true });
  writeFileSync(path.join(articles, name), `---\ntitle: ${title}\ndate: 2024-01-11\n---\n\n${body}\n`);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'entry-loader-'));
  articles = path.join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A loader context over one store, kept across loads as Astro keeps its data store between builds. */
function loaderContext(store = new Map<string, StoredEntry>(), watcher?: EventEmitter & { add(path: string): void }) {
  const parsed: string[] = [];
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info() {}, warn() {}, error() {} },
    store: {
      get: (id: string) => store.get(id),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
      set: (entry: StoredEntry) => (store.set(entry.id, entry), true),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), { ...data, parsed: true }),
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
    watcher,
  };
  return { store, parsed, load: () => entryLoader().load(context as unknown as LoaderContext) };
}

describe('entryLoader()', () => {
  it('stores each entry as its parsed data, with the id entryId() gives and its path from the root, and no body', async () => {
    write('huanqiu-ai.mdx', '甲');
    write('world/Big News.md', '乙');
    write('world/index.mdx', '丙');
    writeFileSync(path.join(articles, 'notes.txt'), 'not an entry');
    const { store, load } = loaderContext();
    await load();
    expect([...store.keys()].sort()).toEqual(['huanqiu-ai', 'world', 'world/big-news']);
    expect(store.get('world/big-news')).toEqual({
      id: entryId('world/Big News.md'),
      data: { title: '乙', date: new Date('2024-01-11'), parsed: true },
      filePath: 'content/articles/world/Big News.md',
      digest: expect.any(String),
    });
    expect(store.get('world')!.filePath).toBe('content/articles/world/index.mdx');
  });

  it('parses only what changed since the stored data, and removes the entries whose files are gone', async () => {
    write('a.mdx', '甲');
    write('b.mdx', '乙');
    write('c.mdx', '丙');
    const first = loaderContext();
    await first.load();
    write('b.mdx', '乙（改）');
    unlinkSync(path.join(articles, 'c.mdx'));
    const again = loaderContext(first.store);
    await again.load();
    expect(again.parsed).toEqual(['b']);
    expect([...again.store.keys()].sort()).toEqual(['a', 'b']);
    expect(again.store.get('b')!.data.title).toBe('乙（改）');
  });

  it('publishes the first file by name when two files have one id', async () => {
    write('same.mdx', '后');
    write('same.md', '先');
    const { store, load } = loaderContext();
    await load();
    expect(store.get('same')!.filePath).toBe('content/articles/same.md');
  });

  it("under astro dev, follows the watcher: a file added or changed is reloaded, one deleted is removed", async () => {
    write('a.mdx', '甲');
    const watched: string[] = [];
    const watcher = Object.assign(new EventEmitter(), { add: (folder: string) => void watched.push(folder) });
    const { store, parsed, load } = loaderContext(undefined, watcher);
    await load();
    expect(watched).toEqual([articles]);
    const settle = () => new Promise((resolve) => setImmediate(resolve));

    write('a.mdx', '甲（改）');
    watcher.emit('change', path.join(articles, 'a.mdx'));
    write('b.md', '乙');
    watcher.emit('add', path.join(articles, 'b.md'));
    // Files that are not entries: ignored.
    writeFileSync(path.join(articles, 'notes.txt'), '');
    watcher.emit('add', path.join(articles, 'notes.txt'));
    watcher.emit('change', path.join(root, 'src', 'x.mdx'));
    await settle();
    expect(store.get('a')!.data.title).toBe('甲（改）');
    expect(store.get('b')!.filePath).toBe('content/articles/b.md');
    expect(parsed).toEqual(['a', 'a', 'b']);

    // A file whose id another file has does not take it while that file exists.
    write('b.mdx', '乙二');
    watcher.emit('add', path.join(articles, 'b.mdx'));
    await settle();
    expect(store.get('b')!.filePath).toBe('content/articles/b.md');

    unlinkSync(path.join(articles, 'b.mdx'));
    watcher.emit('unlink', path.join(articles, 'b.mdx'));
    expect(store.has('b')).toBe(true);
    unlinkSync(path.join(articles, 'b.md'));
    watcher.emit('unlink', path.join(articles, 'b.md'));
    expect([...store.keys()]).toEqual(['a']);
  });
});
