/**
 * The site's two editions: Simplified at the site's own paths, Traditional (converted at build
 * time, src/edition/edition-integration.ts) at the same paths under zh-hant/. Everything that
 * differs between them is here: path prefix, language tags and the converter's variant.
 */
import { site } from '../site.config.ts';
import { isTraditionalPath, TRADITIONAL_PREFIX } from './edition-paths.ts';

export type TraditionalVariant = 'twp' | 'hk';

export interface Edition {
  /** Path segment before each site path: "" or "zh-hant/". */
  prefix: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  lang: string;
  ogLocale: string;
  rssLanguage: string;
}

export const simplifiedEdition: Edition = { prefix: '', lang: site.lang, ogLocale: site.ogLocale, rssLanguage: site.rssLanguage };

const traditionalLocales: Record<TraditionalVariant, Omit<Edition, 'prefix'>> = {
  twp: { lang: 'zh-Hant-TW', ogLocale: 'zh_TW', rssLanguage: 'zh-tw' },
  hk: { lang: 'zh-Hant-HK', ogLocale: 'zh_HK', rssLanguage: 'zh-hk' },
};

export function traditionalEdition(variant: TraditionalVariant): Edition {
  return { prefix: TRADITIONAL_PREFIX, ...traditionalLocales[variant] };
}

/** The variant this build converts to, or false: src/site.config.ts, unless TRADITIONAL_EDITION (twp, hk, off) says otherwise. */
export function configuredVariant(env: Record<string, string | undefined> = process.env): TraditionalVariant | false {
  const chosen = env.TRADITIONAL_EDITION?.trim();
  if (!chosen) return site.traditionalEdition;
  if (chosen === 'off') return false;
  if (chosen === 'twp' || chosen === 'hk') return chosen;
  throw new Error(`TRADITIONAL_EDITION=${chosen}：请写 twp（台湾）、hk（香港）或 off（不生成繁体版）。`);
}

/** The Traditional edition of this build (undefined when it is turned off), for pages and components. */
export function builtTraditionalEdition(): Edition | undefined {
  return __TRADITIONAL_EDITION__ ? traditionalEdition(__TRADITIONAL_EDITION__) : undefined;
}

/** A sitemap item's alternates (@astrojs/sitemap's `links`). */
export interface SitemapItem {
  url: string;
  links?: { url: string; lang: string }[] | undefined;
}

/**
 * A step for @astrojs/sitemap's `serialize` that gives each page and its twin their
 * `xhtml:link` alternates, as its `i18n` option would, in the same order; that option compares
 * every URL with every other, seconds of a build at ten thousand entries. `twinUrls` are the
 * twins' absolute URLs, filled in before the sitemap is written; `home` is the site's home URL.
 */
export function withTwinLinks(variant: TraditionalVariant, twinUrls: readonly string[], home: string): <Item extends SitemapItem>(item: Item) => Item {
  const edition = traditionalEdition(variant);
  const twinHome = home + edition.prefix;
  let twins: Set<string> | undefined;
  return (item) => {
    twins ??= new Set(twinUrls);
    if (!item.url.startsWith(home)) return item;
    const simplified = item.url.startsWith(twinHome) ? home + item.url.slice(twinHome.length) : item.url;
    const twin = twinHome + simplified.slice(home.length);
    if (!twins.has(twin)) return item;
    const links = [
      { url: simplified, lang: simplifiedEdition.lang },
      { url: twin, lang: edition.lang },
    ].sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
    return { ...item, links };
  };
}

/** A site path of one edition ("articles/x/") as the other edition's path. */
export function twinSitePath(sitePath: string, to: Edition): string {
  const simplified = isTraditionalPath(sitePath) ? sitePath.slice(TRADITIONAL_PREFIX.length) : sitePath;
  return to.prefix + simplified;
}
