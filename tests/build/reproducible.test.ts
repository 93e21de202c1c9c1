/**
 * Two builds of the same content are byte-identical, so a deploy or a cache only sees what
 * changed. The second build is compared with the one global setup made; with REUSE_DIST=1
 * that one may be stale, so two fresh builds are compared instead.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstroBuild, tmpRoot } from '../../scripts/harness/site-harness.ts';
import { siteFiles as files } from '../support/dist.ts';
import { sites } from '../support/test-sites.ts';

const site = sites[0]!;

describe('reproducible builds', () => {
  mkdirSync(tmpRoot, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpRoot, 'repro-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function build(name: string): Promise<string> {
    const outDir = path.join(scratch, name);
    const result = await runAstroBuild({ outDir, env: { SITE_URL: site.siteUrl, BASE_PATH: site.base } });
    expect(result.code, result.output).toBe(0);
    return outDir;
  }

  it('writes the same files, byte for byte, when built again', { timeout: 180_000 }, async () => {
    const first = process.env.REUSE_DIST === '1' ? await build('first') : site.outDir;
    const second = await build('second');
    const names = files(first);
    expect(names.length).toBeGreaterThan(30);
    expect(files(second)).toEqual(names);
    const differing = names.filter((name) => !readFileSync(path.join(first, name)).equals(readFileSync(path.join(second, name))));
    expect(differing).toEqual([]);
  });
});
