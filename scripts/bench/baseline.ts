/**
 * The comparison site: a stock Astro project over the same entries, written as plainly as
 * Astro's blog example (one layout, one getCollection per page, MDX with remark-gfm through
 * unified(), sitemap) and indexed by the Pagefind CLI. It has no package.json: its
 * node_modules is a link to the project's, so both builds use the same Astro.
 *
 * Photos as the blog example has them: the lead photo through the schema's image() and
 * <Image> (Astro's default service: one WebP at the photo's own size); a body photo is a
 * component prop, which Astro does not import, so it is a plain <img> of the original file,
 * linked into public/.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PHOTO_FOLDER } from './corpus.ts';
import { linkPhotoFolder } from './corpus-photos.ts';

const files: Record<string, (contentDir: string) => string> = {
  'astro.config.mjs': () => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://example.com',
  cacheDir: './.cache',
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), sitemap()],
});
`,
  'src/content.config.ts': (contentDir) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ base: ${JSON.stringify(path.join(contentDir, 'articles'))}, pattern: '**/*.{md,mdx}' }),
  schema: ({ image }) => z.object({
    title: z.string(),
    date: z.coerce.date(),
    type: z.string().optional(),
    author: z.string().optional(),
    source: z.string().optional(),
    tags: z.array(z.string()).default([]),
    summary: z.array(z.string()).optional(),
    excerpt: z.array(z.union([z.string(), z.object({ imageCredit: z.string() })])).optional(),
    related: z.array(z.string()).default([]),
    leadImage: z.object({ src: image().optional(), alt: z.string().optional(), caption: z.string().optional(), credit: z.string().optional() }).optional(),
  }),
});

export const collections = { articles };
`,
  'src/components/Figure.astro': () => `---
const { src, alt, caption, credit } = Astro.props;
---
<figure>{src ? <img src={src.replace('./', '/articles/')} alt={alt} /> : <div class="image"></div>}<figcaption>{caption} {credit}</figcaption></figure>
`,
  'src/components/SectionBreak.astro': () => '<hr />\n',
  'src/layouts/BlogPost.astro': () => `---
const { title, date } = Astro.props;
---
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <article>
        <h1>{title}</h1>
        <time datetime={date.toISOString()}>{date.toISOString().slice(0, 10)}</time>
        <slot />
      </article>
      <slot name="after" />
    </main>
  </body>
</html>
<style>
  main { max-width: 40em; margin: auto; line-height: 1.8; }
  .image { aspect-ratio: 16 / 9; background: #eee; }
</style>
`,
  'src/pages/index.astro': () => `---
import { getCollection } from 'astro:content';
const posts = (await getCollection('articles')).sort((a, b) => b.data.date.valueOf() - a.data.date.valueOf());
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>Blog</title></head>
  <body>
    <ul>{posts.map((post) => <li><a href={\`/articles/\${post.id}/\`}>{post.data.title}</a></li>)}</ul>
  </body>
</html>
`,
  'src/pages/articles/[slug].astro': () => `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
import BlogPost from '../../layouts/BlogPost.astro';
import Figure from '../../components/Figure.astro';
import SectionBreak from '../../components/SectionBreak.astro';

export async function getStaticPaths() {
  const posts = await getCollection('articles');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}

const post = Astro.props;
const posts = (await getCollection('articles')).sort((a, b) => b.data.date.valueOf() - a.data.date.valueOf());
const index = posts.findIndex((other) => other.id === post.id);
const [newer, older] = [posts[index - 1], posts[index + 1]];
const related = post.data.related.map((id) => posts.find((other) => other.id === id)).filter((other) => other !== undefined);
const { Content } = await render(post);
---
<BlogPost title={post.data.title} date={post.data.date}>
  {post.data.summary?.map((line) => <p><strong>{line}</strong></p>)}
  {post.data.leadImage?.src && <figure><Image src={post.data.leadImage.src} alt={post.data.leadImage.alt ?? ''} /><figcaption>{post.data.leadImage.caption} {post.data.leadImage.credit}</figcaption></figure>}
  {post.data.excerpt ? post.data.excerpt.map((line) => <p>{typeof line === 'string' ? line : line.imageCredit}</p>) : <Content components={{ Figure, SectionBreak }} />}
  <nav slot="after">
    <ul>{related.map((other) => <li><a href={\`/articles/\${other.id}/\`}>{other.data.title}</a></li>)}</ul>
    {older && <a href={\`/articles/\${older.id}/\`}>{older.data.title}</a>}
    {newer && <a href={\`/articles/\${newer.id}/\`}>{newer.data.title}</a>}
  </nav>
</BlogPost>
`,
};

/** Write the baseline project into `dir`, reading entries from `contentDir` (which holds articles/). */
export function writeBaseline(dir: string, contentDir: string, projectRoot: string): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text(contentDir));
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  linkPhotoFolder(contentDir, path.join(dir, 'public', 'articles', PHOTO_FOLDER));
}
