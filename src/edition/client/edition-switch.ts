/**
 * The 简/繁 link leads to this page's twin: the same path in the other edition, with the page's
 * query and anchor as they are when the reader follows it.
 */
import { url } from '../../site/urls.ts';
import { isTraditionalPath, simplifiedEdition, traditionalEdition, twinSitePath } from '../editions.ts';

export const EDITION_CHOICE_KEY = 'edition';

export function followEditionSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-edition-switch]');
  if (!link || !__TRADITIONAL_EDITION__) return;
  const base = url();
  const sitePath = location.pathname.slice(base.length);
  // A missing page's URL is the one the reader asked for: its twin is that path in the other edition.
  const target = base + twinSitePath(sitePath, isTraditionalPath(sitePath) ? simplifiedEdition : traditionalEdition(__TRADITIONAL_EDITION__));
  const update = () => {
    link.href = target + location.search + location.hash;
  };
  update();
  // The search page rewrites its query with history.replaceState, which fires no event.
  for (const event of ['pointerdown', 'focus', 'contextmenu']) link.addEventListener(event, update);
  link.addEventListener('click', () => {
    update();
    try {
      localStorage.setItem(EDITION_CHOICE_KEY, link.hreflang);
    } catch {
      // Storage may be off (private windows); the link works the same.
    }
  });
}
