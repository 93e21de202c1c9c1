/** Where things are, for every test. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const astroBin = path.join(projectRoot, 'node_modules', '.bin', 'astro');
export const tmpRoot = path.join(projectRoot, '.tmp');

/** The sites the build and browser suites run against: at the root and under a subpath. */
export interface BuiltSite {
  name: string;
  /** Deploy base path, "/" or "/news/". */
  base: string;
  outDir: string;
  siteUrl: string;
}

export const SITE_URL = 'https://news.example.org';

/** TEST_BUILD_DIR moves both builds elsewhere, so two test runs can share a checkout. */
const buildDir = process.env.TEST_BUILD_DIR ? path.resolve(projectRoot, process.env.TEST_BUILD_DIR) : undefined;

export const sites: BuiltSite[] = [
  { name: 'root', base: '/', outDir: buildDir ? path.join(buildDir, 'root') : path.join(projectRoot, 'dist'), siteUrl: SITE_URL },
  { name: 'subpath', base: '/news/', outDir: path.join(buildDir ?? tmpRoot, 'dist-news'), siteUrl: SITE_URL },
];
