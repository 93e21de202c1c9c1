/**
 * Runs the real Astro CLI on a copy of the project whose content/ is replaced by fixture
 * entries, to see how the build, `astro check` and `astro dev` treat them. node_modules is
 * linked, not copied, package by package: Astro and Vite keep caches inside it (`.astro`
 * holds the content data store a build then bundles), and a copy sharing them with a build
 * running at the same time published the other build's entries.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { astroBin, projectRoot, runAstro, tmpRoot, type BuildResult } from '../../scripts/harness/site-harness.ts';

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

/** A copy of the project whose content/articles/ holds exactly `files` (name → source text); `remove()` deletes it. */
export function projectCopy(files: Record<string, string>): { root: string; articles: string; remove(): void } {
  mkdirSync(tmpRoot, { recursive: true });
  const root = mkdtempSync(path.join(tmpRoot, 'fixture-'));
  try {
    for (const item of COPIED) cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
    linkPackages(root);
    const articles = path.join(root, 'content', 'articles');
    mkdirSync(articles, { recursive: true });
    for (const [name, source] of Object.entries(files)) writeFileSync(path.join(articles, name), source);
    return { root, articles, remove: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
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
  const copy = projectCopy(files);
  try {
    return await runAstro(command, { root: copy.root, ...options });
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

/** `astro dev` on the project at `root`, on 127.0.0.1, once it says where it listens. */
export async function startDevServer(root: string): Promise<DevServer> {
  const child = spawn(astroBin, ['dev', '--root', root, '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: root,
    // Its own process group, so that stopping it stops the processes it started too.
    detached: true,
    // Without Vitest's variables: Astro's dev server serves no pages when it sees VITEST.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), FORCE_COLOR: '0', NO_COLOR: '1' },
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
  return { url, output: () => output, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
