/**
 * The reader's display preferences (colour theme, text size): their values, where they are
 * stored, and the tiny script that applies them before the first paint. The stored value
 * becomes a data attribute on <html> (data-theme, data-text-size) that the CSS reads.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Text-size steps, smallest first. The default is already the smallest comfortable size for
 * Chinese body text on a phone (17px), so the steps only go up.
 */
export const TEXT_SIZES = ['md', 'lg', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const DEFAULT_THEME: Theme = 'system';
export const DEFAULT_TEXT_SIZE: TextSize = 'md';

/** localStorage key and <html> data attribute of each preference. */
export const PREFERENCES = {
  theme: { storageKey: 'reader-theme', attribute: 'data-theme', values: THEMES, fallback: DEFAULT_THEME },
  textSize: { storageKey: 'reader-text-size', attribute: 'data-text-size', values: TEXT_SIZES, fallback: DEFAULT_TEXT_SIZE },
} as const;

export type PreferenceName = keyof typeof PREFERENCES;

/** A stored string read back: anything unknown (old versions, hand edits) means the default. */
export function parsePreference<N extends PreferenceName>(name: N, stored: string | null | undefined): (typeof PREFERENCES)[N]['values'][number] {
  const { values, fallback } = PREFERENCES[name];
  return (values as readonly string[]).includes(stored ?? '') ? (stored as (typeof values)[number]) : fallback;
}
