/**
 * The 简/繁 link leads to this page's twin: the same path in the other edition, with the page's
 * query and anchor as they are when the reader follows it.
 */
import { url } from '../../site/urls.ts';
import { isTraditionalPath, otherEditionPath } from '../edition-paths.ts';
import { remember } from './edition-choice.ts';

export function followEditionSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-edition-switch]');
  if (!link || !__TRADITIONAL_EDITION__) return;
  const base = url();
  const sitePath = location.pathname.slice(base.length);
  // A missing page's URL is the one the reader asked for: its twin is that path in the other edition.
  const target = base + otherEditionPath(sitePath);
  const update = () => {
    link.href = target + location.search + location.hash;
  };
  update();
  // The search page rewrites its query with history.replaceState, which fires no event.
  for (const event of ['pointerdown', 'focus', 'contextmenu']) link.addEventListener(event, update);
  link.addEventListener('click', () => {
    update();
    remember(link.hreflang);
  });
  // The notice's code arrives only for a reader it may be shown to.
  if (!isTraditionalPath(sitePath) && prefersTraditional()) void import('./edition-suggestion.ts').then((module) => module.suggestTraditional(target));
}

/** The browser's first Chinese language, if any, is Traditional: zh-TW, zh-HK, zh-MO or zh-Hant…. */
function prefersTraditional(): boolean {
  const chinese = navigator.languages.find((tag) => /^zh\b/i.test(tag));
  return !!chinese && /^zh-(?:hant|tw|hk|mo)\b/i.test(chinese);
}
