/**
 * On a Traditional page, fetches the search conversion (src/edition/client/traditional-search.ts)
 * only once the reader searches: the search page arrived at with a query, or a search UI taking
 * focus. So a page that is only read loads none of it.
 */
const SEARCH_ROOTS = 'search-panel, dialog[data-search-dialog]';

export function convertSearchWhenUsed(): void {
  if (!document.documentElement.lang.startsWith('zh-Hant')) return;
  const roots = [...document.querySelectorAll(SEARCH_ROOTS)];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./traditional-search.ts').then(({ convertSearch }) => convertSearch(roots));
  };
  if (document.querySelector('search-panel') && new URLSearchParams(location.search).has('q')) return start();
  for (const root of roots) root.addEventListener('focusin', start, { once: true });
}
