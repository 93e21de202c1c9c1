/**
 * Which files are entries and the id each gets, one answer for the collection's loader
 * (src/content/entry-loader.ts), the content check (src/content/check-integration.ts) and
 * `npm run new` (scripts/new-article.ts).
 */
import path from 'node:path';
import { slug } from 'github-slugger';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';

/**
 * Where entries live, from the project's root, and which files in there are entries.
 * CONTENT_DIR points all three at another folder holding articles/: the benchmark's
 * synthetic corpora.
 */
export const ENTRY_FILES = { base: `${process.env.CONTENT_DIR ?? './content'}/articles`, pattern: '**/*.{md,mdx}' } as const;

/** The entries folder of the project at `root`. */
export function entriesFolder(root: string): string {
  return path.resolve(root, ENTRY_FILES.base);
}

/** An entry's file from the project's root, with "/": as the collection stores it (`filePath`) and the check's messages name it. */
export function entryFilePath(root: string, name: string): string {
  return path.relative(root, path.join(entriesFolder(root), name)).split(path.sep).join('/');
}

/** The entries' names (paths inside the entries folder, with "/"), in order. */
export function entryNames(root: string): string[] {
  return globSync(ENTRY_FILES.pattern, { cwd: entriesFolder(root), expandDirectories: false }).sort();
}

/** Whether a path inside the entries folder (with "/") is one entryNames() lists, for a file that changes while `astro dev` runs. */
export const isEntryName: (name: string) => boolean = picomatch(ENTRY_FILES.pattern);

/** The id (URL slug) of an entry: each path segment slugged as Astro's glob() loader does, no extension, /index dropped. */
export function entryId(name: string): string {
  return name
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
