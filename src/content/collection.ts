/**
 * The collections, read once per build and shared by every page (Astro renders all pages in
 * one process, so the module-level promises are computed a single time). Only what
 * src/content/publication.ts lets through is in the catalog: in a build, the entries published
 * at the build's moment; in `astro dev`, drafts and scheduled entries too.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';
import { publication, type Publication } from './publication.ts';
import { bodiesFolder, readSearchOrder } from './check-handover.ts';

export type Entry = CollectionEntry<'articles'>;
export type Profile = CollectionEntry<'authors'>['data'];

/**
 * In a build, the entries its content check published at the build's moment (the search order
 * it handed over), so no page code holds the moment, which would differ from build to build;
 * in `astro dev`, none: every entry is shown.
 */
const published = __BUILD_HANDOVER__ === undefined ? undefined : new Set(readSearchOrder(__BUILD_HANDOVER__));

/** In a build, where the content check left the articles' rendered bodies (src/body/article-body.ts). */
export const renderedBodies = __BUILD_HANDOVER__ === undefined ? undefined : bodiesFolder(__BUILD_HANDOVER__);

let catalog: Promise<Catalog<Entry>> | undefined;
let profiles: Promise<Map<string, Profile>> | undefined;

export function getCatalog(): Promise<Catalog<Entry>> {
  catalog ??= getCollection('articles').then((entries) => buildCatalog(entries, (entry) => published?.has(entry.id) ?? true));
  return catalog;
}

/** What a shown entry is: always published in a build; in `astro dev`, also a draft or scheduled (its page says so). */
export function publicationOf(entry: Entry): Publication {
  return published ? 'published' : publication(entry.data, new Date());
}

/** The profiles in content/authors/, by the byline name each is for. */
export function getProfiles(): Promise<Map<string, Profile>> {
  profiles ??= getCollection('authors').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return profiles;
}
