/** The articles collection; its schema lives in src/content/entry-schema.ts, shared with the content check. */
import { defineCollection, reference } from 'astro:content';
import { entrySchema } from './content/entry-schema.ts';
import { entryLoader } from './content/entry-loader.ts';

const articles = defineCollection({
  // The data of each entry only: the article page renders the body from the entry's file.
  loader: entryLoader(),
  schema: entrySchema(reference('articles')).entry,
});

export const collections = { articles };
