/**
 * Builds the site once per test run, twice over: at the root and under /news/, each
 * with the real Astro build and Pagefind index. Set REUSE_DIST=1 to skip rebuilding
 * while iterating on tests locally.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runAstroBuild } from './build.ts';
import { sites } from './project.ts';

export default async function setup(): Promise<void> {
  for (const site of sites) {
    if (process.env.REUSE_DIST === '1' && existsSync(path.join(site.outDir, 'pagefind', 'pagefind.js'))) continue;
    const result = await runAstroBuild({
      outDir: site.outDir,
      env: { SITE_URL: site.siteUrl, BASE_PATH: site.base },
    });
    if (result.code !== 0) {
      throw new Error(`astro build (${site.name}) failed with exit code ${result.code}:\n${result.output}`);
    }
  }
}
