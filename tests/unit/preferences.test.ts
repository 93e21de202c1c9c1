import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { PREFERENCES, TEXT_SIZES, THEMES, parsePreference } from '../../src/reader/preferences.ts';
import { PREFERENCE_SCRIPT } from '../../src/reader/preference-script.ts';

describe('parsePreference', () => {
  it('accepts every known value', () => {
    for (const theme of THEMES) expect(parsePreference('theme', theme)).toBe(theme);
    for (const size of TEXT_SIZES) expect(parsePreference('textSize', size)).toBe(size);
  });

  it('falls back to the default for missing or unknown values', () => {
    expect(parsePreference('theme', null)).toBe('system');
    expect(parsePreference('theme', 'sepia')).toBe('system');
    expect(parsePreference('textSize', undefined)).toBe('md');
    expect(parsePreference('textSize', 'huge')).toBe('md');
  });
});

/** Runs the inline head script against a stand-in for localStorage and <html>. */
function runHeadScript(stored: Record<string, string>, storageThrows = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  runInNewContext(PREFERENCE_SCRIPT, {
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return stored[key] ?? null;
      },
    },
  });
  return attributes;
}

describe('PREFERENCE_SCRIPT', () => {
  const { theme, textSize } = PREFERENCES;

  it('copies stored non-default values onto <html>', () => {
    expect(runHeadScript({ [theme.storageKey]: 'dark', [textSize.storageKey]: 'xl' })).toEqual({
      [theme.attribute]: 'dark',
      [textSize.attribute]: 'xl',
    });
  });

  it('ignores defaults, unknown values and unavailable storage', () => {
    expect(runHeadScript({ [theme.storageKey]: 'system', [textSize.storageKey]: '<b>' })).toEqual({});
    expect(runHeadScript({}, true)).toEqual({});
  });
});
