/** The site's remark plugins, shared by the build (astro.config.mjs) and the content check's MDX compile. */
import remarkGfm from 'remark-gfm';

// Chinese writes ranges with a single tilde (20亿~30亿); never read it as strikethrough.
export const remarkPlugins: [typeof remarkGfm, { singleTilde: boolean }][] = [[remarkGfm, { singleTilde: false }]];
