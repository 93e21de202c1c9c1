/**
 * Builds a copy of the project whose content/ is replaced by fixture entries, to see how
 * the real build treats bad input. node_modules is linked, not copied.
 */
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAstroBuild, type BuildResult } from './build.ts';
import { projectRoot, tmpRoot } from './project.ts';

const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/** Build a site whose content/articles/ holds exactly `files` (name → source text). */
export async function buildWithContent(files: Record<string, string>): Promise<BuildResult & { root: string }> {
  mkdirSync(tmpRoot, { recursive: true });
  const root = mkdtempSync(path.join(tmpRoot, 'fixture-'));
  try {
    for (const item of COPIED) cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const articles = path.join(root, 'content', 'articles');
    mkdirSync(articles, { recursive: true });
    for (const [name, source] of Object.entries(files)) writeFileSync(path.join(articles, name), source);
    const result = await runAstroBuild({ root });
    return { ...result, root };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
