import { describe, expect, it } from 'vitest';
import { bundleSize, DEFAULT_BUNDLE_SIZE, searchBundles } from '../../src/search/search-bundles.ts';

const ids = (count: number) => Array.from({ length: count }, (_, index) => `e${count - 1 - index}`); // newest first: e4, e3, … e0
const page = (id: string) => `articles/${id}/index.html`;

describe('searchBundles()', () => {
  it('puts every entry in exactly one bundle, the newest under pagefind/, newest bundle first', () => {
    const bundles = searchBundles(ids(5), 2);
    expect(bundles).toEqual([
      { path: 'pagefind/', pages: [page('e4')] },
      { path: 'pagefind/older/2/', pages: [page('e3'), page('e2')] },
      { path: 'pagefind/older/1/', pages: [page('e1'), page('e0')] },
    ]);
  });

  it('fills bundles from the oldest, so a new entry changes only the newest bundle', () => {
    const before = searchBundles(ids(5), 2);
    const after = searchBundles(ids(6), 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual({ path: 'pagefind/', pages: [page('e5'), page('e4')] });
  });

  it('makes one bundle of a small site and none of an empty one', () => {
    expect(searchBundles(ids(3), 1000)).toEqual([{ path: 'pagefind/', pages: ['e2', 'e1', 'e0'].map(page) }]);
    expect(searchBundles([], 1000)).toEqual([]);
  });
});

describe('bundleSize()', () => {
  it('defaults when SEARCH_BUNDLE_SIZE is unset or empty and reads a whole number', () => {
    expect(bundleSize(undefined)).toBe(DEFAULT_BUNDLE_SIZE);
    expect(bundleSize(' ')).toBe(DEFAULT_BUNDLE_SIZE);
    expect(bundleSize('20')).toBe(20);
  });

  it.each(['0', '-5', '2.5', 'many'])('rejects %j, naming the variable and what it expects', (value) => {
    expect(() => bundleSize(value)).toThrow(`SEARCH_BUNDLE_SIZE must be a whole number of entries, at least 1 (got "${value}")`);
  });
});
