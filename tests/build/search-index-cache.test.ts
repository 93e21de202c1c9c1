/**
 * With SEARCH_INDEX_CACHE set, a build takes the index of every bundle whose pages did not
 * change from the cache, indexes the rest with Pagefind, and keeps only what it used. Two real
 * builds of generated entries in bundles of 20. The first fills two bundles exactly. The second
 * adds an entry, which starts a third bundle, and rewrites the oldest one (oldest bundle). The
 * middle one was the newest: it is now an older bundle, and its newest page shows the new entry
 * as its neighbour, which Pagefind does not index, so it must come from the cache.
 * Both builds also write their figures to BUILD_REPORT.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runWithContent } from '../support/fixture-site.ts';
import { pagefindFragments } from '../support/dist.ts';
import { SITE_URL, tmpRoot, type BuiltSite } from '../../scripts/harness/site-harness.ts';
import { BUILD_REPORT_ENV, readBuildReport, type BuildReport } from '../../scripts/build-report.ts';

const BUNDLE_SIZE = 20;
const day = (index: number) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
const entry = (index: number, body = '正文。') => [
  `entry-${String(index).padStart(2, '0')}.mdx`,
  `---\ntitle: 第${index}篇\ndate: ${day(index)}\nauthor: 王欣\nsummary:\n  - 摘要。\n---\n\n${body}\n`,
];
const NEW_BODY = '改过的正文';

mkdirSync(tmpRoot, { recursive: true });
const scratch = mkdtempSync(path.join(tmpRoot, 'index-cache-'));
const cache = path.join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function build(name: string, count: number, oldestBody?: string): Promise<{ site: BuiltSite; output: string; report: BuildReport }> {
  const files = Object.fromEntries(Array.from({ length: count }, (_, index) => entry(index, index === 0 ? oldestBody : undefined)));
  const site: BuiltSite = { name, base: '/', outDir: path.join(scratch, name), siteUrl: SITE_URL };
  const reportFile = path.join(scratch, `${name}-report.json`);
  const result = await runWithContent('build', files, {
    outDir: site.outDir, env: { SITE_URL, SEARCH_BUNDLE_SIZE: String(BUNDLE_SIZE), SEARCH_INDEX_CACHE: cache, [BUILD_REPORT_ENV]: reportFile },
  });
  expect(result.code, result.output).toBe(0);
  return { site, output: result.output, report: readBuildReport(reportFile) };
}

/** The cached bundles, by key; beside them is the file of the pages' view digests. */
const bundleKeys = () => readdirSync(cache).filter((name) => name !== 'pages-seen.json');

const tree = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .sort()
    .map((file): [string, string] => [path.relative(dir, file), readFileSync(file).toString('base64')]);

it('reuses the index of unchanged bundles only, and keeps only what the last build used', async () => {
  const first = await build('first', 2 * BUNDLE_SIZE);
  expect(first.output).toContain(`in 2 bundle(s) (0 from ${cache})`);
  // Progress is said at most once a second (src/site/progress-line.ts); the summary says the end, never a line per bundle.
  expect(first.output.match(/^\[search-index\] bundle \d+\/2 done$/gm)?.length ?? 0).toBeLessThan(2);
  expect(first.report).toMatchObject({ pagesIndexed: 2 * BUNDLE_SIZE, bundles: 2, bundlesFromCache: 0 });
  const firstKeys = bundleKeys();
  expect(firstKeys).toHaveLength(2);

  const second = await build('second', 2 * BUNDLE_SIZE + 1, NEW_BODY);
  expect(second.output).toContain(`in 3 bundle(s) (1 from ${cache})`);
  // The same figures, as JSON for the benchmark (scripts/build-report.ts).
  expect(second.report).toMatchObject({ pagesIndexed: 2 * BUNDLE_SIZE + 1, bundles: 3, bundlesFromCache: 1 });
  for (const time of [second.report.astroMs, second.report.pagefindMs, second.report.pagefindCpuSeconds]) expect(Number.isFinite(time)).toBe(true);
  // The middle bundle as the first build indexed it, less the scripts an older bundle does not need (pagefind-index.ts).
  const middle = tree(path.join(second.site.outDir, 'pagefind/older/2'));
  expect(middle.map(([file]) => file)).toContain('pagefind-entry.json');
  expect(middle.some(([file]) => file.endsWith('.js'))).toBe(false);
  expect(tree(path.join(first.site.outDir, 'pagefind'))).toEqual(expect.arrayContaining(middle));
  // The oldest, indexed again with the new text (Pagefind marks word breaks with U+200B).
  expect([...pagefindFragments(second.site, 'pagefind/older/1/').values()].some((text) => text.replaceAll('\u200b', '').includes(NEW_BODY))).toBe(true);
  expect([...pagefindFragments(second.site).keys()]).toHaveLength(1);
  const secondKeys = bundleKeys();
  expect(secondKeys).toHaveLength(3);
  expect(secondKeys.filter((key) => firstKeys.includes(key))).toHaveLength(1);
}, 240_000);
