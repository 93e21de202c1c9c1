/** Where things are, for every test. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const astroBin = path.join(projectRoot, 'node_modules', '.bin', 'astro');
/** What `npm run build` runs (package.json's "node [flags] scripts/build.ts"), with the script's path made absolute. */
export const buildCommand: string[] = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
  .scripts.build.split(' ')
  .map((word: string, index: number) => (index === 0 ? process.execPath : word.startsWith('-') ? word : path.join(projectRoot, word)));
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
