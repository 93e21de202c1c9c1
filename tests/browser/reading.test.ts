/** A reader in real Chromium: the article reads, and no page logs an error. */
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { htmlFiles } from '../support/dist.ts';
import * as seed from '../support/seed-capture.ts';
import { openPage } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';

describe.each(sites)('reading ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  it('opens the home page and follows the seed article link to read it', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl);
    await page.getByRole('link', { name: seed.headline }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/articles/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seed.headline);
    const body = await page.locator('.article-body').innerText();
    expect(body).toContain(seed.bodyParagraphs.at(-1));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads every page without console errors or a horizontal scrollbar at 360px', async () => {
    const { page, errors } = await openPage(env.browser, { width: 360 });
    const problems: string[] = [];
    for (const file of htmlFiles(site.outDir)) {
      const response = await page.goto(env.server.baseUrl + file.replace(/index\.html$/, ''));
      if (response?.status() !== 200) problems.push(`${file}: HTTP ${response?.status()}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      if (overflow) problems.push(`${file}: scrolls horizontally at 360px`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers outside the base path with 404', async () => {
    const response = await fetch(`${env.server.origin}/definitely-missing/`);
    expect(response.status).toBe(404);
  });
});
