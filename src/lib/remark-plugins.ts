/** The site's remark plugins, shared by the build (astro.config.mjs, src/lib/render-body.ts) and the content check's parser. */
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { remarkReadingTime } from './reading-time.ts';

export const remarkPlugins = [
  // Chinese writes ranges with a single tilde (20亿~30亿); never read it as strikethrough.
  [remarkGfm, { singleTilde: false }],
  remarkReadingTime,
] satisfies PluggableList;
