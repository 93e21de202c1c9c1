/**
 * The pages `astro build` has written so far, so the search index can start on a bundle while
 * Astro still renders the rest (src/search/pagefind-index.ts). Astro's list of the pages it
 * generates says which it has made ("├─ /articles/x/index.html (+3ms)", "(cached)" or
 * "(restored)" for one already in place), but a rendered page's line can come before its file
 * is written (seen with strace), while the last build's page may still be there in its place
 * (src/site/kept-pages.ts). So a rendered page counts as written only once its file is newer
 * than the start of this build and ends as every page does, with </html>; once Astro has
 * exited, every file is as it left it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';

/** A line of that list: the file, from the output folder's root, and how it was made. */
const PAGE_LINE = /[├└]─ \/(\S+) \((\+[\d.]+m?s|cached|restored)\)/;

export type PageMade = 'rendered' | 'cached' | 'restored';

/** The page a line of Astro's output says was written, and how; undefined for any other line. Colours, where FORCE_COLOR asks for them, are ignored. */
export function pageLine(line: string): { file: string; made: PageMade } | undefined {
  const found = PAGE_LINE.exec(stripVTControlCharacters(line));
  if (!found) return undefined;
  const mark = found[2]!;
  return { file: found[1]!, made: mark.startsWith('+') ? 'rendered' : (mark as PageMade) };
}

/** What a wait for the first page waits for: any page ends it. */
const FIRST_PAGE = Symbol('the first page');

interface Waiting {
  missing: Set<string | typeof FIRST_PAGE>;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** How often a page that Astro has listed but not yet written whole is looked at again. */
const LOOK_AGAIN_MS = 20;

const PAGE_END = '</html>';

/** Whether `file` is there, written to its end (its last bytes are read, not the page) and, if `since` is given, written after it. */
function wholePage(file: string, since: number | undefined): boolean {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const { size, mtimeMs } = fstatSync(descriptor);
    if (since !== undefined && mtimeMs < since) return false;
    const tail = Buffer.alloc(64);
    const read = readSync(descriptor, tail, 0, tail.length, Math.max(0, size - tail.length));
    return tail.subarray(0, read).toString('latin1').trimEnd().endsWith(PAGE_END);
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

export class WrittenPages {
  readonly #site: string;
  readonly #since: number;
  readonly #written = new Set<string>();
  /** Of the written pages, those Astro rendered in this build (not one in place since the last). */
  readonly #rendered = new Set<string>();
  #waiting: Waiting[] = [];
  #ended: { failure?: Error } | undefined;

  /** `site`: the output folder Astro writes; `since`: when this build began (ms since the epoch), before Astro wrote anything. */
  constructor(site: string, since = Date.now()) {
    this.#site = site;
    this.#since = since;
  }

  /** Astro's list says `file` (from the output folder's root) is made, as `made` says. */
  add(file: string, made: PageMade): void {
    this.#written.add(file);
    if (made === 'rendered') this.#rendered.add(file);
    this.#waiting = this.#waiting.filter((waiting) => {
      waiting.missing.delete(file);
      waiting.missing.delete(FIRST_PAGE);
      if (waiting.missing.size) return true;
      waiting.resolve();
      return false;
    });
  }

  /**
   * Astro has exited: every page it wrote has been said. After a failure no wait resolves;
   * after a success every one does, since no more pages will come (a page never listed is
   * then found missing by whoever reads it).
   */
  end(failure?: Error): void {
    this.#ended = failure ? { failure } : {};
    for (const waiting of this.#waiting) (failure ? waiting.reject(failure) : waiting.resolve());
    this.#waiting = [];
  }

  /** Resolves once the first page is written (Astro has checked the content and begun rendering), or Astro has exited. */
  whenStarted(): Promise<void> {
    if (this.#written.size) return Promise.resolve();
    return this.#wait(new Set([FIRST_PAGE]));
  }

  /** Resolves once every one of `files` is listed by Astro and written whole, or Astro has exited. */
  async whenWritten(files: readonly string[]): Promise<void> {
    const missing = new Set(files.filter((file) => !this.#written.has(file)));
    if (missing.size) await this.#wait(missing);
    for (const file of files) {
      const since = this.#rendered.has(file) ? this.#since : undefined;
      while (!this.#ended && !wholePage(path.join(this.#site, file), since)) await sleep(LOOK_AGAIN_MS);
    }
    if (this.#ended?.failure) throw this.#ended.failure;
  }

  #wait(missing: Waiting['missing']): Promise<void> {
    if (this.#ended) return this.#ended.failure ? Promise.reject(this.#ended.failure) : Promise.resolve();
    return new Promise((resolve, reject) => this.#waiting.push({ missing, resolve, reject }));
  }
}
