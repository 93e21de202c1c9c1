/**
 * The search page: query, filters and sort live in the URL (shareable, Back restores
 * them); each change runs the shared search path and redraws results and filter counts.
 * Results come a page at a time, each added below those already shown (a longer search can
 * rank older bundles' pages higher, but what the reader has seen stays put). How many the
 * reader asked for is kept in the history entry, so coming Back shows as many again.
 */
import { t } from '../../site/strings.ts';
import { fill } from '../../site/fill.ts';
import { countFilters, FILTER_KEYS, readSearchState, resultStatus, searchParams, type SearchState } from '../search-state.ts';
import type { PagefindResultData } from './pagefind-loader.ts';
import { RESULTS_PER_PAGE, runSearch } from './search-engine.ts';
import { renderResult } from './result-card.ts';

/** Options of one filter <select>: "all" first, then each value with its count. */
function fillFilter(select: HTMLSelectElement, counts: Record<string, number>, chosen: string | undefined): void {
  const values = Object.keys(counts).sort((a, b) => b.localeCompare(a, 'zh-CN'));
  if (chosen && !values.includes(chosen)) values.unshift(chosen);
  select.replaceChildren(
    new Option(t.search.filterAll, ''),
    ...values.map((value) => new Option(fill(t.search.filterOption, { name: value, n: counts[value] ?? 0 }), value)),
  );
  select.value = chosen ?? '';
}

export function mountSearchPanel(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const controls = root.querySelector<HTMLElement>('[data-search-controls]');
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-load-more]');
  if (!form || !input || !status || !list || !controls || !sort || !more) return;
  const selects = Object.fromEntries(FILTER_KEYS.map((key) => [key, root.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]));

  let latest = 0;
  let shown: PagefindResultData[] = [];
  /**
   * Searches for up to `limit` results. `extending` (the reader asked for more of the same
   * search) keeps the results shown and adds the new ones after them.
   */
  async function run(state: SearchState, limit = RESULTS_PER_PAGE, extending = false): Promise<void> {
    const ticket = ++latest;
    input!.value = state.query;
    sort!.value = state.sort;
    if (!extending) {
      shown = [];
      list!.replaceChildren();
    }
    controls!.hidden = !state.query;
    // While more of the same search loads, its button stays where the reader's focus is.
    if (extending) more!.setAttribute('aria-disabled', 'true');
    else more!.hidden = true;
    if (!state.query) {
      status!.textContent = t.search.prompt;
      return;
    }
    status!.textContent = t.search.loading;
    try {
      const outcome = await runSearch(state, { limit });
      if (ticket !== latest) return;
      const seen = new Set(shown.map((data) => data.url));
      const added = outcome.results.filter((data) => !seen.has(data.url));
      const before = shown.length;
      shown = [...shown, ...added];
      const filters = countFilters(shown);
      for (const key of FILTER_KEYS) fillFilter(selects[key]!, filters[key] ?? {}, state.filters[key]);
      list!.append(...added.map((data) => renderResult(data)));
      status!.textContent = resultStatus({ results: shown, complete: outcome.complete }, state.query);
      more!.hidden = outcome.complete;
      if (extending) {
        // Carry on reading from the first new result (from the last, if none came and the button went).
        const next = list!.children[before] ?? (more!.hidden ? list!.lastElementChild : null);
        next?.querySelector('a')?.focus();
      }
    } catch (error) {
      if (ticket !== latest) return;
      status!.textContent = t.search.failed;
      console.error(error);
    } finally {
      if (ticket === latest) more!.removeAttribute('aria-disabled');
    }
  }

  function current(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) if (selects[key]!.value) filters[key] = selects[key]!.value;
    return { query: input!.value.trim(), filters, sort: sort!.value === 'date' ? 'date' : 'relevance' };
  }

  function navigate(state: SearchState): void {
    history.pushState(null, '', location.pathname + searchParams(state));
    void run(state);
  }

  /** How many results the current history entry asks for: more than a page once the reader asked for more. */
  const asked = (): number => (history.state as { asked?: number } | null)?.asked ?? RESULTS_PER_PAGE;

  // The URL and its history entry always describe the search on show.
  void run(readSearchState(location.search), asked());
  more.addEventListener('click', () => {
    if (more.getAttribute('aria-disabled') === 'true') return;
    const limit = asked() + RESULTS_PER_PAGE;
    history.replaceState({ asked: limit }, '');
    void run(readSearchState(location.search), limit, true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A new query starts from all filters; the sort order is kept.
    navigate({ ...current(), filters: {} });
  });
  controls.addEventListener('change', () => navigate(current()));
  window.addEventListener('popstate', () => void run(readSearchState(location.search), asked()));
}
