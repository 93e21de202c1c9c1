/**
 * Astro's glob() loader, except that Markdown and MDX entries are loaded as data only: no
 * rendered HTML in the data store, no module per entry for Vite to compile. Each article page
 * renders its body from the entry's file instead (src/body/render-body.ts). Everything else is
 * glob()'s own: ids, digests, validation and, in `astro dev`, reloading a file when it changes.
 *
 * glob() renders or compiles an entry according to its entry type, which Astro passes to
 * loaders as `entryTypes` in the context (not in its public type). An entry type with neither
 * a render function nor module types is stored as plain data.
 */
import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];
type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0] & { entryTypes?: Map<string, ContentEntryType> };

const BODY_EXTENSIONS = ['.md', '.mdx'];

export function dataGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'data-glob',
    load(context: LoaderContext) {
      const { entryTypes } = context;
      // Without this the site would still build, but slowly and with Astro's memory peak: fail instead.
      if (!BODY_EXTENSIONS.every((extension) => entryTypes?.has(extension))) {
        throw new Error('data-glob: Astro gave the loader no Markdown or MDX entry type (has Astro changed glob()? see src/content/entry-loader.ts)');
      }
      const dataOnly = new Map(entryTypes);
      for (const extension of BODY_EXTENSIONS) {
        const { getRenderFunction: _render, contentModuleTypes: _module, ...type } = entryTypes!.get(extension)!;
        dataOnly.set(extension, type);
      }
      const dataContext: LoaderContext = { ...context, entryTypes: dataOnly };
      return loader.load(dataContext);
    },
  };
}
