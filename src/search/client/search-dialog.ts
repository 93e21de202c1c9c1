/**
 * The search dialog: opened from the header form, Ctrl+K / ⌘K or "/"; results as you type
 * (debounced), ↑/↓ through them, Enter opens one, Esc closes (keeping the query) and focus returns. The search
 * code and the Pagefind bundle are imported on the first query, not with the page.
 */
import { t } from '../../site/strings.ts';
import { paths, url } from '../../site/urls.ts';
import { DIALOG_RESULTS, moveActive, opensSearch } from '../dialog-keys.ts';
import { searchedQuery } from '../query-limit.ts';

const DEBOUNCE_MS = 150;

/** The dialog's elements, and what it keeps between events. */
interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLAnchorElement;
  /** Where focus was when the dialog opened; it goes back there on close. */
  returnFocus: HTMLElement | null;
  /** The number of the newest search: an older one that ends later is dropped. */
  latest: number;
  /** The search waiting for the reader to stop typing. */
  timer?: ReturnType<typeof setTimeout>;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function open(search: SearchDialog, query = search.input.value): void {
  if (search.dialog.open) return;
  search.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  search.input.value = query;
  search.dialog.showModal();
  search.input.focus();
  search.input.select();
  if (query.trim()) void run(search);
}

/** Esc, the close button and a click on the backdrop close the dialog; closing returns focus. */
function handleClosing(search: SearchDialog): void {
  const { dialog } = search;
  search.input.addEventListener('keydown', (event) => {
    // A search box's own Esc only empties it, so a query took two: one closes, and the query stays
    // for next time. Not while an input method is composing, where Esc cancels the composition.
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    search.returnFocus?.focus();
    search.returnFocus = null;
  });
}

function options(search: SearchDialog): HTMLElement[] {
  return [...search.list.querySelectorAll<HTMLElement>('[role="option"]')];
}

/** The active option's index, -1 for none. */
function activeIndex(search: SearchDialog): number {
  return options(search).findIndex((option) => option.getAttribute('aria-selected') === 'true');
}

function setActive(search: SearchDialog, index: number): void {
  const all = options(search);
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  const current = all[index];
  if (current) {
    search.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else search.input.removeAttribute('aria-activedescendant');
}

/** A result card as a listbox option: it holds no link, the whole option opens `href`. */
function asOption(item: HTMLLIElement, href: string, index: number): HTMLLIElement {
  item.id = `search-option-${index}`;
  item.setAttribute('role', 'option');
  item.dataset.href = href;
  return item;
}

/** Replaces the options, none active. */
function showOptions(search: SearchDialog, items: HTMLElement[]): void {
  search.list.replaceChildren(...items);
  setActive(search, -1);
}

/** Searches for what the box holds and shows the first results, or clears them for an empty box. */
async function run(search: SearchDialog): Promise<void> {
  const { input, status, more } = search;
  const query = input.value.trim();
  const ticket = ++search.latest;
  more.href = url(paths.search(searchedQuery(query)));
  if (!query) {
    showOptions(search, []);
    status.textContent = '';
    return;
  }
  status.textContent = t.search.loading;
  try {
    const [{ runSearch }, { renderResult }, { resultStatus }] = await Promise.all([
      import('./search-engine.ts'),
      import('./result-card.ts'),
      import('../search-state.ts'),
    ]);
    const outcome = await runSearch({ query, filters: {}, sort: 'relevance' }, { limit: DIALOG_RESULTS });
    if (ticket !== search.latest) return;
    showOptions(search, outcome.results.map((data, i) => asOption(renderResult(data, { link: false }), data.url, i)));
    status.textContent = resultStatus(outcome, query);
  } catch (error) {
    if (ticket !== search.latest) return;
    status.textContent = t.search.failed;
    console.error(error);
  }
}

/** Results as the reader types, once they pause. */
function searchAsYouType(search: SearchDialog): void {
  search.input.addEventListener('input', () => {
    clearTimeout(search.timer);
    search.timer = setTimeout(() => void run(search), DEBOUNCE_MS);
  });
}

/** ↑/↓ move through the options; Enter opens the active one, or searches now and makes the first active. */
function handleOptionKeys(search: SearchDialog): void {
  search.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(search, moveActive(activeIndex(search), options(search).length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const href = options(search)[activeIndex(search)]?.dataset.href;
      if (href) location.assign(href);
      else {
        clearTimeout(search.timer);
        void run(search).then(() => setActive(search, options(search).length ? 0 : -1));
      }
    }
  });
  search.list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.href) location.assign(option.dataset.href);
  });
}

/** The shortcuts open the dialog anywhere on the page, with the last query; the header form opens it with its own. */
function handleOpening(search: SearchDialog, headerForm: HTMLFormElement | null): void {
  document.addEventListener('keydown', (event) => {
    if (search.dialog.open || event.defaultPrevented) return;
    if (opensSearch({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTyping(event.target) })) {
      event.preventDefault();
      open(search);
    }
  });
  headerForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    open(search, headerForm.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '');
  });
}

export function mountSearchDialog(dialog: HTMLDialogElement, headerForm: HTMLFormElement | null): void {
  const search: SearchDialog = {
    dialog,
    input: dialog.querySelector<HTMLInputElement>('input[type="search"]')!,
    status: dialog.querySelector<HTMLElement>('[data-search-status]')!,
    list: dialog.querySelector<HTMLElement>('[role="listbox"]')!,
    more: dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!,
    returnFocus: null,
    latest: 0,
  };
  handleClosing(search);
  searchAsYouType(search);
  handleOptionKeys(search);
  handleOpening(search, headerForm);
}
