/** The site's remark plugins, shared by the body renderer and the content check (src/body/render-body.ts) and by Astro's own Markdown settings (astro.config.mjs). */
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';

export const remarkPlugins = [
  // Chinese writes ranges with a single tilde (20亿~30亿); never read it as strikethrough.
  [remarkGfm, { singleTilde: false }],
] satisfies PluggableList;
