/**
 * The collections, read once per build and shared by every page (Astro renders all
 * pages in one process, so the module-level promises are computed a single time).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';

export type Entry = CollectionEntry<'articles'>;
export type Profile = CollectionEntry<'authors'>['data'];

let catalog: Promise<Catalog<Entry>> | undefined;
let profiles: Promise<Map<string, Profile>> | undefined;

export function getCatalog(): Promise<Catalog<Entry>> {
  catalog ??= getCollection('articles').then(buildCatalog);
  return catalog;
}

/** The profiles in content/authors/, by the byline name each is for. */
export function getProfiles(): Promise<Map<string, Profile>> {
  profiles ??= getCollection('authors').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return profiles;
}
