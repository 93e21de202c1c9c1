/** The one-time notice that the Traditional edition exists (src/edition/EditionSwitch.astro), for a reader who has not chosen. */
import { EDITION_CHOICE_KEY, remember } from './edition-choice.ts';

function chosen(): string | null {
  try {
    return localStorage.getItem(EDITION_CHOICE_KEY);
  } catch {
    return null;
  }
}

export function suggestTraditional(target: string): void {
  const notice = document.querySelector<HTMLElement>('[data-edition-suggestion]');
  if (!notice || chosen() !== null) return;
  const link = notice.querySelector('a')!;
  link.href = target + location.search + location.hash;
  link.addEventListener('click', () => remember(link.hreflang));
  // Dismissing is a choice too: the Simplified edition, asked once.
  notice.querySelector('button')!.addEventListener('click', () => {
    remember(document.documentElement.lang);
    notice.hidden = true;
  });
  notice.hidden = false;
}
