/** A mistyped SEARCH_BUNDLE_SIZE stops `npm run build` before Astro runs, saying what was expected. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runAstroBuild, tmpRoot } from '../../scripts/harness/site-harness.ts';

it('rejects a bundle size that is not a whole number of entries, without building', async () => {
  mkdirSync(tmpRoot, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpRoot, 'bundle-size-'));
  try {
    const outDir = path.join(scratch, 'dist');
    const result = await runAstroBuild({ outDir, env: { SEARCH_BUNDLE_SIZE: '1k' } });
    expect(result.code).toBe(1);
    expect(result.output.trim()).toBe('SEARCH_BUNDLE_SIZE must be a whole number of entries, at least 1 (got "1k").');
    expect(existsSync(outDir)).toBe(false);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 60_000);
