/**
 * On a page reached from a search result (?highlight=…), marks the matched words in the
 * article and scrolls to the first. Pagefind's highlighter is fetched only then.
 */
import { paths, url } from '../../site/urls.ts';
import { HIGHLIGHT_PARAM } from '../search-state.ts';

const CLASS_NAME = 'search-highlight';

export async function highlightFromUrl(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const module = await import(/* @vite-ignore */ url(`${paths.pagefind()}pagefind-highlight.js`));
  // Pagefind's own <style> would break the CSP; SearchHighlight.astro styles the marks.
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: CLASS_NAME, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  document.querySelector(`mark.${CLASS_NAME}`)?.scrollIntoView({ block: 'center' });
}
