/**
 * Search on a Traditional page: the index is the Simplified edition's (one index for both), so
 * what the search UI writes is turned into the edition as it appears: each text node converted
 * on its own (an excerpt's <mark> segments stay aligned, however a phrase changes length),
 * result links lead to the twins, and their ?highlight= terms are converted so the twin marks
 * the words it shows. The converter's dictionaries load only here, when a search starts.
 */
import { site } from '../../site.config.ts';
import { url } from '../../site/urls.ts';
import { HIGHLIGHT_PARAM } from '../../search/search-state.ts';
import type { Convert } from '../convert.ts';
import { isTraditionalPath } from '../edition-paths.ts';
import { traditionalEdition, twinSitePath, type TraditionalVariant } from '../editions.ts';

const LINK_ATTRIBUTES = ['href', 'data-href'];
/** Files under the base that are not pages: they have no twin. */
const NOT_PAGES = /^(?:_astro|pagefind)\//;

function twinHref(href: string, variant: TraditionalVariant, convert: Convert): string {
  const target = new URL(href, location.href);
  const base = url();
  if (target.origin !== location.origin || !target.pathname.startsWith(base)) return href;
  const sitePath = target.pathname.slice(base.length);
  if (isTraditionalPath(sitePath) || NOT_PAGES.test(sitePath)) return href;
  target.pathname = base + twinSitePath(sitePath, traditionalEdition(variant));
  const terms = target.searchParams.getAll(HIGHLIGHT_PARAM);
  target.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms) target.searchParams.append(HIGHLIGHT_PARAM, convert(term));
  return target.pathname + target.search + target.hash;
}

function convertTree(node: Node, variant: TraditionalVariant, convert: Convert): void {
  if (node instanceof Text) {
    const converted = convert(node.data);
    if (converted !== node.data) node.data = converted;
    return;
  }
  if (!(node instanceof Element)) return;
  for (const name of LINK_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value !== null) {
      const twin = twinHref(value, variant, convert);
      if (twin !== value) node.setAttribute(name, twin);
    }
  }
  // Inputs keep what the reader typed.
  if (node instanceof HTMLInputElement) return;
  for (const child of node.childNodes) convertTree(child, variant, convert);
}

/** Converts the search UIs `roots` from now on, starting with what they already show. */
export function convertSearch(roots: Element[], variant: TraditionalVariant | false = __TRADITIONAL_EDITION__): void {
  if (!variant) return;
  let converter: Promise<Convert> | undefined;
  const load = () => {
    converter ??= import('../convert.ts').then(({ traditionalConverter }) => traditionalConverter(variant, site.pinnedPhrases));
    return converter;
  };
  const pending = new Set<Node>(roots);
  const flush = () =>
    void load().then((convert) => {
      for (const record of observer.takeRecords()) pending.add(record.target);
      const nodes = [...pending];
      pending.clear();
      for (const node of nodes) if (node.isConnected) convertTree(node, variant, convert);
      // The converter's own changes are not news.
      observer.takeRecords();
    });
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach((node) => pending.add(node));
      else pending.add(record.target);
    }
    flush();
  });
  for (const root of roots) {
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: LINK_ATTRIBUTES });
  }
  flush();
}
