// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { PREFERENCE_SCRIPT } from './src/reader/preference-script.ts';
import { remarkPlugins } from './src/body/remark-plugins.ts';
import contentCheck from './src/content/check-integration.ts';
import { EMBED_ORIGINS } from './src/body/elements/embed.ts';
import { entryVideos } from './src/body/video-files.ts';
import { deployTarget, siteUrlWarning, PLACEHOLDER_ORIGIN } from './src/site/deploy-target.ts';
import { configuredVariant, withTwinLinks } from './src/edition/editions.ts';
import { traditionalEditionPages } from './src/edition/edition-integration.ts';
import { keptPagesIntegration } from './src/site/kept-pages.ts';

const target = deployTarget();
const content = contentCheck();
const variant = configuredVariant();
/** The Traditional twins' URLs, filled in by traditionalEditionPages() for the sitemap. */
/** @type {string[]} */
const editionSitemapPages = [];
const twinLinks = variant ? withTwinLinks(variant, editionSitemapPages, new URL(target.base, target.site ?? PLACEHOLDER_ORIGIN).href) : undefined;

export default defineConfig({
  site: target.site ?? PLACEHOLDER_ORIGIN,
  base: target.base,
  // Directory-style URLs ending in "/" everywhere: the one trailing-slash policy.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // A page waits for its folder and file to be written; rendering the next ones meanwhile keeps the core busy.
    concurrency: 4,
  },
  // Entries are rendered by src/body/render-body.ts with the same remark plugins; these settings
  // make any Markdown or MDX page Astro renders itself read the same way.
  markdown: {
    // No code blocks in news copy; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // remark plugins only run under unified(); Sätteri (the default) ignores them.
    processor: unified({
      gfm: false,
      // Keep the editors' punctuation exactly as written: no smart quotes.
      smartypants: false,
      remarkPlugins,
    }),
  },
  image: {
    // Encoder settings chosen by measurement (docs/benchmarks.md): Sharp's default AVIF effort
    // costs most of a photo's build time for hardly fewer bytes.
    service: sharpImageService({ avif: { effort: 0 }, webp: { effort: 2 }, jpeg: { mozjpeg: true } }),
  },
  integrations: [
    // First, so a content mistake stops the build before anything else runs.
    content,
    // Before the twins and the sitemap: it removes the last build's pages no route made this time.
    keptPagesIntegration(),
    siteUrlWarning(target.site),
    // The video files the published entries play, emitted with hashed names (<Video src>).
    entryVideos(content.publishedVideos),
    // Renders any .mdx page; entries' bodies are rendered by src/body/render-body.ts.
    mdx(),
    // Before the sitemap, which lists the twins it writes.
    traditionalEditionPages(variant, editionSitemapPages),
    // The 404 page is noindex and stays out of the sitemap; an article's lastmod is its last change, from the
    // check. Each page names its twin in the other edition.
    sitemap({
      filter: (page) => !new URL(page).pathname.endsWith('/404/'),
      serialize: (item) => (twinLinks ? twinLinks(content.withLastModified(item)) : content.withLastModified(item)),
      customPages: editionSitemapPages,
    }),
    // The Pagefind index is written by `npm run build` beside Astro, bundle by bundle as their pages are written (scripts/build.ts).
  ],
  experimental: {
    // A build that finds the previous one's caches in Astro's cacheDir (node_modules/.astro)
    // renders only the pages whose data (each route's cacheKey) or code changed (docs/deploy.md).
    incrementalBuild: true,
  },
  security: {
    // Astro hashes every script and style it renders into a <meta> CSP; the rest allows
    // only what the site uses: its own files, and Pagefind's WebAssembly and Web Worker.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // The players of click-to-load embeds (src/body/elements/embed.ts), and nothing else.
        `frame-src ${EMBED_ORIGINS.join(' ')}`,
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Astro does not hash is:inline scripts; the no-flash theme script is one.
        hashes: [`sha256-${createHash('sha256').update(PREFERENCE_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    define: {
      // url()'s base (src/site/urls.ts). Not import.meta.env.BASE_URL: in prerendered pages Astro
      // fills import.meta.env from process.env, so a BASE_URL variable in the build's environment
      // replaced the configured base in every link while assets kept it.
      __SITE_BASE__: JSON.stringify(target.base),
      // The Traditional edition's variant, or false (src/edition/editions.ts).
      __TRADITIONAL_EDITION__: JSON.stringify(variant),
    },
    build: {
      rolldownOptions: {
        // Astro's own MDX output trips this harmless bundler notice once per entry
        // (withastro/astro#18087); keep every other warning visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
