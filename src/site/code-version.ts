/**
 * A digest of the code a build step runs, for keying what the step made in an earlier build:
 * a module and every project module it imports, however deeply (followed through their
 * relative imports), plus the installed packages (the project's package-lock.json). What the
 * step makes changes with any of them, and with nothing else of the project's code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A module's imports of relative paths, static or dynamic (a mention in a comment counts too: it can only add a file). */
const RELATIVE_IMPORT = /(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

export function codeVersion(module: URL, root: string): string {
  const seen = new Set<string>();
  const pending = [fileURLToPath(module)];
  const hash = createHash('sha256');
  for (const file of pending) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    hash.update(path.relative(root, file)).update('\0').update(text).update('\0');
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) pending.push(path.resolve(path.dirname(file), specifier!));
  }
  const lockfile = path.join(root, 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('base64url');
}
