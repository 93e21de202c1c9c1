/**
 * A built Simplified page rewritten as its Traditional twin: every text a reader sees is
 * converted (text, alt/title/aria-label/placeholder, meta descriptions, JSON-LD), links to
 * pages that have a twin lead to the twin, and the page says its language. Scripts, styles,
 * URLs, ids and class names stay as built, so the page's CSP hashes still hold.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { parse } from 'parse5';
import { serializeJsonLd } from '../site/structured-data.ts';
import { fill } from '../site/fill.ts';
import { t } from '../site/strings.ts';
import { qrCodeSvg } from '../share/qr-code.ts';
import type { Convert } from './convert.ts';
import { simplifiedEdition, twinSitePath, type Edition } from './editions.ts';

export interface TwinContext {
  edition: Edition;
  convert: Convert;
  /** The deploy base ("/" or "/news/"). */
  base: string;
  /** The site's absolute home URL ("https://example.org/news/"). */
  home: string;
  /** Whether a decoded site path ("articles/x/", "rss.xml") has a twin. */
  hasTwin: (sitePath: string) => boolean;
}

/** Attributes whose text a reader sees or hears, or shares (the share row's title: src/share/ShareRow.astro). */
const TEXT_PROPERTIES = ['alt', 'title', 'ariaLabel', 'placeholder', 'dataShareTitle'] as const;
/** Attributes holding a link, relative or absolute (any other attribute's value that is a whole URL of this site is one too). */
const URL_PROPERTIES = ['href', 'action'] as const;
/** Meta tags that are not text: left alone, or (og:url, og:locale) set for the edition. */
const META_NOT_TEXT = new Set(['viewport', 'generator', 'robots', 'og:type', 'twitter:card', 'article:published_time']);

/** A link (relative to the host, or absolute) to a page with a twin, as the twin's link; anything else as it was. */
export function twinUrl(value: string, context: Pick<TwinContext, 'edition' | 'base' | 'home' | 'hasTwin'>): string {
  const prefix = value.startsWith(context.home) ? context.home : value.startsWith(context.base) ? context.base : undefined;
  if (prefix === undefined) return value;
  const rest = value.slice(prefix.length);
  const end = rest.search(/[?#]/);
  const sitePath = end < 0 ? rest : rest.slice(0, end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return value;
  }
  if (!context.hasTwin(decoded)) return value;
  return prefix + twinSitePath(sitePath, context.edition) + (end < 0 ? '' : rest.slice(end));
}

/**
 * A link to another site that carries one of ours in its query (a share link: ?url=…&title=…):
 * each parameter a URL of ours leads to the twin, every other one is text and is converted.
 */
function twinExternalUrl(value: string, context: TwinContext): string {
  const query = value.indexOf('?');
  if (!/^https?:/.test(value) || query < 0) return value;
  const end = value.indexOf('#', query);
  const params = value.slice(query + 1, end < 0 ? undefined : end).split('&').map((param) => {
    const equals = param.indexOf('=');
    if (equals < 0) return param;
    let text: string;
    try {
      text = decodeURIComponent(param.slice(equals + 1).replace(/\+/g, ' '));
    } catch {
      return param;
    }
    const twin = text.startsWith(context.home) ? twinUrl(text, context) : context.convert(text);
    return twin === text ? param : `${param.slice(0, equals)}=${encodeURIComponent(twin)}`;
  });
  return `${value.slice(0, query)}?${params.join('&')}${end < 0 ? '' : value.slice(end)}`;
}

function convertJson(value: unknown, key: string, context: TwinContext): unknown {
  if (typeof value === 'string') {
    if (key === 'inLanguage') return context.edition.lang;
    return /^https?:/.test(value) ? twinUrl(value, context) : context.convert(value);
  }
  if (Array.isArray(value)) return value.map((item) => convertJson(item, key, context));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, convertJson(item, name, context)]));
  }
  return value;
}

function convertMeta(node: Element, context: TwinContext): void {
  const name = String(node.properties.name ?? node.properties.property ?? '');
  const content = node.properties.content;
  if (typeof content !== 'string' || !name || META_NOT_TEXT.has(name)) return;
  if (name === 'og:locale') node.properties.content = context.edition.ogLocale;
  else if (name === 'og:url') node.properties.content = twinUrl(content, context);
  else node.properties.content = context.convert(content);
}

