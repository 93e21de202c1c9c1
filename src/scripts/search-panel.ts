/**
 * The search page: query, filters and sort live in the URL (shareable, Back restores
 * them); each change runs the shared search path and redraws results and filter counts.
 */
import { t } from '../strings.ts';
import { fill } from '../lib/text.ts';
import { FILTER_KEYS, readSearchState, resultStatus, searchParams, type SearchState } from '../lib/search.ts';
import { runSearch } from './search-engine.ts';
import { element, renderResult } from './search-results.ts';

/** Options of one filter <select>: "all" first, then each value with its count. */
function fillFilter(select: HTMLSelectElement, counts: Record<string, number>, chosen: string | undefined): void {
  const all = element('option', undefined, t.search.filterAll);
  all.value = '';
  const values = Object.keys(counts).sort((a, b) => b.localeCompare(a, 'zh-CN'));
  if (chosen && !values.includes(chosen)) values.unshift(chosen);
  select.replaceChildren(
    all,
    ...values.map((value) => {
      const option = element('option', undefined, fill(t.search.filterOption, { name: value, n: counts[value] ?? 0 }));
      option.value = value;
      return option;
    }),
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
  if (!form || !input || !status || !list || !controls || !sort) return;
  const selects = Object.fromEntries(FILTER_KEYS.map((key) => [key, root.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]));

  let latest = 0;
  async function run(state: SearchState): Promise<void> {
    const ticket = ++latest;
    input!.value = state.query;
    sort!.value = state.sort;
    list!.replaceChildren();
    controls!.hidden = !state.query;
    if (!state.query) {
      status!.textContent = t.search.prompt;
      return;
    }
    status!.textContent = t.search.loading;
    try {
      const outcome = await runSearch(state);
      if (ticket !== latest) return;
      for (const key of FILTER_KEYS) fillFilter(selects[key]!, outcome.filters[key] ?? {}, state.filters[key]);
      list!.replaceChildren(...outcome.results.map((data) => renderResult(data)));
      status!.textContent = resultStatus(outcome, state.query);
    } catch (error) {
      if (ticket !== latest) return;
      status!.textContent = t.search.failed;
      console.error(error);
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

  void run(readSearchState(location.search));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A new query starts from all filters; the sort order is kept.
    navigate({ ...current(), filters: {} });
  });
  controls.addEventListener('change', () => navigate(current()));
  window.addEventListener('popstate', () => void run(readSearchState(location.search)));
}
