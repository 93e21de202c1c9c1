/**
 * The articles, and the optional profiles of the people their bylines name; the schemas live in
 * src/content/entry-schema.ts, shared with the content check.
 */
import { defineCollection, reference } from 'astro:content';
import { entrySchema, profileName, profileSchema } from './content/entry-schema.ts';
import { PROFILE_FILES } from './content/entry-files.ts';
import { entryLoader } from './content/entry-loader.ts';
import { optionalGlob } from './content/profile-loader.ts';

/** Made once: the schema below is made again for each entry, and reuses what it is given (src/content/entry-schema.ts). */
const relatedArticle = reference('articles');

const articles = defineCollection({
  // The data of each entry only: the article page renders the body from the entry's file.
  loader: entryLoader(),
  // Photo files go through image(), so Astro imports them into its image pipeline.
  schema: ({ image }) => entrySchema(relatedArticle, image()).entry,
});

const authors = defineCollection({
  // The id is the byline name as the file gives it (王欣.yaml → 王欣), not a slug of it.
  loader: optionalGlob({ ...PROFILE_FILES, generateId: ({ entry }) => profileName(entry) }),
  schema: ({ image }) => profileSchema(image()),
});

export const collections = { articles, authors };
