/**
 * What the tests, the benchmark and the screenshot script share: where the project is,
 * running the real build as `npm run build` does, serving a built site on 127.0.0.1 under
 * its base path, and Debian's Chromium driven by playwright-core (no browser download).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const astroBin = path.join(projectRoot, 'node_modules', '.bin', 'astro');
/** What `npm run build` runs (package.json's "node [flags] scripts/build.ts"), with the script's path made absolute. */
export const buildCommand: string[] = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
  .scripts.build.split(' ')
  .map((word: string, index: number) => (index === 0 ? process.execPath : word.startsWith('-') ? word : path.join(projectRoot, word)));
/** Scratch space for builds that are not the developer's own dist/ (git-ignored). */
export const tmpRoot = path.join(projectRoot, '.tmp');
/** The origin builds made here are told they will be served from. */
export const SITE_URL = 'https://news.example.org';

/** A built site: where its files are and the base path it was built for ("/" or "/news/"). */
export interface BuiltSite {
  name: string;
  base: string;
  outDir: string;
  siteUrl: string;
}

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface AstroRun {
  root?: string;
  outDir?: string;
  env?: Record<string, string>;
}

/** The real build (Astro, then the Pagefind index) or `astro check`, with its output collected. */
export function runAstro(command: 'build' | 'check', options: AstroRun = {}): Promise<BuildResult> {
  const root = options.root ?? projectRoot;
  const [program, ...args] = command === 'build' ? buildCommand : [astroBin, 'check'];
  args.push('--root', root);
  if (options.outDir) args.push('--outDir', options.outDir);
  return new Promise((resolve, reject) => {
    const child = spawn(program!, args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export function runAstroBuild(options: AstroRun = {}): Promise<BuildResult> {
  return runAstro('build', options);
}

/** Builds `site` for its base path, or fails with the build's output. */
export async function buildSite(site: BuiltSite, env: Record<string, string> = {}): Promise<void> {
  const result = await runAstroBuild({ outDir: site.outDir, env: { SITE_URL: site.siteUrl, BASE_PATH: site.base, ...env } });
  if (result.code !== 0) throw new Error(`astro build (${site.name}) failed with exit code ${result.code}:\n${result.output}`);
}

export interface RunningServer {
  /** Origin plus base, e.g. http://127.0.0.1:41234/news/ */
  baseUrl: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site over HTTP on 127.0.0.1, mounted at its base path only: a request
 * outside the base gets 404, as on a host that serves the site from a subfolder.
 */
export async function serveSite(site: BuiltSite): Promise<RunningServer> {
  const files = sirv(site.outDir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(path.join(site.outDir, '404.html'));
  const server = http.createServer((request, response) => {
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!request.url?.startsWith(site.base)) return sendNotFound();
    request.url = `/${request.url.slice(site.base.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: origin + site.base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing on 127.0.0.1 listens on right now, for servers that cannot pick their own (nginx, astro dev). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A page that records console errors and uncaught exceptions, for the "no errors" checks.
 * `bypassCSP` lets a test inject axe-core past the site's CSP.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 390, height: options.height ?? 844 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: 'zh-CN',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
