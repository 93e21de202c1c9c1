/** One search result as a list item: title link, excerpt with marked words, brief badge, source, date. */
import { t } from '../../site/strings.ts';
import { formatChineseDate, parseIsoDay } from '../../site/dates.ts';
import { excerptSegments } from '../search-state.ts';
import type { PagefindResultData } from './pagefind-loader.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `link: false` for dialog options, which the reader opens with Enter or a click on the whole option. */
export function renderResult(data: PagefindResultData, { link = true } = {}): HTMLLIElement {
  const item = element('li');
  const card = element('article', 'teaser');
  const heading = element('h2', 'teaser__title');
  const title = data.meta.title ?? data.url;
  if (link) {
    const anchor = element('a', undefined, title);
    anchor.href = data.url;
    heading.append(anchor);
  } else heading.textContent = title;

  const excerpt = element('p', 'teaser__excerpt');
  for (const segment of excerptSegments(data.excerpt)) {
    excerpt.append(segment.marked ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }

  const meta = element('p', 'teaser__meta');
  if (data.meta.type === 'brief') meta.append(element('span', 'badge', t.article.brief));
  if (data.meta.source) meta.append(element('span', undefined, data.meta.source));
  const date = parseIsoDay(data.meta.date ?? '');
  if (date) {
    const time = element('time', undefined, formatChineseDate(date));
    time.dateTime = data.meta.date ?? '';
    meta.append(time);
  }
  card.append(heading, excerpt, meta);
  item.append(card);
  return item;
}
