/** The deploy base path ("/" or "/news/"), defined by astro.config.mjs for url() in src/site/urls.ts. */
declare const __SITE_BASE__: string;
/** In a build, the folder where the content check left the articles' rendered bodies (src/content/check-integration.ts); undefined in `astro dev`. */
declare const __RENDERED_BODIES__: string | undefined;
/** The Traditional edition's variant ('twp', 'hk') or false, defined by astro.config.mjs from src/site.config.ts and TRADITIONAL_EDITION. */
declare const __TRADITIONAL_EDITION__: 'twp' | 'hk' | false;
/** In a build, the moment it publishes at, as an ISO string (src/content/publication.ts); undefined in `astro dev`, which shows every entry. */
declare const __PUBLICATION_MOMENT__: string | undefined;
