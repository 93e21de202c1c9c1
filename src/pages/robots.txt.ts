/** robots.txt naming the sitemap by its absolute URL (under the base path). */
import type { APIContext } from 'astro';
import { absoluteUrl } from '../site/urls.ts';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl('sitemap-index.xml', context.site!);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
