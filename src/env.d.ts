/** The deploy base path ("/" or "/news/"), defined by astro.config.mjs for url() in src/lib/urls.ts. */
declare const __SITE_BASE__: string;
