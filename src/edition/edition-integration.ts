/**
 * Writes the Traditional edition once Astro has built the Simplified site: each page's twin
 * under zh-hant/ (src/edition/twin-page.ts) and the twin of the RSS feed. Converting the built
 * pages rather than rendering every route again keeps the edition's cost to the conversion
 * itself, and converts whatever a page shows, however it was made. Pagefind indexes only the
 * Simplified pages (scripts/build.ts indexes the content check's search order), so both
 * editions share one index.
 *
 * A twin is kept in Astro's cacheDir under a digest of its Simplified page's bytes and of all
 * else it is made from (variant, pinned phrases, base, the edition's code and the packages), with
 * the answers it took on which pages have twins: a page Astro's incremental build skipped, or
 * one that came out the same, is not converted again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { site } from '../site.config.ts';
import { codeVersion } from '../site/code-version.ts';
import { progressLine } from '../site/progress-line.ts';
import { buildHandover, replaceFile, writeStepCounts } from '../content/check-handover.ts';
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

/** A twin as an earlier build made it: its text, and which site paths it asked about having a twin, with the answers. */
interface KeptTwin {
  asked: Record<string, boolean>;
  twin: string;
}

/** The twins kept in `folder`, by key; each build keeps those it used and removes the rest. */
function twinStore(folder: string) {
  mkdirSync(folder, { recursive: true });
  const used = new Set<string>();
  const file = (key: string) => path.join(folder, `${key}.json`);
  return {
    get(key: string): KeptTwin | undefined {
      used.add(key);
      try {
        return JSON.parse(readFileSync(file(key), 'utf8')) as KeptTwin;
      } catch {
        // Not kept, or removed by another build of the project meanwhile: converted again.
        return undefined;
      }
    },
    set(key: string, kept: KeptTwin): void {
      replaceFile(file(key), JSON.stringify(kept));
    },
    prune(): void {
      for (const name of readdirSync(folder)) if (!used.has(path.basename(name, '.json'))) rmSync(path.join(folder, name), { force: true });
    },
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
  let root = '';
  let cacheDir = '';
  return {
    name: 'news-traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
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
        const handover = buildHandover(cacheDir);
        const kept = path.join(handover, 'traditional-twins');
        const store = twinStore(kept);
        const made = createHash('sha256').update(JSON.stringify([variant, site.pinnedPhrases, base, home, codeVersion(new URL(import.meta.url), root)]));
        let reused = 0;
        const progress = progressLine((line) => logger.info(line), (done, total) => `${done}/${total} pages of the ${edition.lang} edition`);
        for (const [index, file] of pages.entries()) {
          progress(index, pages.length);
          const bytes = readFileSync(path.join(outDir, file));
          const key = made.copy().update(file).update('\0').update(bytes).digest('base64url');
          const before = store.get(key);
          if (before && Object.entries(before.asked).every(([sitePath, had]) => twins.has(sitePath) === had)) {
            write(file, before.twin);
            reused++;
          } else {
            const asked: KeptTwin['asked'] = {};
            const twin = twinPage(bytes.toString('utf8'), { ...context, hasTwin: (sitePath) => (asked[sitePath] = twins.has(sitePath)) });
            store.set(key, { asked, twin });
            write(file, twin);
          }
          // The 404 page stays out of the sitemap, as the Simplified one does.
          if (file.endsWith('index.html')) sitemapPages.push(new URL(twinSitePath(pagePath(file), edition), home).href);
        }
        write(FEED, twinFeed(readFileSync(path.join(outDir, FEED), 'utf8'), context));
        store.prune();
        writeStepCounts(handover, 'edition', { twinsConverted: pages.length - reused, twinsReused: reused });
        logger.info(`${pages.length} pages of the ${edition.lang} edition (${reused} unchanged, kept in ${path.relative(root, kept)}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
