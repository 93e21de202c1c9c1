/**
 * Runs the real Astro CLI on a copy of the project whose content/ is replaced by fixture
 * entries, to see how the build and `astro check` treat them. node_modules is linked, not
 * copied, package by package: Astro and Vite keep caches inside it (`.astro` holds the
 * content data store a build then bundles), and a copy sharing them with a build running at
 * the same time published the other build's entries.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { astroBin, runAstro, type BuildResult } from '../../scripts/harness/site-harness.ts';
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

/** A copy of the project whose content/articles/ holds exactly `files` (name → source text); returns its root. */
function copyWithContent(files: Record<string, string>): string {
  mkdirSync(tmpRoot, { recursive: true });
  const root = mkdtempSync(path.join(tmpRoot, 'fixture-'));
  for (const item of COPIED) cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
  linkPackages(root);
  const articles = path.join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(articles, name), source);
  return root;
}

/**
 * Run `astro <command>` on a site whose content/articles/ holds exactly `files` (name → source text).
 * A build writes to `options.outDir` when given (kept), else inside the copy (removed).
 */
export async function runWithContent(
  command: 'build' | 'check',
  files: Record<string, string>,
  options: { outDir?: string; env?: Record<string, string> } = {},
): Promise<BuildResult> {
  const root = copyWithContent(files);
  try {
    return await runAstro(command, { root, ...options });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface DevServer {
  /** e.g. http://127.0.0.1:41234/ */
  baseUrl: string;
  /** What the server has logged so far. */
  output(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `astro dev` on a copy of the project holding `files`, on a free port of 127.0.0.1, once its home page answers. */
export async function startDevWithContent(files: Record<string, string>, env: Record<string, string> = {}): Promise<DevServer> {
  const root = copyWithContent(files);
  const port = await freePort();
  // Astro's dev server adds no pages when it sees Vitest's variables (it takes itself for a test's server).
  const outsideVitest = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const child = spawn(astroBin, ['dev', '--root', root, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...outsideVitest, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    // Its own process group, so closing it ends Vite's children too.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    rmSync(root, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`astro dev stopped before it answered:\n${output}`);
    }
    // Vite listens (and answers 404) before Astro has added its pages.
    if ((await fetch(baseUrl).catch(() => undefined))?.ok) break;
    if (Date.now() > deadline) {
      await close();
      throw new Error(`astro dev did not answer within 2 minutes:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, output: () => output, close };
}
