/**
 * The collections, read once per build and shared by every page (Astro renders all pages in
 * one process, so the module-level promises are computed a single time). Only what
 * src/content/publication.ts lets through is in the catalog: in a build, the entries published
 * at the build's moment; in `astro dev`, drafts and scheduled entries too.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';
import { isShown, publication, type Publication } from './publication.ts';

export type Entry = CollectionEntry<'articles'>;
export type Profile = CollectionEntry<'authors'>['data'];

const moment = __PUBLICATION_MOMENT__ === undefined ? undefined : new Date(__PUBLICATION_MOMENT__);

let catalog: Promise<Catalog<Entry>> | undefined;
let profiles: Promise<Map<string, Profile>> | undefined;

export function getCatalog(): Promise<Catalog<Entry>> {
  catalog ??= getCollection('articles').then((entries) => buildCatalog(entries, (entry) => isShown(entry.data, moment)));
  return catalog;
}

/** What a shown entry is: always published in a build; in `astro dev`, also a draft or scheduled (its page says so). */
export function publicationOf(entry: Entry): Publication {
  return publication(entry.data, moment ?? new Date());
}

/** The profiles in content/authors/, by the byline name each is for. */
export function getProfiles(): Promise<Map<string, Profile>> {
  profiles ??= getCollection('authors').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return profiles;
}
