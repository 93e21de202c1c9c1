/**
 * Runs the real Astro CLI on a copy of the project whose content/ is replaced by fixture
 * entries, to see how the build and `astro check` treat them. node_modules is linked, not
 * copied, package by package: Astro and Vite keep caches inside it (`.astro` holds the
 * content data store a build then bundles), and a copy sharing them with a build running at
 * the same time published the other build's entries.
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { runAstro, SITE_URL, type BuildResult, type BuiltSite } from '../../scripts/harness/site-harness.ts';
import { projectRoot, tmpRoot } from '../../scripts/harness/site-harness.ts';

const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
/** Build caches in node_modules (Astro's, Vite's, Vitest's), which each copy keeps to itself. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** A node_modules for `root` whose packages are the project's, without its caches. */
function linkPackages(root: string): void {
  const modules = path.join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(modules, name));
  }
}

/** The entries of a fixture folder under tests/fixtures/ (name → source text). */
export function fixtureEntries(folder: string): Record<string, string> {
  const dir = path.join(projectRoot, 'tests', 'fixtures', folder);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

/**
 * Run `astro <command>` on a site whose content/articles/ holds exactly `files` (name → source text),
 * and content/authors/ the `profiles` (王欣.yaml → its text), if any.
 * A build writes to `options.outDir` when given (kept), else inside the copy (removed).
 */
export async function runWithContent(
  command: 'build' | 'check',
  files: Record<string, string>,
  options: { outDir?: string; env?: Record<string, string>; profiles?: Record<string, string> } = {},
): Promise<BuildResult> {
  mkdirSync(tmpRoot, { recursive: true });
  const root = mkdtempSync(path.join(tmpRoot, 'fixture-'));
  try {
    for (const item of COPIED) cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
    linkPackages(root);
    const articles = path.join(root, 'content', 'articles');
    mkdirSync(articles, { recursive: true });
    for (const [name, source] of Object.entries(files)) writeFileSync(path.join(articles, name), source);
    const { profiles, ...run } = options;
    if (profiles) {
      const authors = path.join(root, 'content', 'authors');
      mkdirSync(authors);
      for (const [name, source] of Object.entries(profiles)) writeFileSync(path.join(authors, name), source);
    }
    return await runAstro(command, { root, ...run });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface FixtureBuild {
  /** Filled in (its outDir) once the build has run, before the first test. */
  site: BuiltSite;
  /** The build's log. */
  output: string;
}

/**
 * Call at the top of a test file: builds a site of `files` (and `profiles`) for `base` into a
 * scratch folder before the file's tests, and removes it after them.
 */
export function useFixtureBuild(
  name: string,
  base: string,
  files: Record<string, string>,
  options: { env?: Record<string, string>; profiles?: Record<string, string> } = {},
): FixtureBuild {
  const build: FixtureBuild = { site: { name, base, outDir: '', siteUrl: SITE_URL }, output: '' };
  let scratch = '';
  beforeAll(async () => {
    mkdirSync(tmpRoot, { recursive: true });
    scratch = mkdtempSync(path.join(tmpRoot, `${name}-`));
    build.site.outDir = path.join(scratch, 'dist');
    const result = await runWithContent('build', files, { outDir: build.site.outDir, profiles: options.profiles, env: { SITE_URL, BASE_PATH: base, ...options.env } });
    expect(result.code, result.output).toBe(0);
    build.output = result.output;
  }, 240_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return build;
}
