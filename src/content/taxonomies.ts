/**
 * Sources, tags and the people of the bylines are browsed the same way; one description of
 * each drives both routes (the index with counts, and each name's paginated list).
 */
import { t } from '../site/strings.ts';
import { paths } from '../site/urls.ts';
import type { Catalog, Group } from './catalog.ts';
import type { Entry } from './collection.ts';

export interface Taxonomy {
  /** The URL segment: sources/, tags/ or authors/. */
  slug: 'sources' | 'tags' | 'authors';
  indexTitle: string;
  termTitle: string;
  pathOf: (name: string, page?: number) => string;
  groups: (catalog: Catalog<Entry>) => Group<Entry>[];
  /** The names are people: their pages show a profile, if there is one (content/authors/). */
  people?: boolean;
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
  {
    slug: 'authors',
    indexTitle: t.lists.authorsTitle,
    termTitle: t.lists.authorTitle,
    pathOf: paths.author,
    groups: (catalog) => catalog.authors,
    people: true,
  },
];
