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
export function entryFilePath(root: string, name: string, base: string = ENTRY_FILES.base): string {
  return path.relative(root, path.resolve(root, base, name)).split(path.sep).join('/');
}

/** Where the optional profiles of the people bylines name live (content/authors/王欣.yaml). */
export const PROFILE_FILES = { base: `${process.env.CONTENT_DIR ?? './content'}/authors`, pattern: '*.{yaml,yml}' } as const;

/** The names of a collection's files (paths inside its folder, with "/"), in order. */
export function collectionFileNames(root: string, files: { base: string; pattern: string }): string[] {
  return globSync(files.pattern, { cwd: path.resolve(root, files.base), expandDirectories: false }).sort();
}

/** The entries' names (paths inside the entries folder, with "/"), in order. */
export function entryNames(root: string): string[] {
  return collectionFileNames(root, ENTRY_FILES);
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
