/** The search dialog's rules: which key presses open it, how ↑/↓ move through results, how many it shows. */

/** Results the dialog shows: each costs a download of its text (docs/search.md), and the search page lists the rest. */
export const DIALOG_RESULTS = 8;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when the reader is typing in a field (input, textarea, select, contenteditable). */
  typing: boolean;
}

/** Ctrl+K / ⌘K everywhere; "/" only when not typing, so it can still be typed. */
export function opensSearch(press: KeyPress): boolean {
  if (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.altKey) return true;
  return press.key === '/' && !press.typing && !press.ctrlKey && !press.metaKey && !press.altKey;
}

/** The next active result index for ↑/↓, wrapping; -1 means none (focus stays in the box). */
export function moveActive(current: number, count: number, key: string): number {
  if (!count) return -1;
  if (key === 'ArrowDown') return current + 1 >= count ? 0 : current + 1;
  if (key === 'ArrowUp') return current <= 0 ? count - 1 : current - 1;
  return current;
}
