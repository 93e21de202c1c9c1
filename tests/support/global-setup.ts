/**
 * Builds the site once per run of the site tests, twice over: at the root and under /news/,
 * each with the real Astro build and Pagefind index. Set REUSE_DIST=1 to skip rebuilding
 * while iterating on tests locally.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../scripts/harness/site-harness.ts';
import { sites } from './test-sites.ts';

export default async function setup(): Promise<void> {
  for (const site of sites) {
    if (process.env.REUSE_DIST === '1' && existsSync(path.join(site.outDir, 'pagefind', 'pagefind.js'))) continue;
    await buildSite(site);
  }
}
