/**
 * Writes the Traditional edition of a built Simplified site under zh-hant/: each page's twin
 * (./twin-page.ts) and the twin of the RSS feed, converted in parts, one thread per core
 * (src/site/thread-parts.ts), as each page is converted on its own.
 *
 * A twin is kept in `kept` under a digest of its Simplified file's bytes and of all else it is
 * made from (variant, pinned phrases, base, the edition's code and the packages), with the
 * answers it took on which pages have twins: a page Astro's incremental build skipped, or one
 * that came out the same, is not converted again. A record of the twins in the output folder
 * (which page's bytes each was made from, and which pages had twins) lets the next build, which
 * moves them back (src/site/kept-pages.ts), leave a twin in place while its page is unchanged
 * and the same pages have twins: a correction rewrites one twin, not every one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { site } from '../site.config.ts';
import { codeVersion } from '../site/code-version.ts';
import { partCount, runInParts, type PartWork } from '../site/thread-parts.ts';
import { replaceFile } from '../content/check-handover.ts';
import { traditionalConverter, type Convert } from './convert.ts';
import { traditionalEdition, type TraditionalVariant } from './editions.ts';
import { twinFeed, twinPage, type TwinContext } from './twin-page.ts';

/** The RSS feed, the one file besides the pages that has a twin. */
export const FEED = 'rss.xml';

/** A thread loads the parsers and builds OpenCC's dictionaries again, so it pays for itself only with a few hundred pages. */
const MIN_FILES_PER_THREAD = 300;

/** The site path a page file is served at: "articles/x/index.html" → "articles/x/", "404.html" stays. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Longer texts are mostly an article's own paragraphs, which other pages hardly repeat (docs/benchmarks.md). */
const MOST_REMEMBERED_LENGTH = 128;

/**
 * Short text repeats across pages (navigation, teasers, names): each distinct one is converted
 * once. Keeping every paragraph too would only hold the whole site's text in memory.
 * The converter is made on first use: building OpenCC's dictionaries is wasted on a part whose
 * twins are all kept.
 */
function remembered(makeConverter: () => Convert): Convert {
  const known = new Map<string, string>();
  let convert: Convert | undefined;
  return (text) => {
    if (text.length > MOST_REMEMBERED_LENGTH) return (convert ??= makeConverter())(text);
    let converted = known.get(text);
    if (converted === undefined) known.set(text, (converted = (convert ??= makeConverter())(text)));
    return converted;
  };
}

/** A twin as an earlier build made it: its text, and which site paths it asked about having a twin, with the answers. */
interface KeptTwin {
  asked: Record<string, boolean>;
  twin: string;
}

/** What one part converts: its files of the built site, and all it needs to know of the rest (plain data, for its thread). */
export interface TwinJob {
  outDir: string;
  files: string[];
  variant: TraditionalVariant;
  base: string;
  home: string;
  /** Every site path that has a twin. */
  twins: string[];
  /** The folder of the kept twins. */
  kept: string;
  /** A digest of what else than its Simplified file a twin is made from. */
  made: string;
  /** Keys of twins converted earlier in this build (./render-time-twins.ts): taken as kept, but counted as converted. */
  fresh?: string[] | undefined;
  /** The key of each twin already in the output folder, by its page's file, which stays there while its page is unchanged. */
  inPlace?: Record<string, string> | undefined;
}

/** The keys of the kept twins a part used (one per file, in order), how many of its files it took from them, and how many it left in place from the last build. */
export interface TwinPart {
  keys: string[];
  reused: number;
  keptInPlace: number;
}

/** What a build left in the output folder: the key of each twin by its page's file, and a digest of the site paths with twins, whose answers the twins took. */
interface TwinsInPlace {
  twins: string;
  written: Record<string, string>;
}

const twinsDigest = (twins: readonly string[]) => createHash('sha256').update(twins.join('\n')).digest('base64url');

function readTwinsInPlace(file: string): TwinsInPlace | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TwinsInPlace;
  } catch {
    return undefined;
  }
}

/**
 * What the thread beside Astro's rendering did (./render-time-twins.ts): the keys of the twins it
 * converted, the key of each twin it wrote by its page's file, and the site paths it took to have twins.
 */
