/**
 * Where the site will be served, from the environment: SITE_URL (origin) and BASE_PATH
 * (subpath). Without SITE_URL the build still works; absolute URLs (feed, sitemap,
 * canonical links) then use a placeholder origin, and the build says so once.
 */
import type { AstroIntegration } from 'astro';
import { normalizeBase } from './urls.ts';

export const PLACEHOLDER_ORIGIN = 'https://example.org';

export function deployTarget(env: Record<string, string | undefined> = process.env) {
  return {
    site: env.SITE_URL?.trim() || undefined,
    base: normalizeBase(env.BASE_PATH),
  };
}

export function siteUrlWarning(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'news-site-url',
    hooks: {
      'astro:config:done': ({ logger }) => {
        if (!siteUrl) {
          logger.warn(`SITE_URL is not set: absolute URLs (feed, sitemap, canonical) use the placeholder ${PLACEHOLDER_ORIGIN}.`);
        }
      },
    },
  };
}
