/**
 * The two builds the build and browser suites run against, at the root and under a subpath.
 * They go to a scratch folder, never the developer's dist/; TEST_BUILD_DIR moves them
 * elsewhere, so two test runs can share a checkout.
 */
import path from 'node:path';
import { projectRoot, SITE_URL, tmpRoot, type BuiltSite } from '../../scripts/harness/site-harness.ts';

const buildDir = process.env.TEST_BUILD_DIR ? path.resolve(projectRoot, process.env.TEST_BUILD_DIR) : path.join(tmpRoot, 'test-sites');

export const sites: BuiltSite[] = [
  { name: 'root', base: '/', outDir: path.join(buildDir, 'root'), siteUrl: SITE_URL },
  { name: 'subpath', base: '/news/', outDir: path.join(buildDir, 'subpath'), siteUrl: SITE_URL },
];