export interface RenderedTwins {
  made: string[];
  written: Record<string, string>;
  twins: readonly string[];
}

/** What converting a twin needs besides its file: all of a job but the files. */
export type TwinMaking = Omit<TwinJob, 'files' | 'outDir'>;

/**
 * Makes twins one built file at a time, from the file's bytes: each kept one that still holds
 * is taken as it was, any other is converted and kept (under a key of the bytes and of all else
 * it is made from), so a later step or build finds it.
 */
export function twinMaker(making: TwinMaking) {
  const edition = traditionalEdition(making.variant);
  const twins = new Set(making.twins);
  const context: TwinContext = {
    edition,
    convert: remembered(() => traditionalConverter(making.variant, site.pinnedPhrases)),
    base: making.base,
    home: making.home,
    hasTwin: (sitePath) => twins.has(sitePath),
  };
  const keptFile = (key: string) => path.join(making.kept, `${key}.json`);
  const keyOf = (file: string, bytes: Uint8Array) => createHash('sha256').update(making.made).update(file).update('\0').update(bytes).digest('base64url');
  return {
    keyOf,
    twinOf(file: string, bytes: Uint8Array, key = keyOf(file, bytes)): { key: string; twin: string; reused: boolean } {
      const before = keptTwin(keptFile(key));
      if (before && Object.entries(before.asked).every(([sitePath, had]) => twins.has(sitePath) === had)) return { key, twin: before.twin, reused: true };
      const asked: KeptTwin['asked'] = {};
      const asking = { ...context, hasTwin: (sitePath: string) => (asked[sitePath] = twins.has(sitePath)) };
      const text = Buffer.from(bytes).toString('utf8');
      const twin = file === FEED ? twinFeed(text, asking) : twinPage(text, asking);
      replaceFile(keptFile(key), JSON.stringify({ asked, twin } satisfies KeptTwin));
      return { key, twin, reused: false };
    },
  };
}

/** Writes the twin of the built `file` where the edition serves it, under `prefix` in `outDir`. */
export function writeTwinFile(outDir: string, prefix: string, file: string, twin: string): void {
  const target = path.join(outDir, prefix, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, twin);
}

/** Writes the twins of a part's files, except those already in place: each kept one that still holds as it was, the others converted and kept. */
export function writeTwins(job: TwinJob, progress: (done: number) => void): TwinPart {
  const { keyOf, twinOf } = twinMaker(job);
  const prefix = traditionalEdition(job.variant).prefix;
  const fresh = new Set(job.fresh);
  const keys: string[] = [];
  let reused = 0;
  let keptInPlace = 0;
  for (const [index, file] of job.files.entries()) {
    const bytes = readFileSync(path.join(job.outDir, file));
    const key = keyOf(file, bytes);
    if (job.inPlace?.[file] === key) {
      if (!fresh.has(key)) {
        reused++;
        keptInPlace++;
      }
    } else {
      const made = twinOf(file, bytes, key);
      if (made.reused && !fresh.has(key)) reused++;
      writeTwinFile(job.outDir, prefix, file, made.twin);
    }
    keys.push(key);
    progress(index + 1);
  }
  return { keys, reused, keptInPlace };
}

function keptTwin(file: string): KeptTwin | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KeptTwin;
  } catch {
    // Not kept, or removed by another build of the project meanwhile: converted again.
    return undefined;
  }
}

const TWIN_PART: PartWork<TwinJob, TwinPart> = { module: new URL(import.meta.url), name: 'writeTwins', run: writeTwins };

export interface EditionOptions {
  /** The built Simplified site. */
  outDir: string;
  variant: TraditionalVariant;
  /** The deploy base ("/" or "/news/") and the site's absolute home URL. */
  base: string;
  home: string;
  /** The folder of the kept twins: each build keeps those it used and removes the rest. */
  kept: string;
  /** The project's root, for the version of the edition's code. */
  root: string;
  /** How many parts to convert at once; by default one per core, with enough pages for each. */
  threads?: number | undefined;
  /** What the thread beside Astro's rendering did (./render-time-twins.ts). */
  rendered?: RenderedTwins | undefined;
  /** The record of the twins in the output folder (src/site/kept-pages.ts's twinsInPlaceFile): read if there, then written for the next build. */
  inPlaceRecord?: string | undefined;
  progress?: (done: number, total: number) => void;
}

