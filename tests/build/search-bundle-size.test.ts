/** A mistyped SEARCH_BUNDLE_SIZE or SEARCH_INDEX_JOBS stops `npm run build` before Astro runs, saying what was expected. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runAstroBuild, tmpRoot } from '../../scripts/harness/site-harness.ts';

it.each([
  ['SEARCH_BUNDLE_SIZE', '1k', 'SEARCH_BUNDLE_SIZE must be a whole number of entries, at least 1 (got "1k").'],
  ['SEARCH_INDEX_JOBS', '0', 'SEARCH_INDEX_JOBS must be a whole number of Pagefind runs, at least 1 (got "0").'],
])('rejects %s=%s without building', async (name, value, message) => {
  mkdirSync(tmpRoot, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpRoot, 'bundle-size-'));
  try {
    const outDir = path.join(scratch, 'dist');
    const result = await runAstroBuild({ outDir, env: { [name]: value } });
    expect(result.code).toBe(1);
    expect(result.output.trim()).toBe(message);
    expect(existsSync(outDir)).toBe(false);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 60_000);
