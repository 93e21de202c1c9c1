/**
 * The articles, and the optional profiles of the people their bylines name; the schemas live in
 * src/content/entry-schema.ts, shared with the content check.
 */
import { defineCollection, reference } from 'astro:content';
import { ENTRY_FILES, entrySchema, PROFILE_FILES, profileName, profileSchema } from './content/entry-schema.ts';
import { dataGlob } from './content/entry-loader.ts';
import { optionalGlob } from './content/profile-loader.ts';

const articles = defineCollection({
  // The article page renders the body from the entry's file; the data store that Astro bundles
  // into the build keeps only the data (about 1 KB an entry instead of 27 KB with the body).
  loader: dataGlob({ ...ENTRY_FILES, retainBody: false }),
  schema: entrySchema(reference('articles')).entry,
});

const authors = defineCollection({
  // The id is the byline name as the file gives it (王欣.yaml → 王欣), not a slug of it.
  loader: optionalGlob({ ...PROFILE_FILES, generateId: ({ entry }) => profileName(entry) }),
  schema: profileSchema,
});

export const collections = { articles, authors };
