/**
 * Astro's glob() loader, except that MDX entries are rendered to HTML when the collection is
 * loaded (src/lib/render-body.ts), as Astro does for Markdown, instead of each becoming a
 * module for Vite to compile. Everything else is glob()'s own: ids, digests, the data store
 * and, in `astro dev`, reloading a file when it changes.
 *
 * glob() renders a file at load time when its entry type has a render function; the context
 * Astro gives loaders carries those types as `entryTypes`, which is not in the public type.
 */
import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';
import { renderMdxBody } from './render-body.ts';

type GlobOptions = Parameters<typeof glob>[0];
type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0] & { entryTypes?: Map<string, ContentEntryType> };

export function renderedGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'rendered-mdx-glob',
    async load(context: LoaderContext) {
      const mdx = context.entryTypes?.get('.mdx');
      // Without this the site would still build, silently at the old speed; fail instead.
      if (!mdx) throw new Error('rendered-mdx-glob: Astro gave the loader no `.mdx` entry type (has Astro changed glob()? see src/lib/rendered-glob.ts)');
      // An entry type with module types is rendered by importing a module: drop them.
      const { contentModuleTypes: _module, ...rendered } = mdx;
      const failures: string[] = [];
      const renderedMdx: ContentEntryType = {
        ...rendered,
        getRenderFunction: async () => async (entry) => {
          try {
            const { html, headings, frontmatter } = renderMdxBody(entry.body ?? '', entry.filePath ?? entry.id);
            return { html, metadata: { headings, frontmatter } };
          } catch (error) {
            failures.push(`${entry.filePath ?? entry.id}: ${(error as Error).message}`);
            throw error;
          }
        },
      };
      const renderingContext: LoaderContext = { ...context, entryTypes: new Map([...context.entryTypes!, ['.mdx', renderedMdx]]) };
      await loader.load(renderingContext);
      // glob() only logs a render error and stores the entry without a body; a build must not
      // publish that page empty. (In `astro dev` the log and the content check's report suffice.)
      if (failures.length > 0 && !context.watcher) throw new Error(`正文无法生成：\n${failures.join('\n')}`);
    },
  };
}
