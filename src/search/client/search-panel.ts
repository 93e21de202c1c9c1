/**
 * The search page: query, filters and sort live in the URL (shareable, Back restores
 * them); each change runs the shared search path and redraws results and filter counts.
 * Results come a page at a time, each added below those already shown (a longer search can
 * rank older bundles' pages higher, but what the reader has seen stays put). How many the
 * reader asked for is kept in the history entry, so coming Back shows as many again.
 */
import { t } from '../../site/strings.ts';
import { fill } from '../../site/fill.ts';
import { countFilters, FILTER_KEYS, readSearchState, resultStatus, searchParams, type FilterKey, type SearchState } from '../search-state.ts';
import type { PagefindResultData } from './pagefind-loader.ts';
import { RESULTS_PER_PAGE, runSearch, type SearchOutcome } from './search-engine.ts';
import { renderResult } from './result-card.ts';

/** The page's elements, and what it keeps between searches. */
interface SearchPanel {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  controls: HTMLElement;
  sort: HTMLSelectElement;
  filters: Record<FilterKey, HTMLSelectElement>;
  more: HTMLButtonElement;
  /** Offered when the filters leave no result. */
  clearFilters: HTMLButtonElement;
  /** The number of the newest search: an older one that ends later is dropped. */
  latest: number;
  /** The results on the page, in order. */
  shown: PagefindResultData[];
}

function findParts(root: HTMLElement): SearchPanel | undefined {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const controls = root.querySelector<HTMLElement>('[data-search-controls]');
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-load-more]');
  const clearFilters = root.querySelector<HTMLButtonElement>('[data-search-clear-filters]');
  if (!form || !input || !status || !list || !controls || !sort || !more || !clearFilters) return undefined;
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, root.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!])) as SearchPanel['filters'];
  return { form, input, status, list, controls, sort, filters, more, clearFilters, latest: 0, shown: [] };
}

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

/** Every filter, with counts over the results shown. */
function showFilters(panel: SearchPanel, chosen: SearchState['filters']): void {
  const counts = countFilters(panel.shown);
  for (const key of FILTER_KEYS) fillFilter(panel.filters[key], counts[key] ?? {}, chosen[key]);
}

/** The search the page's fields describe. */
function readFields(panel: SearchPanel): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) if (panel.filters[key].value) filters[key] = panel.filters[key].value;
  return { query: panel.input.value.trim(), filters, sort: panel.sort.value === 'date' ? 'date' : 'relevance' };
}

/** The fields show `state`; filters and sort only once there is a query. */
function showFields(panel: SearchPanel, state: SearchState): void {
  panel.input.value = state.query;
  panel.sort.value = state.sort;
  panel.controls.hidden = !state.query;
}

/** Adds the results not shown yet below the others; returns how many were shown before. */
function appendResults(panel: SearchPanel, results: PagefindResultData[]): number {
  const seen = new Set(panel.shown.map((data) => data.url));
  const added = results.filter((data) => !seen.has(data.url));
  const before = panel.shown.length;
  panel.shown = [...panel.shown, ...added];
  panel.list.append(...added.map((data) => renderResult(data)));
  return before;
}

/** Reading carries on from the first new result (from the last, if none came and the button went). */
function focusFirstNew(panel: SearchPanel, before: number): void {
  const next = panel.list.children[before] ?? (panel.more.hidden ? panel.list.lastElementChild : null);
  next?.querySelector('a')?.focus();
}

/** Before a search: a new one starts from no results; more of the same keeps them, and its button where focus is. */
function prepare(panel: SearchPanel, extending: boolean): void {
  panel.clearFilters.hidden = true;
  if (extending) {
    panel.more.setAttribute('aria-disabled', 'true');
    return;
  }
  panel.shown = [];
  panel.list.replaceChildren();
  panel.more.hidden = true;
}

/** A search's results, filters and status; 显示更多结果 while there may be more, 清除筛选 when the filters left none. */
function showOutcome(panel: SearchPanel, state: SearchState, outcome: SearchOutcome, extending: boolean): void {
  const before = appendResults(panel, outcome.results);
  showFilters(panel, state.filters);
  const filtered = Object.keys(state.filters).length > 0;
  panel.status.textContent = resultStatus({ results: panel.shown, complete: outcome.complete }, state.query, { filtered });
  panel.more.hidden = outcome.complete;
  panel.clearFilters.hidden = !(filtered && !panel.shown.length);
  if (extending) focusFirstNew(panel, before);
}

/**
 * Searches for up to `limit` results. `extending` (the reader asked for more of the same
 * search) keeps the results shown and adds the new ones after them.
 */
async function run(panel: SearchPanel, state: SearchState, limit = RESULTS_PER_PAGE, extending = false): Promise<void> {
  const { status, more } = panel;
  const ticket = ++panel.latest;
  showFields(panel, state);
  prepare(panel, extending);
  if (!state.query) {
    status.textContent = t.search.prompt;
    return;
  }
  status.textContent = t.search.loading;
  try {
    const outcome = await runSearch(state, { limit });
    if (ticket === panel.latest) showOutcome(panel, state, outcome, extending);
  } catch (error) {
    if (ticket !== panel.latest) return;
    status.textContent = t.search.failed;
    console.error(error);
  } finally {
    if (ticket === panel.latest) more.removeAttribute('aria-disabled');
  }
}

/** How many results the current history entry asks for: more than a page once the reader asked for more. */
function asked(): number {
  return (history.state as { asked?: number } | null)?.asked ?? RESULTS_PER_PAGE;
}

/** A new search gets its own history entry and URL. */
function navigate(panel: SearchPanel, state: SearchState): void {
  history.pushState(null, '', location.pathname + searchParams(state));
  void run(panel, state);
}

/** 显示更多结果: the same search for a page more, remembered in the history entry. */
function handleMore(panel: SearchPanel): void {
  panel.more.addEventListener('click', () => {
    if (panel.more.getAttribute('aria-disabled') === 'true') return;
    const limit = asked() + RESULTS_PER_PAGE;
    history.replaceState({ asked: limit }, '');
    void run(panel, readSearchState(location.search), limit, true);
  });
}

/**
 * A submitted query starts from all filters, keeping the sort order; a changed filter or sort
 * searches again; 清除筛选 searches the same query without filters, and focus goes back to the
 * query rather than be lost with the button.
 */
function handleFields(panel: SearchPanel): void {
  const withoutFilters = (): SearchState => ({ ...readFields(panel), filters: {} });
  panel.form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(panel, withoutFilters());
  });
  panel.controls.addEventListener('change', () => navigate(panel, readFields(panel)));
  panel.clearFilters.addEventListener('click', () => {
    panel.input.focus();
    navigate(panel, withoutFilters());
  });
}

export function mountSearchPanel(root: HTMLElement): void {
  const panel = findParts(root);
  if (!panel) return;
  // The URL and its history entry always describe the search on show.
  void run(panel, readSearchState(location.search), asked());
  window.addEventListener('popstate', () => void run(panel, readSearchState(location.search), asked()));
  handleMore(panel);
  handleFields(panel);
}
