/**
 * `npm run build [-- astro build options]`: `astro build`, then the Pagefind index of the site it
 * wrote, as two processes. Pagefind runs once Astro's process has exited, so their memory never
 * adds up: at 10,000 entries Astro still held about 5 GB when Pagefind, needing over 15 GB of
 * its own, started inside it (docs/benchmarks.md).
 *
 * Pagefind runs as its command-line program rather than its Node API: on the same 1,000-page
 * build the CLI took 18 s and the Node API 27 s, nearly all of it in the API's writeFiles.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const astroArgs = process.argv.slice(2);
const { values } = parseArgs({ args: astroArgs, strict: false, options: { root: { type: 'string' }, outDir: { type: 'string' } } });
const root = path.resolve(typeof values.root === 'string' ? values.root : '.');
const site = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');

const ASTRO_CLI = fileURLToPath(new URL('./bin/astro.mjs', import.meta.resolve('astro/package.json')));
/** The npm package's launcher, which starts this platform's binary (the extended one, with CJK segmentation). */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

function run(args: string[], capture = false) {
  const result = spawnSync(process.execPath, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) {
    if (capture) process.stdout.write(result.stdout ?? '');
    process.exit(result.status ?? 1);
  }
  return result.stdout ?? '';
}

run([ASTRO_CLI, 'build', ...astroArgs]);

const started = performance.now();
// Every page is Chinese: skip language detection so all pages share one index.
const output = run([PAGEFIND_CLI, '--site', site, '--output-path', path.join(site, 'pagefind'), '--force-language', 'zh-cn'], true);
const pages = /Indexed (\d+) pages?/.exec(output)?.[1] ?? '?';
// The benchmark (scripts/bench/run.ts) reads the seconds from this line.
console.log(`[search-index] indexed ${pages} pages into ${path.join(site, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
