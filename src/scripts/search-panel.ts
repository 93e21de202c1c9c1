/** The search page: runs the URL's query on load, and each submitted query, against Pagefind. */
import { t } from '../strings.ts';
import { fill } from '../lib/text.ts';
import { paths, url } from '../lib/urls.ts';
import { formatChineseDate } from '../lib/dates.ts';
import { excerptSegments, parseMetaDate, readQuery } from '../lib/search.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li');
  const card = element('article', 'teaser');
  const heading = element('h2', 'teaser__title');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);

  const excerpt = element('p', 'teaser__excerpt');
  for (const segment of excerptSegments(data.excerpt)) {
    excerpt.append(segment.marked ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }

  const meta = element('p', 'teaser__meta');
  if (data.meta.type === 'brief') meta.append(element('span', 'badge', t.article.brief));
  if (data.meta.source) meta.append(element('span', undefined, data.meta.source));
  const date = parseMetaDate(data.meta.date);
  if (date) {
    const time = element('time', undefined, formatChineseDate(date));
    time.dateTime = data.meta.date ?? '';
    meta.append(time);
  }
  card.append(heading, excerpt, meta);
  item.append(card);
  return item;
}

export function mountSearchPanel(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  let latest = 0;
  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    list!.replaceChildren();
    if (!query) {
      status!.textContent = t.search.prompt;
      return;
    }
    status!.textContent = t.search.loading;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const results = await Promise.all(search.results.map((result) => result.data()));
      if (ticket !== latest) return;
      list!.replaceChildren(...results.map(renderResult));
      status!.textContent = results.length
        ? fill(t.search.count, { n: results.length })
        : fill(t.search.empty, { q: query });
    } catch (error) {
      if (ticket !== latest) return;
      status!.textContent = t.search.failed;
      console.error(error);
    }
  }

  input.value = readQuery(location.search);
  void run(input.value);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    history.pushState(null, '', url(paths.search(query)));
    void run(query);
  });
  window.addEventListener('popstate', () => {
    input.value = readQuery(location.search);
    void run(input.value);
  });
}
