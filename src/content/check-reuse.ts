/**
 * What the content check found in each entry file, kept in the build's handover folder
 * (src/content/check-handover.ts) for the next build: an entry whose file, photos and checking
 * code are as they were is not parsed again; its report, and its rendered body, are reused.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { EntryReport } from './entry-check.ts';
import { codeVersion } from '../site/code-version.ts';
import { replaceFile } from './check-handover.ts';

/** One entry file as the check found it. */
export interface CheckedEntry {
  /** Digest of the check's code and the file's path and text. */
  key: string;
  /** Digest of each photo or video file it read ('' for one that was not there). */
  media: Record<string, string>;
  report: Omit<EntryReport, 'rendered'>;
  /** Whether its body was rendered for its page (src/body/body-handover.ts). */
  rendered: boolean;
}

/** By entry file name (the names of content/articles/). */
export type CheckedEntries = Record<string, CheckedEntry>;

const sha256 = (...parts: (string | Buffer)[]) => parts.reduce((hash, part) => hash.update(part).update('\0'), createHash('sha256')).digest('base64url');

/** The version of the code that checks an entry: the check's module and what it imports (src/site/code-version.ts). */
export function checkCodeVersion(root: string): string {
  return codeVersion(new URL('./check-integration.ts', import.meta.url), root);
}

/** The key of an entry file, by its absolute path (its report names the file, its photos are beside it) and its text. */
export function entryKey(codeVersion: string, file: string, source: string): string {
  return sha256(codeVersion, file, source);
}

function fileDigest(file: string): string {
  try {
    return sha256(readFileSync(file));
  } catch {
    return '';
  }
}

export function mediaDigests(files: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, fileDigest(file)]));
}

/** Whether `previous` still holds for the entry whose key is now `key`: same text and code, same photos and videos, and no error (one is checked again until it is fixed). */
export function stillHolds(previous: CheckedEntry | undefined, key: string): previous is CheckedEntry {
  return previous !== undefined && previous.key === key && previous.report.errors.length === 0 && Object.entries(previous.media).every(([file, digest]) => fileDigest(file) === digest);
}

const FILE = 'checked-entries.bin';

/** What a check left: the version of its code, and what it found. */
interface CheckedFile {
  codeVersion: string;
  entries: CheckedEntries;
}

/**
 * What the last build found, if its check left it in `handover` and checked with this `codeVersion`
 * (none of it holds for other code). Structured-clone bytes keep the reports' dates as dates.
 */
export function readCheckedEntries(handover: string, codeVersion: string): CheckedEntries {
  try {
    const checked = deserialize(readFileSync(path.join(handover, FILE))) as Partial<CheckedFile>;
    return checked.codeVersion === codeVersion && checked.entries ? checked.entries : {};
  } catch {
    return {};
  }
}

export function writeCheckedEntries(handover: string, codeVersion: string, entries: CheckedEntries): void {
  replaceFile(path.join(handover, FILE), serialize({ codeVersion, entries } satisfies CheckedFile));
}

/** Forgets what the check found, so a build that stops half-way is never taken for a complete one. */
export function forgetCheckedEntries(handover: string): void {
  rmSync(path.join(handover, FILE), { force: true });
}
