import { describe, expect, it } from 'vitest';
import { moveActive, opensSearch } from '../../src/search/dialog-keys.ts';

const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; typing: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra,
});

describe('search keys', () => {
  it('opens on Ctrl+K and ⌘K, even while typing', () => {
    expect(opensSearch(press('k', { ctrlKey: true }))).toBe(true);
    expect(opensSearch(press('K', { metaKey: true, typing: true }))).toBe(true);
    expect(opensSearch(press('k'))).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });
  it('opens on / only when not typing in a field', () => {
    expect(opensSearch(press('/'))).toBe(true);
    expect(opensSearch(press('/', { typing: true }))).toBe(false);
  });
  it('moves through results with wrap-around', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'Enter')).toBe(1);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
