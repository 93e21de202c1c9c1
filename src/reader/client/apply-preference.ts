/** Applies and remembers a reader's choice from the reading-settings panel. */
import { PREFERENCES, parsePreference, type PreferenceName } from '../preferences.ts';

export function currentPreference(name: PreferenceName): string {
  return parsePreference(name, document.documentElement.getAttribute(PREFERENCES[name].attribute));
}

/** The default is stored as "no value", so a later change of default reaches every reader. */
export function applyPreference(name: PreferenceName, stored: string): void {
  const { storageKey, attribute, fallback } = PREFERENCES[name];
  const value = parsePreference(name, stored);
  const root = document.documentElement;
  if (value === fallback) root.removeAttribute(attribute);
  else root.setAttribute(attribute, value);
  try {
    if (value === fallback) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, value);
  } catch {
    // Storage can be disabled (private mode, policy): the choice then lasts for this page only.
  }
}
