/**
 * What the content check of a build hands to the rest of it, in one folder: each article's
 * rendered body, for its page (src/body/body-handover.ts), and the entries in the order
 * the search index bundles them. `npm run build` (scripts/build.ts) makes the folder, names it
 * in BUILD_HANDOVER_DIR and reads the order once Astro has exited; a bare `astro build` gets a
 * folder of its own, removed when it exits.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const HANDOVER_ENV = 'BUILD_HANDOVER_DIR';

/** A new, empty handover folder, removed when this process exits. */
export function createHandover(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-build-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The folder of this build: the one named by its caller, or a new one. */
export function buildHandover(env: Record<string, string | undefined> = process.env): string {
  const named = env[HANDOVER_ENV];
  if (!named) return createHandover();
  mkdirSync(named, { recursive: true });
  return named;
}

/** Where the articles' rendered bodies go. */
export function bodiesFolder(handover: string): string {
  const dir = path.join(handover, 'bodies');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const SEARCH_ORDER = 'search-order.json';

/** The ids of the entries to index, newest first. */
export function writeSearchOrder(handover: string, idsNewestFirst: readonly string[]): void {
  writeFileSync(path.join(handover, SEARCH_ORDER), JSON.stringify(idsNewestFirst));
}

export function readSearchOrder(handover: string): string[] {
  return JSON.parse(readFileSync(path.join(handover, SEARCH_ORDER), 'utf8')) as string[];
}
