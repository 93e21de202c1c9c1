/**
 * The search dialog: opened from the header form, Ctrl+K / ⌘K or "/"; results as you type
 * (debounced), ↑/↓ through them, Enter opens one, Esc closes and focus returns. The search
 * code and the Pagefind bundle are imported on the first query, not with the page.
 */
import { t } from '../../site/strings.ts';
import { paths, url } from '../../site/urls.ts';
import { DIALOG_RESULTS, moveActive, opensSearch } from '../dialog-keys.ts';

const DEBOUNCE_MS = 150;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function mountSearchDialog(dialog: HTMLDialogElement, headerForm: HTMLFormElement | null): void {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLElement>('[role="listbox"]')!;
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  let returnFocus: HTMLElement | null = null;
  let active = -1;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function open(query = input.value): void {
    if (dialog.open) return;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.value = query;
    dialog.showModal();
    input.focus();
    input.select();
    if (query.trim()) void run();
  }

  function options(): HTMLElement[] {
    return [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  function setActive(index: number): void {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options()[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    more.href = url(paths.search(query));
    if (!query) {
      list.replaceChildren();
      setActive(-1);
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
      if (ticket !== latest) return;
      list.replaceChildren(
        ...outcome.results.map((data, i) => {
          const item = renderResult(data, { link: false });
          item.id = `search-option-${i}`;
          item.setAttribute('role', 'option');
          item.dataset.href = data.url;
          return item;
        }),
      );
      setActive(-1);
      status.textContent = resultStatus(outcome, query);
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = t.search.failed;
      console.error(error);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(moveActive(active, options().length, event.key));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const href = options()[active]?.dataset.href;
      if (href) location.assign(href);
      else {
        clearTimeout(timer);
        void run().then(() => setActive(options().length ? 0 : -1));
      }
    }
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.href) location.assign(option.dataset.href);
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    returnFocus?.focus();
    returnFocus = null;
  });

  document.addEventListener('keydown', (event) => {
    if (dialog.open || event.defaultPrevented) return;
    if (opensSearch({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTyping(event.target) })) {
      event.preventDefault();
      open('');
    }
  });
  headerForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    open(headerForm.querySelector<HTMLInputElement>('input[name="q"]')?.value ?? '');
  });
}