/** The header's link to the other edition (src/edition/EditionSwitch.astro), turned round to lead back to the Simplified page. */
function turnSwitch(node: Element, context: TwinContext): void {
  const href = String(node.properties.href ?? '');
  node.properties.href = href.replace(context.base + context.edition.prefix, context.base);
  node.properties.hrefLang = simplifiedEdition.lang;
  node.properties.lang = simplifiedEdition.lang;
  node.properties.ariaLabel = t.edition.toSimplified.name;
  node.children = [{ type: 'text', value: t.edition.toSimplified.label }];
}

/** The share row's QR code (src/share/ShareRow.astro), made again for the twin's own URL. */
function remakeQrCode(node: Element, context: TwinContext): void {
  const url = twinUrl(String(node.properties.dataShareQr), context);
  node.properties.dataShareQr = url;
  node.properties.ariaLabel = fill(context.convert(t.share.qrCode), { url });
  // Our own markup, written as it is (toHtml's allowDangerousHtml), as the page has it.
  node.children = [{ type: 'raw', value: qrCodeSvg(url) } as unknown as Element];
}

function convertElement(node: Element, context: TwinContext): void {
  if (node.tagName === 'html') node.properties.lang = context.edition.lang;
  if (node.properties.dataEditionSwitch !== undefined) return turnSwitch(node, context);
  if (node.properties.dataShareQr !== undefined) return remakeQrCode(node, context);
  // Our hreflang alternates and links to the other edition already name both editions; a link an editor marks with another language is converted like any other.
  const hrefLang = node.properties.hrefLang;
  if (hrefLang === 'x-default' || hrefLang === simplifiedEdition.lang || hrefLang === context.edition.lang) return;
  if (node.tagName === 'script') {
    const json = node.children[0];
    if (node.properties.type === 'application/ld+json' && json?.type === 'text') {
      json.value = serializeJsonLd(convertJson(JSON.parse(json.value), '', context));
    }
    return;
  }
  if (node.tagName === 'style') return;
  if (node.tagName === 'meta') convertMeta(node, context);
  for (const property of TEXT_PROPERTIES) {
    const value = node.properties[property];
    if (typeof value === 'string') node.properties[property] = context.convert(value);
  }
  for (const [property, value] of Object.entries(node.properties)) {
    if (typeof value !== 'string') continue;
    if ((URL_PROPERTIES as readonly string[]).includes(property)) {
      const twin = twinUrl(value, context);
      node.properties[property] = twin === value ? twinExternalUrl(value, context) : twin;
    } else if (value.startsWith(context.home)) {
      // A page's own URL kept for script or shown as text (the share row's data-share-url, its address field): the twin's.
      node.properties[property] = twinUrl(value, context);
    }
  }
  convertChildren(node.children, context);
}

function convertChildren(children: RootContent[], context: TwinContext): void {
  for (const child of children) {
    if (child.type === 'text') child.value = context.convert(child.value);
    else if (child.type === 'element') convertElement(child, context);
  }
}

export function twinPage(html: string, context: TwinContext): string {
  // Parsed as hast-util-from-html parses (scripting off, so <noscript> holds markup), but without
  // the source positions it records for every node: nothing here reads them, and they cost time.
  const tree = fromParse5(parse(html, { scriptingEnabled: false })) as Root;
  convertChildren(tree.children, context);
  // Written as Astro writes its pages, so the twins pass the same html-validate rules.
  return toHtml(tree, { upperDoctype: true, collapseEmptyAttributes: true, allowDangerousHtml: true });
}

/** The RSS feed's twin: its text converted (its URLs hold no Han characters), links to twins, the edition's language. */
export function twinFeed(xml: string, context: TwinContext): string {
  return context
    .convert(xml)
    .replace(/(<(?:link|guid)\b[^>]*>)([^<]+)/g, (_, open: string, link: string) => open + twinUrl(link, context))
    .replace(/<language>[^<]*<\/language>/, `<language>${context.edition.rssLanguage}</language>`);
}
