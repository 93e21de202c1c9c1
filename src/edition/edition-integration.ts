/**
 * Writes the Traditional edition once Astro has built the Simplified site: each page's twin
 * under zh-hant/ (src/edition/twin-page.ts) and the twin of the RSS feed. Converting the built
 * pages rather than rendering every route again keeps the edition's cost to the conversion
 * itself, and converts whatever a page shows, however it was made. Pagefind indexes only the
 * Simplified pages (scripts/build.ts indexes the content check's search order), so both
 * editions share one index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { site } from '../site.config.ts';
import { traditionalConverter, type Convert } from './convert.ts';
import { traditionalEdition, twinSitePath, type TraditionalVariant } from './editions.ts';
import { twinFeed, twinPage, type TwinContext } from './twin-page.ts';

const FEED = 'rss.xml';

/** The site path a page file is served at: "articles/x/index.html" → "articles/x/", "404.html" stays. */
function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Text repeats across pages (navigation, teasers, names): each distinct text is converted once. */
function remembered(convert: Convert): Convert {
  const known = new Map<string, string>();
  return (text) => {
    let converted = known.get(text);
    if (converted === undefined) known.set(text, (converted = convert(text)));
    return converted;
  };
}

/**
 * `sitemapPages` is the array handed to @astrojs/sitemap as `customPages`: the twins' URLs are
 * added to it before the sitemap is written (this integration comes first), so the sitemap
 * lists them, with `xhtml:link` alternates from its `i18n` option.
 */
export function traditionalEditionPages(variant: TraditionalVariant | false, sitemapPages: string[]): AstroIntegration {
  let base = '/';
  let home = '';
  return {
    name: 'news-traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        home = new URL(config.base, config.site).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!variant) return;
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const edition = traditionalEdition(variant);
        const pages = (await glob('**/*.html', { cwd: outDir, ignore: ['pagefind/**', `${edition.prefix}**`] })).sort();
        const twins = new Set([...pages.map(pagePath), FEED]);
        const context: TwinContext = {
          edition,
          convert: remembered(traditionalConverter(variant, site.pinnedPhrases)),
          base,
          home,
          hasTwin: (sitePath) => twins.has(sitePath),
        };
        const write = (file: string, text: string) => {
          const target = path.join(outDir, edition.prefix, file);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, text);
        };
        for (const file of pages) {
          write(file, twinPage(readFileSync(path.join(outDir, file), 'utf8'), context));
          // The 404 page stays out of the sitemap, as the Simplified one does.
          if (file.endsWith('index.html')) sitemapPages.push(new URL(twinSitePath(pagePath(file), edition), home).href);
        }
        write(FEED, twinFeed(readFileSync(path.join(outDir, FEED), 'utf8'), context));
        logger.info(`${pages.length} pages of the ${edition.lang} edition in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
