/**
 * An article page's body: the one the content check of this build rendered and handed over
 * (src/body/body-handover.ts), else rendered here from the entry's file, as under `astro dev`
 * (where nothing is handed over, so an edit to the renderer shows at once) or for an entry
 * changed since the check.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { handedOverBody } from './body-handover.ts';
import { renderBody, type RenderedBody } from './render-body.ts';

/**
 * The body of the entry file at `filePath`, relative to the project's `root` (as the
 * collection stores it); `handoverDir` is where this build's check left the bodies, if it did.
 */
export function articleBody(filePath: string, root: URL, handoverDir: string | undefined): RenderedBody {
  const source = readFileSync(new URL(filePath, root), 'utf8');
  return (handoverDir && handedOverBody(handoverDir, filePath, source)) || renderBody(parseFrontmatter(source).content, filePath);
}
