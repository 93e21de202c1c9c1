/**
 * A built Simplified page rewritten as its Traditional twin: every text a reader sees is
 * converted (text, alt/title/aria-label/placeholder, meta descriptions, JSON-LD), links to
 * pages that have a twin lead to the twin, and the page says its language. Scripts, styles,
 * URLs, ids and class names stay as built, so the page's CSP hashes still hold.
 */
import render from 'dom-serializer';
import { isTag, Text, type ChildNode, type Element } from 'domhandler';
import { decodeHTMLAttribute, escapeAttribute, escapeText } from 'entities';
import { parseDocument } from 'htmlparser2';
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
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder', 'data-share-title']);
/** Attributes holding a link, relative or absolute (any other attribute's value that is a whole URL of this site is one too). */
const URL_ATTRIBUTES = new Set(['href', 'action']);
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

/*
 * The page is parsed and written with its entities as they are (htmlparser2, dom-serializer): the
 * text of scripts and styles and every value the twin does not change stay byte for byte as Astro
 * wrote them (the markup is written again, in double quotes). Text is converted as written: every
 * key of OpenCC's dictionaries holds a Han character and none holds & or ;, so none reaches into
 * an entity (tests/unit/traditional-conversion.test.ts). An attribute is read decoded and written
 * escaped.
 */
const attribute = (node: Element, name: string) => (node.attribs[name] === undefined ? undefined : decodeHTMLAttribute(node.attribs[name]));
const setAttribute = (node: Element, name: string, value: string) => void (node.attribs[name] = escapeAttribute(value));

function convertMeta(node: Element, context: TwinContext): void {
  const name = attribute(node, 'name') ?? attribute(node, 'property') ?? '';
  const content = attribute(node, 'content');
  if (content === undefined || !name || META_NOT_TEXT.has(name)) return;
  if (name === 'og:locale') setAttribute(node, 'content', context.edition.ogLocale);
  else if (name === 'og:url') setAttribute(node, 'content', twinUrl(content, context));
  else setAttribute(node, 'content', context.convert(content));
}

/** The header's link to the other edition (src/edition/EditionSwitch.astro), turned round to lead back to the Simplified page. */
function turnSwitch(node: Element, context: TwinContext): void {
  setAttribute(node, 'href', (attribute(node, 'href') ?? '').replace(context.base + context.edition.prefix, context.base));
  setAttribute(node, 'hreflang', simplifiedEdition.lang);
  setAttribute(node, 'lang', simplifiedEdition.lang);
  setAttribute(node, 'aria-label', t.edition.toSimplified.name);
  node.children = [new Text(escapeText(t.edition.toSimplified.label))];
}

/** The share row's QR code (src/share/ShareRow.astro), made again for the twin's own URL. */
function remakeQrCode(node: Element, context: TwinContext): void {
  const url = twinUrl(attribute(node, 'data-share-qr') ?? '', context);
  setAttribute(node, 'data-share-qr', url);
  setAttribute(node, 'aria-label', fill(context.convert(t.share.qrCode), { url }));
  // Our own markup: a text node is written as it is (entities are not encoded).
  node.children = [new Text(qrCodeSvg(url))];
}

function convertElement(node: Element, context: TwinContext): void {
  if (node.name === 'html') setAttribute(node, 'lang', context.edition.lang);
  if (node.attribs['data-edition-switch'] !== undefined) return turnSwitch(node, context);
  if (node.attribs['data-share-qr'] !== undefined) return remakeQrCode(node, context);
  // Our hreflang alternates and links to the other edition already name both editions; a link an editor marks with another language is converted like any other.
  const hrefLang = attribute(node, 'hreflang');
  if (hrefLang === 'x-default' || hrefLang === simplifiedEdition.lang || hrefLang === context.edition.lang) return;
  if (node.name === 'script') {
    const json = node.children[0];
    if (attribute(node, 'type') === 'application/ld+json' && json instanceof Text) {
      json.data = serializeJsonLd(convertJson(JSON.parse(json.data), '', context));
    }
    return;
  }
  if (node.name === 'style') return;
  if (node.name === 'meta') convertMeta(node, context);
  for (const name of Object.keys(node.attribs)) {
    const value = attribute(node, name)!;
    let twin = TEXT_ATTRIBUTES.has(name) ? context.convert(value) : value;
    if (URL_ATTRIBUTES.has(name)) {
      twin = twinUrl(value, context);
      if (twin === value) twin = twinExternalUrl(value, context);
    }
    // A page's own URL kept for script or shown as text (the share row's data-share-url, its address field): the twin's.
    else if (twin.startsWith(context.home)) twin = twinUrl(twin, context);
    if (twin !== value) setAttribute(node, name, twin);
  }
  convertChildren(node.children, context);
}

function convertChildren(children: ChildNode[], context: TwinContext): void {
  for (const child of children) {
    if (child instanceof Text) child.data = context.convert(child.data);
    else if (isTag(child)) convertElement(child, context);
  }
}

export function twinPage(html: string, context: TwinContext): string {
  const page = parseDocument(html, { decodeEntities: false });
  convertChildren(page.children, context);
  return render(page, { encodeEntities: false });
}

/** The RSS feed's twin: its text converted (its URLs hold no Han characters), links to twins, the edition's language. */
export function twinFeed(xml: string, context: TwinContext): string {
  return context
    .convert(xml)
    .replace(/(<(?:link|guid)\b[^>]*>)([^<]+)/g, (_, open: string, link: string) => open + twinUrl(link, context))
    .replace(/<language>[^<]*<\/language>/, `<language>${context.edition.rssLanguage}</language>`);
}
