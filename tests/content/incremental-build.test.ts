/**
 * A build that finds the last build's caches (Astro's cacheDir, node_modules/.astro) writes the
 * same dist/ as a cold build of the same content, byte for byte: every file, the search index
 * and the Traditional edition included. One copy of the project, about 50 entries, built again
 * after each change an editor or developer makes: an entry added, a word of an old entry
 * edited, a photo replaced by another of the same name, an entry deleted, a component changed.
 * Each incremental build finds the last one's dist/ in place, and keeps the pages it skips
 * there (src/site/kept-pages.ts). After each, it is compared with a cold one (the cache and
 * dist/ moved aside), and its BUILD_REPORT must show work it did not redo, else the equality
 * would prove nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectCopy, type ContentFiles } from '../support/fixture-site.ts';
import { siteFiles } from '../support/dist.ts';
import { testPhoto } from '../support/test-photos.ts';
import { runAstro, SITE_URL, tmpRoot } from '../../scripts/harness/site-harness.ts';
import { BUILD_REPORT_ENV, readBuildReport, type BuildReport } from '../../scripts/build-report.ts';

const COUNT = 50;
const TAGS = ['零售', '电商', '物流', '支付', '出海'];
const AUTHORS = ['王欣', '李明', '张悦'];
const day = (index: number) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
const name = (index: number) => `entry-${String(index).padStart(2, '0')}.mdx`;
/** Entry 1 has a lead photo and one in its body. */
const PHOTO_ENTRY = 1;
const source = (index: number, word = '门店') =>
  [
    '---',
    `title: 第${index}篇报道`,
    ...(index === PHOTO_ENTRY ? ['leadImage: { src: ./images/shop.jpg, alt: 门店外景 }'] : []),
    `date: ${day(index)}`,
    `author: ${AUTHORS[index % AUTHORS.length]}`,
    `tags: [${TAGS[index % TAGS.length]}, ${TAGS[(index + 2) % TAGS.length]}]`,
    'summary:',
    `  - 第${index}篇的摘要。`,
    '---',
    '',
    `第${index}篇正文说的是${word}的变化。`,
    '',
    '## 背景',
    '',
    `零售企业在第${index}个季度调整了供应链。`,
    '',
    ...(index === PHOTO_ENTRY ? ['<Figure src="./images/shelf.jpg" alt="货架" caption="货架" />', ''] : []),
  ].join('\n');

const files: ContentFiles = {
  ...Object.fromEntries(Array.from({ length: COUNT }, (_, index) => [name(index), source(index)])),
  'images/shop.jpg': await testPhoto(640, 480, 'jpeg', 1),
  'images/shelf.jpg': await testPhoto(640, 480, 'jpeg', 2),
};
const copy = projectCopy(files);
mkdirSync(tmpRoot, { recursive: true });
const scratch = mkdtempSync(path.join(tmpRoot, 'incremental-'));
afterAll(() => {
  copy.remove();
  rmSync(scratch, { recursive: true, force: true });
});
const cacheDir = path.join(copy.root, 'node_modules', '.astro');
const dist = path.join(copy.root, 'dist');
const env = { SITE_URL, SOURCE_DATE_EPOCH: '1735689600', SEARCH_BUNDLE_SIZE: '20' };

/**
 * Builds into the copy's dist/, as a deploy does (the outDir is in the pages' code: another would
 * change it), and leaves it there for the next build, as a deploy that keeps it does
 * (src/site/kept-pages.ts); the result is copied aside.
 */
async function build(label: string): Promise<{ outDir: string; report: BuildReport }> {
  const outDir = path.join(scratch, label);
  const reportFile = path.join(scratch, `${label}.json`);
  const result = await runAstro('build', { root: copy.root, env: { ...env, [BUILD_REPORT_ENV]: reportFile } });
  expect(result.code, result.output).toBe(0);
  cpSync(dist, outDir, { recursive: true });
  return { outDir, report: readBuildReport(reportFile) };
}

/** A build with no cache and no dist/ at all; the incremental chain's are put back after it. */
async function coldBuild(label: string): Promise<{ outDir: string; report: BuildReport }> {
  const [keptCache, keptDist] = [`${cacheDir}.kept`, `${dist}.kept`];
  renameSync(cacheDir, keptCache);
  renameSync(dist, keptDist);
  try {
    return await build(label);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    renameSync(keptCache, cacheDir);
    renameSync(keptDist, dist);
  }
}

