/**
 * The collection's loader, on Astro's public Content Loader API: each entry is stored as its
 * frontmatter's data only, with no body, no rendered HTML and no module to compile; each
 * article page renders its body from the entry's file (src/body/article-body.ts). Entries
 * are the files and ids of src/content/entry-files.ts; an entry whose file has not changed
 * since the stored data was made is not read into data again, and under `astro dev` an
 * entry is reloaded when its file is added or changed and removed when it is deleted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { entriesFolder, entryFilePath, entryId, entryNames, isEntryName } from './entry-files.ts';

export function entryLoader(): Loader {
  return {
    name: 'entry-loader',
    async load({ config, store, parseData, generateDigest, watcher, logger }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const folder = entriesFolder(root);

      /** Stores the entry's data, unless the stored data is of this very file text. */
      async function sync(name: string): Promise<void> {
        const id = entryId(name);
        const filePath = entryFilePath(root, name);
        const source = readFileSync(path.join(folder, name), 'utf8');
        const digest = generateDigest(source);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.filePath === filePath) return;
        const data = await parseData({ id, data: parseFrontmatter(source).frontmatter, filePath: path.join(folder, name) });
        store.set({ id, data, filePath, digest });
      }

      // Two files with one id: the first by name is published (the content check reports the other).
      const nameOf = new Map<string, string>();
      for (const name of entryNames(root)) if (!nameOf.has(entryId(name))) nameOf.set(entryId(name), name);
      if (nameOf.size === 0) logger.warn(`No entries found in ${path.relative(root, folder)}`);
      for (const id of store.keys()) if (!nameOf.has(id)) store.delete(id);
      for (const name of nameOf.values()) await sync(name);
      if (!watcher) return;

      watcher.add(folder);
      /** The entry's name if `changed` is an entry file, else undefined. */
      const entryName = (changed: string) => {
        const name = path.relative(folder, changed).split(path.sep).join('/');
        return !name.startsWith('../') && isEntryName(name) ? name : undefined;
      };
      const reload = async (changed: string) => {
        const name = entryName(changed);
        if (!name) return;
        // The id stays with the file that has it while that file exists.
        const holder = store.get(entryId(name))?.filePath;
        if (holder && holder !== entryFilePath(root, name) && existsSync(path.join(root, holder))) return;
        try {
          await sync(name);
          logger.info(`Reloaded ${entryFilePath(root, name)}`);
        } catch (error) {
          logger.error(`Failed to reload ${entryFilePath(root, name)}: ${(error as Error).message}`);
        }
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (deleted) => {
        const name = entryName(deleted);
        if (name && store.get(entryId(name))?.filePath === entryFilePath(root, name)) store.delete(entryId(name));
      });
    },
  };
}
