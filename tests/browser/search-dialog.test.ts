/** The search dialog on an article page, by keyboard alone, against the real index. */
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site.ts';
import type { Page } from 'playwright-core';
import { t } from '../../src/site/strings.ts';
import { fill } from '../../src/site/fill.ts';
import { paths } from '../../src/site/urls.ts';
import { DIALOG_RESULTS } from '../../src/search/dialog-keys.ts';
import * as seed from '../support/seed-capture.ts';
import { axeViolations } from '../support/axe.ts';
import { openPage } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';
import { MAX_LINK, PASSAGE } from '../support/search.ts';
import { MAX_QUERY_CHARS } from '../../src/search/query-limit.ts';

const ARTICLE = 'articles/tebaihui-shidai/';
/** A word in more of the seed's entries than the dialog shows. */
const COMMON_WORD = '的';

/** Focuses `from`, presses `key` and waits for the dialog to show with focus in its search box. */
async function openDialog(page: Page, from: string, key: string) {
  await page.locator(from).focus();
  await page.keyboard.press(key);
  const dialog = page.getByRole('dialog', { name: t.search.dialog });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const box = dialog.getByRole('searchbox', { name: t.search.label });
  await expect.poll(() => box.evaluate((node) => node === document.activeElement)).toBe(true);
  return { dialog, box };
}

describe.each(sites)('search dialog ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  it('downloads nothing of search on an article page until the reader searches', async () => {
    const { page, errors } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(env.server.baseUrl + ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /pagefind|search-(engine|opencc|results)/.test(path))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('科大讯飞');
    await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js')), { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens with /, finds as you type, moves with ↑/↓, opens with Enter', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl + ARTICLE);
    const { dialog, box } = await openDialog(page, 'body', '/');
    await page.keyboard.type('科大讯飞');
    const options = dialog.getByRole('option');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/找到 \d+ 条结果/);
    await page.keyboard.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(seed.headline);
    expect(new URL(page.url()).pathname).toBe(`${site.base}articles/huanqiu-ai-xianzhuang/`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is modal, closes on Esc and returns focus; / inside a field types a slash', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl + ARTICLE);
    const headerBox = page.locator('#site-search');
    await headerBox.focus();
    await page.keyboard.type('a/b');
    expect(await headerBox.inputValue()).toBe('a/b');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: t.search.dialog });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.evaluate((node: HTMLDialogElement) => node.matches(':modal'))).toBe(true);
    // Tab stays inside the modal: the rest of the page is inert.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes on one Esc with text in the box, returns focus, and has the query again when it reopens', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl + ARTICLE);
    const { dialog, box } = await openDialog(page, '#site-search', 'Control+k');
    await page.keyboard.type('科大讯飞');
    await expect.poll(() => dialog.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await box.inputValue()).toBe('科大讯飞');
    await expect.poll(() => dialog.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches the first part of a pasted passage, says so, finds its article, and makes no link too long to follow', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl + ARTICLE);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: t.search.dialog });
    await dialog.getByRole('searchbox', { name: t.search.label }).fill(PASSAGE);
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/\d/);
    expect(await status.textContent()).toContain(fill(t.search.queryCut, { status: '', n: MAX_QUERY_CHARS }));
    const links = await dialog.evaluate((node) => [
      ...[...node.querySelectorAll<HTMLElement>('[role="option"]')].map((option) => new URL(option.dataset.href!, location.href).href),
      node.querySelector<HTMLAnchorElement>('[data-search-more]')!.href,
    ]);
    expect(links.map((link) => new URL(link).pathname)).toContain(`${site.base}articles/huanqiu-ai-xianzhuang/`);
    for (const link of links) expect(link.length, link.slice(0, 120)).toBeLessThanOrEqual(MAX_LINK);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the header form opens the dialog with its query when JavaScript runs', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl + ARTICLE);
    await page.locator('#site-search').fill('特百惠');
    await page.locator('#site-search').press('Enter');
    const dialog = page.getByRole('dialog', { name: t.search.dialog });
    await expect.poll(() => dialog.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await dialog.getByRole('searchbox').inputValue()).toBe('特百惠');
    expect(new URL(page.url()).pathname).toBe(site.base + ARTICLE);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it(`shows the first ${DIALOG_RESULTS} results and loads only their texts; the search page lists them all`, async () => {
    const fragments = (page: Page) => {
      const loaded: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/pagefind/fragment/')) loaded.push(request.url());
      });
      return loaded;
    };
    const { page: searchPage } = await openPage(env.browser);
    const pageFragments = fragments(searchPage);
    await searchPage.goto(env.server.baseUrl + paths.search(COMMON_WORD));
    const results = searchPage.locator('[data-search-results] > li');
    await expect.poll(() => searchPage.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/找到 \d+ 条结果/);
    expect(await results.count()).toBeGreaterThan(DIALOG_RESULTS);

    const { page, errors } = await openPage(env.browser);
    await page.goto(env.server.baseUrl + ARTICLE);
    await page.waitForLoadState('networkidle');
    const dialogFragments = fragments(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(COMMON_WORD);
    const dialog = page.getByRole('dialog', { name: t.search.dialog });
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toBe(fill(t.search.countFirst, { n: DIALOG_RESULTS }));
    const options = dialog.getByRole('option');
    expect(await options.count()).toBe(DIALOG_RESULTS);
    // The dialog's results are the search page's first ones, in the same order.
    expect(await options.locator('h2').allTextContents()).toEqual((await results.locator('h2').allTextContents()).slice(0, DIALOG_RESULTS));
    expect(dialogFragments.length).toBeLessThan(pageFragments.length);
    expect(errors).toEqual([]);
    await searchPage.context().close();
    await page.context().close();
  });

  it('passes axe with results open and an option active', async () => {
    // axe is injected as a script, which the site's CSP would block.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(env.server.baseUrl + ARTICLE);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('东南亚');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
