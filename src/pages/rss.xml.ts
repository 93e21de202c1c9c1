/**
 * RSS 2.0 feed of the latest published entries, newest first, with absolute links. An entry's
 * last update or correction is its Dublin Core `dcterms:modified` (RSS itself has no such element).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { site } from '../site.config.ts';
import { getCatalog } from '../content/collection.ts';
import { teaserLines } from '../content/excerpt.ts';
import { absoluteUrl, paths } from '../site/urls.ts';
import { isoTimestamp } from '../site/dates.ts';
import { lastRevised } from '../content/publication.ts';

export async function GET(context: APIContext) {
  const { entries } = await getCatalog();
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(paths.home(), context.site!),
    xmlns: { dcterms: 'http://purl.org/dc/terms/' },
    customData: `<language>${site.rssLanguage}</language>`,
    trailingSlash: true,
    items: entries.slice(0, site.feedSize).map((entry) => {
      const revised = lastRevised(entry.data);
      return {
        title: entry.data.title,
        link: absoluteUrl(paths.article(entry.id), context.site!),
        pubDate: entry.data.date.at,
        // A description is HTML to feed readers: each line a paragraph of text, escaped here
        // (so 营收<10亿元 stays text) and once more by the XML writer. A title is plain text.
        description: toHtml(teaserLines(entry.data).map((line) => h('p', line))),
        categories: entry.data.tags,
        customData: revised && `<dcterms:modified>${isoTimestamp(revised)}</dcterms:modified>`,
      };
    }),
  });
}
