/**
 * Builds the Pagefind index into dist/pagefind/ at the end of `astro build`, so one
 * command yields a searchable site. Pages opt in with data-pagefind-body.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'news-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // Every page is Chinese: skip language detection so all pages share one index.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) fail('createIndex', errors);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) fail('indexing', added.errors);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) fail('writing', written.errors);
        await pagefind.close();
        // The benchmark (scripts/bench/run.ts) reads the seconds from this line.
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${added.page_count} pages into ${written.outputPath} in ${seconds} s`);
      },
    },
  };
}
