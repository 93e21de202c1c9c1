/** The articles collection; its schema lives in src/lib/entry-schema.ts, shared with the content check. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { ENTRY_FILES, entrySchema } from './lib/entry-schema.ts';

const articles = defineCollection({
  loader: glob(ENTRY_FILES),
  schema: entrySchema(reference('articles')).entry,
});

export const collections = { articles };
