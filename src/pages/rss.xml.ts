/** RSS 2.0 feed of the latest entries, newest first, with absolute links. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../site.config.ts';
import { getCatalog } from '../content/collection.ts';
import { teaserLines } from '../content/excerpt.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

export async function GET(context: APIContext) {
  const { entries } = await getCatalog();
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(paths.home(), context.site!),
    customData: `<language>${site.rssLanguage}</language>`,
    trailingSlash: true,
    items: entries.slice(0, site.feedSize).map((entry) => ({
      title: entry.data.title,
      link: absoluteUrl(paths.article(entry.id), context.site!),
      pubDate: entry.data.date,
      description: teaserLines(entry.data).join('\n'),
      categories: entry.data.tags,
    })),
  });
}
