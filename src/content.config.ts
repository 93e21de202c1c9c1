/** The articles collection; its schema lives in src/lib/entry-schema.ts, shared with the content check. */
import { defineCollection, reference } from 'astro:content';
import { ENTRY_FILES, entrySchema } from './lib/entry-schema.ts';
import { renderedGlob } from './lib/rendered-glob.ts';

const articles = defineCollection({
  loader: renderedGlob(ENTRY_FILES),
  schema: entrySchema(reference('articles')).entry,
});

export const collections = { articles };
