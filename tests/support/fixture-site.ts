/**
 * Runs the real Astro CLI on a copy of the project whose content/ is replaced by fixture
 * entries, to see how the build, `astro check` and `astro dev` treat them. node_modules is
 * linked, not copied, package by package: Astro and Vite keep caches inside it (`.astro`
 * holds the content data store a build then bundles), and a copy sharing them with a build
 * running at the same time published the other build's entries.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { astroBin, freePort, projectRoot, runAstro, SITE_URL, tmpRoot, type BuildResult, type BuiltSite } from '../../scripts/harness/site-harness.ts';

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

/** Files of content/articles/ by their path in it (my-story.mdx, images/bay-area.jpg): text, or bytes such as a photo's. */
export type ContentFiles = Record<string, string | Uint8Array>;

/** A copy of the project whose content/articles/ holds exactly `files`, and content/authors/ the `profiles`; `remove()` deletes it. */
export function projectCopy(files: ContentFiles, profiles?: ContentFiles): { root: string; articles: string; remove(): void } {
  mkdirSync(tmpRoot, { recursive: true });
  const root = mkdtempSync(path.join(tmpRoot, 'fixture-'));
  try {
    for (const item of COPIED) cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
    linkPackages(root);
    const articles = path.join(root, 'content', 'articles');
    mkdirSync(articles, { recursive: true });
    for (const [name, source] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(articles, name)), { recursive: true });
      writeFileSync(path.join(articles, name), source);
    }
    if (profiles) {
      const authors = path.join(root, 'content', 'authors');
      mkdirSync(authors);
      for (const [name, source] of Object.entries(profiles)) {
        mkdirSync(path.dirname(path.join(authors, name)), { recursive: true });
        writeFileSync(path.join(authors, name), source);
      }
    }
    return { root, articles, remove: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Run `astro <command>` on a site whose content/articles/ holds exactly `files`,
 * and content/authors/ the `profiles` (王欣.yaml → its text), if any.
 * A build writes to `options.outDir` when given (kept), else inside the copy (removed).
 */
export async function runWithContent(
  command: 'build' | 'check',
  files: ContentFiles,
  options: { outDir?: string; env?: Record<string, string>; profiles?: ContentFiles } = {},
): Promise<BuildResult> {
  const { profiles, ...run } = options;
  const copy = projectCopy(files, profiles);
  try {
    return await runAstro(command, { root: copy.root, ...run });
  } finally {
    copy.remove();
  }
}

export interface DevServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `astro dev` on the project at `root`, on 127.0.0.1, once its home page answers: Vite listens
 * (and answers 404) before Astro has added its pages.
 */
export async function startDevServer(root: string, env: Record<string, string> = {}): Promise<DevServer> {
  const child = spawn(astroBin, ['dev', '--root', root, '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: root,
    // Its own process group, so that stopping it stops the processes it started too.
    detached: true,
    // Without Vitest's variables: Astro's dev server serves no pages when it sees VITEST.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  };
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const local = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (local) resolve(local[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`astro dev exited (code ${code}) before it listened:\n${output}`)));
  });
  const deadline = Date.now() + 120_000;
  while (!(await fetch(url).catch(() => undefined))?.ok) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not serve its home page:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}

/** `astro dev` on a copy of the project holding `files`; stopping it removes the copy. */
export async function startDevWithContent(files: Record<string, string>, env: Record<string, string> = {}): Promise<DevServer> {
  const copy = projectCopy(files);
  try {
    const server = await startDevServer(copy.root, env);
    return { ...server, stop: () => server.stop().finally(copy.remove) };
  } catch (error) {
    copy.remove();
    throw error;
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
 * scratch folder before the file's tests, and removes it after them. `files` may be made
 * then, by a function (photos a test generates).
 */
export function useFixtureBuild(
  name: string,
  base: string,
  files: ContentFiles | (() => Promise<ContentFiles>),
  options: { env?: Record<string, string>; profiles?: ContentFiles } = {},
): FixtureBuild {
  const build: FixtureBuild = { site: { name, base, outDir: '', siteUrl: SITE_URL }, output: '' };
  let scratch = '';
  beforeAll(async () => {
    mkdirSync(tmpRoot, { recursive: true });
    scratch = mkdtempSync(path.join(tmpRoot, `${name}-`));
    build.site.outDir = path.join(scratch, 'dist');
    const result = await runWithContent('build', typeof files === 'function' ? await files() : files, { outDir: build.site.outDir, profiles: options.profiles, env: { SITE_URL, BASE_PATH: base, ...options.env } });
    expect(result.code, result.output).toBe(0);
    build.output = result.output;
  }, 240_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return build;
}