/** What writing the edition did: the Simplified pages it made twins of (sorted), and how many twins (the feed's too) it converted, took from the kept ones, and of those left in place. */
export interface EditionWritten {
  pages: string[];
  converted: number;
  reused: number;
  keptInPlace: number;
}

/** A digest of what else than its Simplified file a twin is made from: variant, pinned phrases, base, home, and the edition's code and packages. */
export function twinInputsDigest({ variant, base, home, root }: Pick<EditionOptions, 'variant' | 'base' | 'home' | 'root'>): string {
  return createHash('sha256').update(JSON.stringify([variant, site.pinnedPhrases, base, home, codeVersion(new URL(import.meta.url), root)])).digest('base64url');
}

export async function writeEdition({ outDir, variant, base, home, kept, root, threads, rendered, inPlaceRecord, progress }: EditionOptions): Promise<EditionWritten> {
  const edition = traditionalEdition(variant);
  const pages = (await glob('**/*.html', { cwd: outDir, ignore: ['pagefind/**', `${edition.prefix}**`] })).sort();
  const files = [...pages, FEED];
  const twins = files.map(pagePath);
  mkdirSync(kept, { recursive: true });
  // A twin asks which pages have twins; those the thread wrote took its answers, which hold if it knew the same pages,
  // and those the last build left took its answers, which hold if the same pages have twins now.
  const sameTwins = rendered !== undefined && rendered.twins.length === twins.length && new Set([...rendered.twins, ...twins]).size === twins.length;
  const last = inPlaceRecord ? readTwinsInPlace(inPlaceRecord) : undefined;
  // From here the folder's twins change: a build that stops before the record is written again leaves none.
  if (inPlaceRecord) rmSync(inPlaceRecord, { force: true });
  const digest = twinsDigest(twins);
  const inPlace: Record<string, string> = last?.twins === digest ? { ...last.written } : {};
  for (const [file, key] of Object.entries(rendered?.written ?? {})) {
    if (sameTwins) inPlace[file] = key;
    else delete inPlace[file];
  }
  const job: Omit<TwinJob, 'files'> = {
    outDir,
    variant,
    base,
    home,
    twins,
    kept,
    made: twinInputsDigest({ variant, base, home, root }),
    fresh: rendered?.made,
    inPlace,
  };
  // Every n-th file to each part: the sorted files come in runs of one kind (articles, then lists), which cost differently.
  const parts = partCount(files.length, MIN_FILES_PER_THREAD, threads);
  const jobs = Array.from({ length: parts }, (_, part) => ({ ...job, files: files.filter((_, index) => index % parts === part) }));
  const made = await runInParts(TWIN_PART, jobs, (done) => progress?.(done, files.length));
  // A twin the thread or the last build wrote of a page that is no longer in the output.
  const built = new Set(files);
  for (const file of new Set([...Object.keys(last?.written ?? {}), ...Object.keys(rendered?.written ?? {})])) {
    if (!built.has(file)) rmSync(path.join(outDir, edition.prefix, file), { force: true });
  }
  const used = new Set(made.flatMap((part) => part.keys));
  for (const name of readdirSync(kept)) if (!used.has(path.basename(name, '.json'))) rmSync(path.join(kept, name), { force: true });
  if (inPlaceRecord) {
    const written = Object.fromEntries(jobs.flatMap((part, index) => part.files.map((file, at) => [file, made[index]!.keys[at]!])));
    replaceFile(inPlaceRecord, JSON.stringify({ twins: digest, written } satisfies TwinsInPlace));
  }
  const reused = made.reduce((sum, part) => sum + part.reused, 0);
  const keptInPlace = made.reduce((sum, part) => sum + part.keptInPlace, 0);
  return { pages, converted: files.length - reused, reused, keptInPlace };
}
