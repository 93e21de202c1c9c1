/**
 * The build gives Pagefind each page as it reads it (src/search/pagefind-index.ts: its head and
 * its data-pagefind-body element), so what a page shows around the article, its neighbours and
 * related entries, can change without its bundle being indexed again. That is only right if
 * Pagefind writes the same index from those views as from the whole pages: here, the real
 * Pagefind over every article page of the test site, both ways, byte for byte.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { htmlFiles, siteFiles } from '../support/dist.ts';
import { sites } from '../support/test-sites.ts';
import { tmpRoot } from '../../scripts/harness/site-harness.ts';
import { indexedView, indexFolder } from '../../src/search/pagefind-index.ts';

const site = sites[0]!;
mkdirSync(tmpRoot, { recursive: true });
const scratch = mkdtempSync(path.join(tmpRoot, 'indexed-view-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tree = (dir: string) => siteFiles(dir).map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]);

it('writes the same index from the pages as Pagefind reads them as from the whole pages', async () => {
  const pages = htmlFiles(site.outDir).filter((file) => file.startsWith('articles/'));
  expect(pages.length).toBeGreaterThan(5);
  for (const [folder, view] of [['whole', (html: string) => html], ['views', indexedView]] as const) {
    for (const page of pages) {
      const html = readFileSync(path.join(site.outDir, page), 'utf8');
      const target = path.join(scratch, folder, page);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, view(html));
      // The view leaves out the rest of the page: the related entries and neighbours at least.
      if (folder === 'views') expect(view(html).length).toBeLessThan(html.length);
    }
    expect(await indexFolder(path.join(scratch, folder), path.join(scratch, `${folder}-index`))).toBe(pages.length);
  }
  expect(tree(path.join(scratch, 'views-index'))).toEqual(tree(path.join(scratch, 'whole-index')));
}, 120_000);
