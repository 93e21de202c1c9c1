/**
 * Every internal URL goes through `url()`, so the site works when deployed under a
 * subpath (BASE_PATH=/news/). Paths are directory-style and end in "/".
 */

/** Join the deploy base ("/" or "/news/", from astro.config.mjs) and a site path ("articles/x/"). */
export function url(path = '', base: string = __SITE_BASE__): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Symbols whose meaning a name would lose as a mere separator: C# and C++, P&G, 100%. */
const SYMBOL_WORDS: Record<string, string> = { '#': 'sharp', '+': 'plus', '&': 'and', '%': 'percent' };

/** Longest name slug, in characters: at most 4 UTF-8 bytes each, so a folder name stays under the usual 255-byte limit. */
export const NAME_SLUG_MAX = 60;

/**
 * The URL segment, and the folder on disk, of a free-form name such as a source, a tag or an
 * author: C# → c-sharp, AI 芯片 → ai-芯片, 新零售（上海）→ 新零售-上海, 人工智能 stays as it is.
 * Letters (any script) and digits are kept, lower-cased, with full-width letters folded
 * (NFKC); #, +, & and % become words; every other run of punctuation, symbols or spaces
 * becomes one "-". So the segment holds no character a static host or a URL treats
 * specially (/ . # ? % + & or a space), and the folder is exactly what a host decodes
 * the link to. "" when nothing is left (".", "..", "、"): such a name makes no URL, and the
 * content check refuses it. Two names may share a slug (C# and c#); the check refuses that too.
 */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[#+&%]/g, (symbol) => ` ${SYMBOL_WORDS[symbol]} `)
    .replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** The path segment of a name, as a link writes it: its slug, percent-encoded (人工智能 → %E4%BA%BA…). */
function nameSegment(name: string): string {
  return encodeURIComponent(nameSlug(name));
}

/** Page `page` of a paginated list at `path`: the first page is the list's own URL, then "2/", "3/"… as Astro's [...page] routes write them. */
function listPage(path: string, page: number): string {
  return page > 1 ? `${path}${page}/` : path;
}

export const paths = {
  /** The latest entries: the home page, then "page/2/"… (the error page's route would take "404/"). */
  home: (page = 1) => listPage(page > 1 ? 'page/' : '', page),
  article: (slug: string) => `articles/${slug}/`,
  sources: () => 'sources/',
  source: (name: string, page = 1) => listPage(`sources/${nameSegment(name)}/`, page),
  tags: () => 'tags/',
  tag: (name: string, page = 1) => listPage(`tags/${nameSegment(name)}/`, page),
  authors: () => 'authors/',
  /** An author's or editor's page, by the name their bylines give. */
  author: (name: string, page = 1) => listPage(`authors/${nameSegment(name)}/`, page),
  archive: () => 'archive/',
  /** A month of the archive: archive/2024/01/. */
  archiveMonth: (year: number, month: number, page = 1) => listPage(`archive/${year}/${String(month).padStart(2, '0')}/`, page),
  search: (query?: string) => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
  about: () => 'about/',
  feed: () => 'rss.xml',
  /** The search index of the newest entries, and Pagefind's script. */
  pagefind: () => 'pagefind/',
  /** An older part of the search index (1 holds the oldest entries); see src/search/search-bundles.ts. */
  olderSearchBundle: (n: number) => `pagefind/older/${n}/`,
  /** The older parts, newest first, as a JSON list of paths (written by src/search/pagefind-index.ts). */
  olderSearchBundles: () => 'pagefind/older.json',
};

/** Absolute URL for feeds, canonical links and structured data. */
export function absoluteUrl(path: string, site: URL | string, base?: string): string {
  return new URL(url(path, base), site).href;
}

/** Weibo's share page for `pageUrl` (absolute): a plain link, no script from Weibo. */
export function weiboShareUrl(pageUrl: string, title: string): string {
  const share = new URL('https://service.weibo.com/share/share.php');
  share.searchParams.set('url', pageUrl);
  share.searchParams.set('title', title);
  return share.href;
}

/** "/news", "news/" or "" become "/news/" and "/": the form Astro's `base` and url() expect. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
