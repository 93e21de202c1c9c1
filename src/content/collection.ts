/**
 * The collection, read once per build and shared by every page (Astro renders all
 * pages in one process, so the module-level promise is computed a single time).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';

export type Entry = CollectionEntry<'articles'>;

let catalog: Promise<Catalog<Entry>> | undefined;

export function getCatalog(): Promise<Catalog<Entry>> {
  catalog ??= getCollection('articles').then(buildCatalog);
  return catalog;
}
