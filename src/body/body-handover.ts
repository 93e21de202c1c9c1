/**
 * The bodies the content check hands over to the article pages of the same build, in the
 * build's handover folder (src/content/check-handover.ts): the check parses every body
 * anyway, in threads, and renders the tree it checked, so the pages need not parse them again
 * (docs/benchmarks.md). Each thread appends its bodies to one file and lists where each is
 * in an index beside it, rather than writing a small file per body. A body is filed under a
 * digest of its entry file's whole text and extension (which picks Markdown or MDX), so a
 * page never takes another version's HTML; a page whose body is not there renders it itself
 * (src/body/article-body.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { RenderedBody } from './render-body.ts';

/** Where a body's HTML is in its part's file (bytes), its reading time and its headings. */
type Place = [offset: number, length: number, readingMinutes: number, headings: RenderedBody['headings']];

function digest(filePath: string, source: string): string {
  return createHash('sha256').update(`${path.extname(filePath)}\0${source}`).digest('hex');
}

/** Writes one thread's bodies: `<part>.html` with the HTML one after another, `<part>.json` the index. */
export class BodyHandoverWriter {
  readonly #file: string;
  readonly #fd: number;
  readonly #index: Record<string, Place> = {};
  #offset = 0;

  constructor(dir: string, part: number) {
    this.#file = path.join(dir, String(part));
    this.#fd = openSync(`${this.#file}.html`, 'w');
  }

  add(filePath: string, source: string, { html, readingMinutes, headings }: RenderedBody): void {
    const bytes = Buffer.from(html);
    writeSync(this.#fd, bytes);
    this.#index[digest(filePath, source)] = [this.#offset, bytes.length, readingMinutes, headings];
    this.#offset += bytes.length;
  }

  /** Written last, so a part is only read once all of it is there. */
  close(): void {
    closeSync(this.#fd);
    writeFileSync(`${this.#file}.json`, JSON.stringify(this.#index));
  }
}

interface Found {
  /** The part's file of HTML. */
  file: string;
  place: Place;
}

/** The bodies handed over in one folder, its index read once. */
export class HandedOverBodies {
  readonly #index = new Map<string, Found>();

  constructor(dir: string) {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).filter((item) => item.endsWith('.json'))) {
      const part = path.join(dir, path.basename(name, '.json'));
      const places = JSON.parse(readFileSync(`${part}.json`, 'utf8')) as Record<string, Place>;
      for (const [key, place] of Object.entries(places)) this.#index.set(key, { file: `${part}.html`, place });
    }
  }

  /** The body handed over for this text of the entry file, if any. */
  get(filePath: string, source: string): RenderedBody | undefined {
    const found = this.#index.get(digest(filePath, source));
    if (!found) return undefined;
    const [offset, length, readingMinutes, headings] = found.place;
    const bytes = Buffer.alloc(length);
    let fd: number;
    try {
      fd = openSync(found.file, 'r');
    } catch {
      // Replaced meanwhile by another build of the same project: the page renders its body itself.
      return undefined;
    }
    try {
      readSync(fd, bytes, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    return { html: bytes.toString('utf8'), readingMinutes, headings };
  }
}

/** Each folder's bodies, read once per build (a build's pages all read the same folder). */
const folders = new Map<string, HandedOverBodies>();

/** The body handed over in `dir` for this text of the entry file, if any. */
export function handedOverBody(dir: string, filePath: string, source: string): RenderedBody | undefined {
  let bodies = folders.get(dir);
  if (!bodies) folders.set(dir, (bodies = new HandedOverBodies(dir)));
  return bodies.get(filePath, source);
}
