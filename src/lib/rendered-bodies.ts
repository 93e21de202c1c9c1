/**
 * Bodies the content check rendered while it checked them, kept in a folder for the article
 * pages of the same build: the check parses every body anyway, in threads, so the pages need
 * not parse them again (docs/benchmarks.md). Each is filed under a digest of its entry file's
 * whole text and format, so a page never takes another version's HTML; a page whose body is
 * not there renders it itself. The file's extension is in the digest because it picks Markdown
or MDX.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedBody } from './render-body.ts';

function bodyFile(dir: string, filePath: string, source: string): string {
  const digest = createHash('sha256').update(`${path.extname(filePath)}\0${source}`).digest('hex');
  return path.join(dir, `${digest}.json`);
}

export function storeRenderedBody(dir: string, filePath: string, source: string, body: RenderedBody): void {
  writeFileSync(bodyFile(dir, filePath, source), JSON.stringify(body));
}

export function loadRenderedBody(dir: string, filePath: string, source: string): RenderedBody | undefined {
  try {
    return JSON.parse(readFileSync(bodyFile(dir, filePath, source), 'utf8')) as RenderedBody;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
