/**
 * Writes the Traditional edition once Astro has built the Simplified site: each page's twin
 * under zh-hant/ and the twin of the RSS feed (./write-edition.ts). Converting the built
 * pages rather than rendering every route again keeps the edition's cost to the conversion
 * itself, and converts whatever a page shows, however it was made. Pagefind indexes only the
 * Simplified pages (scripts/build.ts indexes the content check's search order), so both
 * editions share one index.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { progressLine } from '../site/progress-line.ts';
import { twinsInPlaceFile } from '../site/kept-pages.ts';
import { buildHandover, writeStepCounts } from '../content/check-handover.ts';
import { TRADITIONAL_PREFIX } from './edition-paths.ts';
import { traditionalEdition, twinSitePath, type TraditionalVariant } from './editions.ts';
import { FEED, pagePath, twinInputsDigest, writeEdition } from './write-edition.ts';
import { renderTimeTwins } from './render-time-twins.ts';

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;

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
  let outDir = '';
  let whileRendering: ReturnType<typeof renderTimeTwins> | undefined;
  const keptIn = () => path.join(buildHandover(cacheDir), 'traditional-twins');
  return {
    name: 'news-traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        home = new URL(config.base, config.site).href;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (!variant) return;
        setPrerenderer((rendering) => {
          whileRendering = renderTimeTwins(rendering, { variant, base, home, kept: keptIn(), made: twinInputsDigest({ variant, base, home, root }) }, outDir, [FEED], (message) => logger.warn(message));
          return whileRendering.prerenderer;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!variant) {
          // Twins moved back with the last build's pages (src/site/kept-pages.ts) are not this site's any more.
          rmSync(path.join(fileURLToPath(dir), TRADITIONAL_PREFIX), { recursive: true, force: true });
          rmSync(twinsInPlaceFile(buildHandover(cacheDir)), { force: true });
          return;
        }
        const started = performance.now();
        const rendered = await whileRendering?.finish();
        // Of the whole process, its threads included (getrusage), however the work is shared out.
        const cpuBefore = process.cpuUsage();
        const edition = traditionalEdition(variant);
        const handover = buildHandover(cacheDir);
        const kept = keptIn();
        const progress = progressLine((line) => logger.info(line), (done, total) => `${done}/${total} pages of the ${edition.lang} edition`);
        const { pages, converted, reused, keptInPlace } = await writeEdition({ outDir: fileURLToPath(dir), variant, base, home, kept, root, rendered, inPlaceRecord: twinsInPlaceFile(handover), progress });
        // The 404 page stays out of the sitemap, as the Simplified one does.
        for (const file of pages) if (file.endsWith('index.html')) sitemapPages.push(new URL(twinSitePath(pagePath(file), edition), home).href);
        writeStepCounts(handover, 'edition', { twinsConverted: converted, twinsReused: reused, twinsKeptInPlace: keptInPlace });
        const cpu = cpuSeconds(process.cpuUsage(cpuBefore)).toFixed(1);
        logger.info(`${pages.length} pages and the feed of the ${edition.lang} edition (${reused} twins unchanged, ${rendered?.made.length ?? 0} of the ${converted} converted while Astro rendered; kept in ${path.relative(root, kept)}) in ${Math.round(performance.now() - started)} ms, ${cpu} s of CPU`);
      },
    },
  };
}
