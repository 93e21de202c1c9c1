/** The reader's choice of edition, remembered in this browser (by the switch and the one-time notice). */
export const EDITION_CHOICE_KEY = 'edition';

export function remember(choice: string): void {
  try {
    localStorage.setItem(EDITION_CHOICE_KEY, choice);
  } catch {
    // Storage may be off (private windows); the links work the same.
  }
}
