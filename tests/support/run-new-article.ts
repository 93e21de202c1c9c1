/** `npm run new` as an editor runs it: node on scripts/new-article.ts, from the project folder `root`. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../scripts/harness/site-harness.ts';

const script = path.join(projectRoot, 'scripts', 'new-article.ts');

export function runNewArticle(root: string, ...args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}
