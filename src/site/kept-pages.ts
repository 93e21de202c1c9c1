/**
 * Keeps the last build's pages in the output folder for the next build (`npm run build`,
 * scripts/build.ts). Astro empties the folder before it builds and then copies every page its
 * incremental build skips back from its cache, which at ten thousand entries was most of a warm
 * build. Instead, the last output is moved aside and its Simplified pages are moved back into
 * the new, otherwise empty folder, which Astro then builds into without emptying it: a page it
 * skips is already in place, one it renders is written over, and one no route makes any more
 * is removed (keptPagesIntegration) before anything reads the pages. The rest of the old output
 * is removed while Astro works.
 *
 * Pages are kept only when the folder is the one the last build wrote for the incremental
 * manifest Astro has now (a stamp in the build's cache folder records both), so a page can never
 * come from another build; otherwise, or with `--force`, the folder starts empty. The Traditional
 * twins are moved back with them, as one folder, when the last build recorded which twin each
 * file holds (src/edition/write-edition.ts leaves a twin in place while its page is unchanged).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRADITIONAL_PREFIX } from '../edition/edition-paths.ts';
import { paths } from './urls.ts';

/** Names the file that lists the pages moved back, for the integration in Astro's process. */
export const KEPT_PAGES_ENV = 'NEWS_KEPT_PAGES';

/** Astro's manifest of the pages its incremental build may skip, in its cacheDir. */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** The top folders of the output whose pages are written after Astro (the twins) or that hold none (the index, assets). */
const NOT_KEPT = new Set([TRADITIONAL_PREFIX.replace(/\/$/, ''), paths.pagefind().replace(/\/$/, ''), '_astro']);

interface Stamp {
  outDir: string;
  manifest: string;
}

function manifestDigest(cacheDir: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path.join(cacheDir, INCREMENTAL_MANIFEST))).digest('hex');
  } catch {
    return undefined;
  }
}

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** The HTML files under `dir`, outside NOT_KEPT, relative to it with "/" separators. */
function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    if (item.isDirectory()) {
      if (NOT_KEPT.has(item.name)) return [];
      return readdirSync(path.join(dir, item.name), { recursive: true, withFileTypes: true })
        .filter((file) => file.isFile() && file.name.endsWith('.html'))
        .map((file) => path.relative(dir, path.join(file.parentPath, file.name)).split(path.sep).join('/'));
    }
    return item.name.endsWith('.html') ? [item.name] : [];
  });
}

export interface KeptPagesOptions {
  /** The output folder. */
  outDir: string;
  /** The project's public/ folder: its files are copied into the output by Astro, never kept. */
  publicDir: string;
  /** Astro's cacheDir, where its incremental manifest is. */
  cacheDir: string;
  /** The folder of the build's own caches, where the stamp and the list of kept pages go. */
  handover: string;
  /** `--force`: keep nothing. */
  force: boolean;
}

const stampFile = (handover: string) => path.join(handover, 'output-stamp.json');
/** The record of the twins in the output folder, written after the twins (src/edition/write-edition.ts); kept only with the folder it describes. */
export const twinsInPlaceFile = (handover: string) => path.join(handover, 'twins-in-place.json');
// One per build process: two builds of the project into two folders at once must not read each other's list.
const keptListFile = (handover: string) => path.join(handover, `kept-pages-${process.pid}.json`);

/**
 * Empties the output folder for Astro, keeping the last build's pages where they still hold.
 * Returns the environment Astro's process needs (KEPT_PAGES_ENV), the removal of the rest,
 * which runs in libuv's threads meanwhile (await it before exiting).
 */
export function keepPages({ outDir, publicDir, cacheDir, handover, force }: KeptPagesOptions): { env: Record<string, string>; removed: Promise<void> } {
  const stamp = readStamp(stampFile(handover));
  // A build that stops halfway leaves no stamp: its output is not the one its manifest describes.
  rmSync(stampFile(handover), { force: true });
  mkdirSync(handover, { recursive: true });
  const listFile = keptListFile(handover);
  const env = { [KEPT_PAGES_ENV]: listFile };
  const holds = !force && stamp?.outDir === path.resolve(outDir) && stamp.manifest === manifestDigest(cacheDir);
  let kept: string[] = [];
  let twinsKept = false;
  let removed: Promise<void> = Promise.resolve();
  if (existsSync(outDir)) {
    const aside = `${outDir}.previous-${process.pid}`;
    let moved = !existsSync(path.join(outDir, '.git'));
    if (moved) {
      try {
        renameSync(outDir, aside);
      } catch {
        moved = false;
      }
    }
    if (moved) {
      mkdirSync(outDir, { recursive: true });
      if (holds) {
        kept = pageFiles(aside).filter((page) => !existsSync(path.join(publicDir, page)));
        for (const page of kept) {
          mkdirSync(path.dirname(path.join(outDir, page)), { recursive: true });
          renameSync(path.join(aside, page), path.join(outDir, page));
        }
        const twins = path.join(aside, TRADITIONAL_PREFIX);
        twinsKept = existsSync(twinsInPlaceFile(handover)) && existsSync(twins);
        if (twinsKept) renameSync(twins, path.join(outDir, TRADITIONAL_PREFIX));
      }
      removed = rm(aside, { recursive: true, force: true });
    } else {
      // A deploy checkout (its .git, which Astro keeps too) or a folder that cannot be moved: emptied in place.
      for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(path.join(outDir, name), { recursive: true, force: true });
    }
  }
  if (!twinsKept) rmSync(twinsInPlaceFile(handover), { force: true });
  writeFileSync(listFile, JSON.stringify(kept));
  return { env, removed };
}

/** Once Astro has exited: the list of kept pages is spent. */
export function forgetKeptPages(handover: string): void {
  rmSync(keptListFile(handover), { force: true });
}

/** After a build that succeeded: its output is the one Astro's manifest now describes. */
export function stampOutput({ outDir, cacheDir, handover }: Omit<KeptPagesOptions, 'force' | 'publicDir'>): void {
  const manifest = manifestDigest(cacheDir);
  if (!manifest) return;
  mkdirSync(handover, { recursive: true });
  writeFileSync(stampFile(handover), JSON.stringify({ outDir: path.resolve(outDir), manifest } satisfies Stamp));
}

/**
 * In Astro's process, when scripts/build.ts prepared the output: Astro must not empty it, and
 * once the pages are generated, the kept ones no route made this time (an entry deleted, a list
 * page fewer) are removed, first of all build:done hooks, so the twins and the sitemap never see them.
 */
export function keptPagesIntegration(): AstroIntegration {
  const listFile = process.env[KEPT_PAGES_ENV];
  return {
    name: 'news-kept-pages',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build' && listFile) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:done': ({ dir, assets }) => {
        if (!listFile) return;
        const outDir = fileURLToPath(dir);
        const made = new Set([...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/')));
        for (const page of JSON.parse(readFileSync(listFile, 'utf8')) as string[]) {
          if (made.has(page)) continue;
          rmSync(path.join(outDir, page), { force: true });
          // Its folders too, as far up as they are empty.
          for (let folder = path.dirname(path.join(outDir, page)); folder !== outDir; folder = path.dirname(folder)) {
            try {
              rmdirSync(folder);
            } catch {
              break;
            }
          }
        }
      },
    },
  };
}
