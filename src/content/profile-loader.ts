/**
 * Astro's glob() loader for a folder that may hold no file at all: profiles are optional
 * (content/authors/), and most sites start without one. Given nothing to load, glob() warns
 * that the folder is missing or empty, and getCollection() that the collection is missing
 * (withastro/astro#15329), on every build, which tells an editor something is wrong. Here a
 * folder without profiles gives an empty collection and no warning; once there is a profile,
 * glob() does everything, and in `astro dev` the first profile written brings it in.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import { collectionFileNames } from './entry-files.ts';

type GlobOptions = Parameters<typeof glob>[0] & { base: string; pattern: string };
type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0];

/** Not a name a file can give: the id of the entry that makes the collection exist. */
const NO_PROFILE = '\0';

export function optionalGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'optional-glob',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const folder = path.resolve(root, options.base);
      const hasFiles = () => collectionFileNames(root, options).length > 0;
      if (hasFiles()) return loader.load(context);
      // An entry set and deleted leaves the collection empty rather than missing.
      context.store.clear();
      context.store.set({ id: NO_PROFILE, data: {} });
      context.store.delete(NO_PROFILE);
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(folder);
      const onAdd = (file: string) => {
        if (!file.startsWith(folder) || !hasFiles()) return;
        watcher.off('add', onAdd);
        void loader.load(context);
      };
      watcher.on('add', onAdd);
    },
  };
}
