/**
 * One search result as a list item, cloned from the page's empty teaser card
 * (src/search/SearchResultTemplate.astro) and filled with text only: nothing from the index is
 * parsed as HTML. Pagefind's marks become <mark> elements (src/search/search-state.ts).
 */
import { formatEntryDate, parseEntryDate } from '../../site/dates.ts';
import { excerptSegments } from '../search-state.ts';
import type { PagefindResultData } from './pagefind-loader.ts';
import { TEASER_THUMBNAIL } from '../../body/photo-sizes.ts';

function emptyCard(): Node {
  const card = document.querySelector<HTMLTemplateElement>('template[data-search-result-template]')?.content.querySelector('.teaser');
  if (!card) throw new Error('the page has no search result template');
  return card.cloneNode(true);
}

function part<T extends Element>(card: ParentNode, selector: string): T {
  const found = card.querySelector<T>(selector);
  if (!found) throw new Error(`the search result template has no ${selector}`);
  return found;
}

function fillTitle(card: ParentNode, data: PagefindResultData, link: boolean): void {
  const anchor = part<HTMLAnchorElement>(card, '.teaser__title a');
  const title = data.meta.title ?? data.url;
  if (!link) return anchor.replaceWith(title);
  anchor.textContent = title;
  anchor.href = data.url;
}

function fillExcerpt(card: ParentNode, excerpt: string): void {
  const mark = (text: string) => Object.assign(document.createElement('mark'), { textContent: text });
  part(card, '.teaser__excerpt p').replaceChildren(
    ...excerptSegments(excerpt).map((segment) => (segment.marked ? mark(segment.text) : document.createTextNode(segment.text))),
  );
}

/** Badge, source and date: each shown when the result has it, removed when not. */
function fillMeta(card: ParentNode, meta: PagefindResultData['meta']): void {
  if (meta.type !== 'brief') part(card, '.teaser__meta .badge').remove();
  const source = part(card, '.teaser__source');
  if (meta.source) source.textContent = meta.source;
  else source.remove();
  const time = part<HTMLTimeElement>(card, '.teaser__meta time');
  const date = parseEntryDate(meta.date ?? '');
  if (!date) return time.remove();
  time.dateTime = meta.date!;
  time.textContent = formatEntryDate(date);
}

/**
 * The entry's thumbnail, the lead image's small crop the lists show (src/components/TeaserCard.astro),
 * when the index has one (src/search/PagefindMeta.astro); alt="" as there, the title beside it
 * names the entry. Not Pagefind's own `image`, which is any page's first <img>, a body photo's
 * blurred preview as likely as not.
 */
function fillThumbnail(card: ParentNode, image: string | undefined): void {
  if (!image) return;
  const { width, height } = TEASER_THUMBNAIL;
  const img = Object.assign(document.createElement('img'), { src: image, alt: '', width, height, loading: 'lazy', decoding: 'async' });
  const box = Object.assign(document.createElement('div'), { className: 'teaser__thumbnail' });
  box.append(img);
  const teaser = part(card, '.teaser');
  teaser.classList.add('teaser--thumbnail');
  part(card, '.teaser__title').after(box);
}

/** `link: false` for dialog options, which the reader opens with Enter or a click on the whole option. */
export function renderResult(data: PagefindResultData, { link = true } = {}): HTMLLIElement {
  const item = document.createElement('li');
  item.append(emptyCard());
  fillTitle(item, data, link);
  fillExcerpt(item, data.excerpt);
  fillMeta(item, data.meta);
  fillThumbnail(item, data.meta.thumbnail);
  return item;
}