/** The files of both dist folders that are missing from one or differ in a byte. */
function differences(incremental: string, cold: string): string[] {
  const names = [...new Set([...siteFiles(incremental), ...siteFiles(cold)])].sort();
  return names.filter((file) => {
    const [a, b] = [path.join(incremental, file), path.join(cold, file)];
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
}

async function expectSameAsCold(label: string): Promise<BuildReport> {
  const incremental = await build(label);
  const cold = await coldBuild(`${label}-cold`);
  const names = siteFiles(cold.outDir);
  expect(names.some((file) => file.startsWith('pagefind/'))).toBe(true);
  expect(names.some((file) => file.startsWith('zh-hant/articles/'))).toBe(true);
  expect(differences(incremental.outDir, cold.outDir)).toEqual([]);
  // The cold build did all the work, so the counts of the incremental one are not vacuous.
  expect(cold.report).toMatchObject({ pagesSkipped: 0, pagesKeptInPlace: 0, entriesReused: 0, twinsReused: 0, bundlesFromCache: 0 });
  return incremental.report;
}

it('writes what a cold build writes after each change, redoing only what changed', { timeout: 600_000 }, async () => {
  const first = await build('first');
  expect(first.report).toMatchObject({ pagesSkipped: 0, entriesChecked: COUNT, entriesReused: 0, twinsReused: 0 });

  writeFileSync(path.join(copy.articles, name(COUNT)), source(COUNT));
  const added = await expectSameAsCold('added');
  expect(added).toMatchObject({ entriesChecked: 1, entriesReused: COUNT });
  expect(added.pagesSkipped).toBeGreaterThan(COUNT / 2);
  expect(added.pagesKeptInPlace).toBe(added.pagesSkipped);
  expect(added.twinsReused).toBeGreaterThan(COUNT / 2);
  // A new page has a twin: every twin's answers about which pages have twins are looked at again.
  expect(added.twinsKeptInPlace).toBe(0);
  expect(added.bundlesFromCache).toBeGreaterThan(0);

  writeFileSync(path.join(copy.articles, name(0)), source(0, '商场'));
  const edited = await expectSameAsCold('edited');
  expect(edited).toMatchObject({ entriesChecked: 1, entriesReused: COUNT });
  expect(edited.pagesSkipped).toBeGreaterThan(COUNT / 2);
  expect(edited.pagesKeptInPlace).toBe(edited.pagesSkipped);
  expect(edited.twinsReused).toBeGreaterThan(COUNT / 2);
  expect(edited.twinsKeptInPlace).toBe(edited.twinsReused);
  expect(edited.bundlesFromCache).toBeGreaterThan(0);

  // Same name and size, other bytes: the entry's file is unchanged, its page is not.
  writeFileSync(path.join(copy.articles, 'images', 'shelf.jpg'), await testPhoto(640, 480, 'jpeg', 3));
  const photo = await expectSameAsCold('photo');
  expect(photo).toMatchObject({ entriesChecked: 1, entriesReused: COUNT });
  expect(photo.pagesSkipped).toBeGreaterThan(COUNT / 2);

  unlinkSync(path.join(copy.articles, name(COUNT / 2)));
  const deleted = await expectSameAsCold('deleted');
  expect(deleted).toMatchObject({ entriesChecked: 0, entriesReused: COUNT });
  expect(deleted.pagesSkipped).toBeGreaterThan(COUNT / 2);
  expect(deleted.pagesKeptInPlace).toBe(deleted.pagesSkipped);
  expect(deleted.twinsReused).toBeGreaterThan(COUNT / 2);
  expect(deleted.bundlesFromCache).toBeGreaterThan(0);

  // Markup only article pages show: every article page is rendered again, no list page.
  const component = path.join(copy.root, 'src', 'components', 'PrevNext.astro');
  const markup = readFileSync(component, 'utf8');
  expect(markup).toContain('<span class="prev-next__label">');
  writeFileSync(component, markup.replace('<span class="prev-next__label">', '<span class="prev-next__label" data-side={rel}>'));
  const changed = await expectSameAsCold('component');
  expect(changed).toMatchObject({ entriesChecked: 0, entriesReused: COUNT });
  expect(changed.pagesRendered).toBeGreaterThan(COUNT);
  expect(changed.pagesSkipped).toBeGreaterThan(0);
  expect(changed.twinsReused).toBeGreaterThan(0);
  expect(readFileSync(path.join(scratch, 'component', 'articles', 'entry-10', 'index.html'), 'utf8')).toContain('data-side="prev"');
});
