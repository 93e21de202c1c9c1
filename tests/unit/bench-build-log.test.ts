/** What the bench reads from a build (scripts/bench/builds.ts): Astro's stage times and image lines, and the BUILD_REPORT's counts. */
import { expect, it } from 'vitest';
import { imageVariants, reportCounts, stages } from '../../scripts/bench/builds.ts';

// Lines as Astro 7 prints them with colours off (node_modules/astro/dist/core/build/generate.js, assets/build/generate.js).
const log = `10:00:01 [types] Generated 1.52s
10:00:05 [vite] ✓ built in 870ms
 generating static routes 
10:00:06 ▶ src/pages/index.astro
10:00:09 ✓ Completed in 2.81s.
 generating optimized images 
10:00:09   ▶ /_astro/bench-000005-body.Ab12.avif (before: 556kB, after: 31kB) (+1.2s) (1/3)
10:00:10   ▶ /_astro/bench-000005-body.Ab12.webp (reused cache entry) (+3ms) (2/3)
10:00:10   ▶ /_astro/bench-000020-lead.Cd34.jpg (before: 556kB, after: 80kB) (+0.4s) (3/3)
10:00:10 ✓ Completed in 1m 2s.
`;

it('reads the stage times, the optimized images included', () => {
  expect(stages(log)).toEqual({ syncMs: 1520, viteMs: 870, renderMs: 2810, imagesMs: 62_000 });
  expect(stages('').imagesMs).toBeNaN();
});

it('counts image variants made and copied from the cache', () => {
  expect(imageVariants(log)).toEqual({ made: 2, reused: 1 });
});

it('keeps the report’s counts, whatever their names, and leaves out times and nulls', () => {
  expect(reportCounts({ astroMs: 1, pagefindCpuSeconds: 2, pagesIndexed: 300, bundlesFromCache: 0, pagesSkipped: 12, twinsReused: null })).toEqual({ pagesIndexed: 300, bundlesFromCache: 0, pagesSkipped: 12 });
});
