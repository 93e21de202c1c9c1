/** The articles collection; its schema lives in src/content/entry-schema.ts, shared with the content check. */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { entrySchema } from './content/entry-schema.ts';
import { entryLoader } from './content/entry-loader.ts';

const articles = defineCollection({
  // The data of each entry only: the article page renders the body from the entry's file.
  loader: entryLoader(),
  // Photo files go through image(), so Astro imports them into its image pipeline.
  schema: ({ image }) =>
    entrySchema(reference('articles'), image(), {
      /** The body's photos by the src written in it, added by the loader (src/content/entry-loader.ts). */
      bodyPhotos: z.record(z.string(), image()).optional(),
    }).entry,
});

export const collections = { articles };
