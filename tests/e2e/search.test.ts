/** Searching the real Pagefind index from the search page, and landing on the result. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/server.ts';
import { sites } from '../support/project.ts';
import * as seed from '../support/seed-capture.ts';

describe.each(sites)('search page ($name, base $base)', (site) => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(site)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cases = [
    { query: '科大讯飞', title: seed.headline },
    { query: '特百惠', title: seed.related.find((item) => item.title.includes('特百惠'))!.title },
  ];

  it.each(cases)('finds «$query» from the search box and lands on «$title»', async ({ query, title }) => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.baseUrl}search/`);
    await page.getByRole('searchbox', { name: '搜索文章' }).last().fill(query);
    await page.getByRole('searchbox', { name: '搜索文章' }).last().press('Enter');
    const first = page.locator('.search-results > li').first();
    await expect.poll(() => first.locator('.teaser__title').textContent(), { timeout: 15_000 }).toBe(title);
    await expect(first.locator('mark').first().textContent()).resolves.toBeTruthy();
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await first.locator('.teaser__title a').click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(title);
    expect(new URL(page.url()).pathname.startsWith(site.base)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows results on load for a query in the URL, and a clear empty state', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.baseUrl}search/?q=${encodeURIComponent('科大讯飞')}`);
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}search/?q=${encodeURIComponent('不存在的词语组合')}`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toContain('没有找到');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
