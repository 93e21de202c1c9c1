/** Sources and tags are browsed the same way; one description of each drives both routes. */
import { t } from '../site/strings.ts';
import { paths } from '../site/urls.ts';
import type { Catalog, Group } from './catalog.ts';
import type { Entry } from './collection.ts';

export interface Taxonomy {
  /** The URL segment: sources/ or tags/. */
  slug: 'sources' | 'tags';
  indexTitle: string;
  termTitle: string;
  pathOf: (name: string, page?: number) => string;
  groups: (catalog: Catalog<Entry>) => Group<Entry>[];
}

export const taxonomies: Taxonomy[] = [
  {
    slug: 'sources',
    indexTitle: t.lists.sourcesTitle,
    termTitle: t.lists.sourceTitle,
    pathOf: paths.source,
    groups: (catalog) => catalog.sources,
  },
  {
    slug: 'tags',
    indexTitle: t.lists.tagsTitle,
    termTitle: t.lists.tagTitle,
    pathOf: paths.tag,
    groups: (catalog) => catalog.tags,
  },
];
