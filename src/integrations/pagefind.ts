/**
 * Builds the Pagefind index into dist/pagefind/ at the end of `astro build`, so one
 * command yields a searchable site. Pages opt in with data-pagefind-body.
 *
 * It runs Pagefind's command-line program rather than its Node API: on the same 1,000-page
 * build the CLI took 18 s and the Node API 27 s, nearly all of it in the API's writeFiles
 * (docs/benchmarks.md).
 */
import type { AstroIntegration } from 'astro';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The npm package's launcher, which starts this platform's binary (the extended one, with CJK segmentation). */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'news-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const output = `${site}pagefind`;
        // Every page is Chinese: skip language detection so all pages share one index.
        const args = [PAGEFIND_CLI, '--site', site, '--output-path', output, '--force-language', 'zh-cn'];
        const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 2 ** 20 }).catch((error: { stdout?: string; stderr?: string }) => {
          throw new Error(`Pagefind failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
        });
        const pages = /Indexed (\d+) pages?/.exec(stdout)?.[1] ?? '?';
        // The benchmark (scripts/bench/run.ts) reads the seconds from this line.
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${pages} pages into ${output} in ${seconds} s`);
      },
    },
  };
}
