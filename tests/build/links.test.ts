/** Every internal href and src in every page resolves to a file in dist/, under both base paths. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForUrl, htmlFiles, readPage } from '../support/dist.ts';
import { sites } from '../support/test-sites.ts';

describe.each(sites)('internal links ($name, base $base)', (site) => {
  it('has no link, script, stylesheet or image pointing at a missing file or outside the base', () => {
    const broken: string[] = [];
    const pages = htmlFiles(site.outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const $ = readPage(site, page);
      $('[href], [src], form[action]').each((_, el) => {
        const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
        if (/^(mailto:|#|data:)/.test(raw)) return;
        const file = fileForUrl(site, page, raw);
        if (file === undefined) return;
        if (file.startsWith('\0') || !existsSync(path.join(site.outDir, file))) broken.push(`${page}: ${raw}`);
      });
    }
    expect(broken).toEqual([]);
  });
});
