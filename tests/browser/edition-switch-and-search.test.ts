/** The Traditional edition in a browser: the 简/繁 switch, and one search from either script. */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site.ts';
import * as seed from '../support/seed-capture.ts';
import { t } from '../../src/site/strings.ts';
import { openPage } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';

const opencc = OpenCC.Converter({ from: 'cn', to: 'twp' });
const SEED = 'articles/huanqiu-ai-xianzhuang/';

describe.each(sites)('Traditional edition in the browser ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  it('switches to the twin and back, keeping the query, filters and anchor', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}${SEED}#main`);
    await page.getByRole('link', { name: t.edition.toTraditional.name }).click();
    await page.waitForURL((url) => url.pathname === `${site.base}zh-hant/${SEED}`);
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await page.locator('h1').textContent()).toBe(opencc(seed.headline));
    await page.getByRole('link', { name: t.edition.toSimplified.name }).click();
    await page.waitForURL((url) => url.pathname === `${site.base}${SEED}`);
    expect(await page.locator('h1').textContent()).toBe(seed.headline);

    const search = `search/?q=${encodeURIComponent('东南亚')}&sort=date`;
    await page.goto(env.server.baseUrl + search);
    await page.locator('.search-results > li').first().waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: t.edition.toTraditional.name }).click();
    await page.waitForURL((url) => url.pathname === `${site.base}zh-hant/search/`);
    const params = new URL(page.url()).searchParams;
    expect([params.get('q'), params.get('sort')]).toEqual(['东南亚', 'date']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('suggests the edition once to a browser preferring zh-TW, never redirecting, and not to others', async () => {
    const context = await env.browser.newContext({ locale: 'zh-TW' });
    const page = await context.newPage();
    await page.goto(`${env.server.baseUrl}${SEED}`);
    expect(new URL(page.url()).pathname).toBe(`${site.base}${SEED}`);
    const notice = page.locator('[data-edition-suggestion]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('a').getAttribute('href')).toBe(`${site.base}zh-hant/${SEED}`);
    await notice.getByRole('button', { name: t.edition.dismiss }).click();
    expect(await notice.isVisible()).toBe(false);
    await page.reload();
    await page.locator('h1').waitFor();
    expect(await notice.isVisible()).toBe(false);
    await context.close();

    const { page: simplifiedReader } = await openPage(env.browser);
    await simplifiedReader.goto(`${env.server.baseUrl}${SEED}`);
    await simplifiedReader.locator('h1').waitFor();
    expect(await simplifiedReader.locator('[data-edition-suggestion]').isVisible()).toBe(false);
    await simplifiedReader.context().close();
  });

  it.each(['東南亞', '东南亚'])('searches for «%s» from a Traditional page and lands on the Traditional seed article, highlighted', async (query) => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}zh-hant/search/?q=${encodeURIComponent(query)}`);
    const result = page.locator('.search-results > li').filter({ hasText: opencc(seed.headline) });
    await result.first().waitFor({ timeout: 15_000 });
    const marks = await result.first().locator('.teaser__excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // Pagefind marks the words it matched (東南 and 亞), each converted on its own.
    expect(marks.join('')).toContain('東南亞');
    expect(marks).toEqual(marks.map(opencc));
    const excerpt = (await result.first().locator('.teaser__excerpt').textContent())!;
    expect(excerpt).toBe(opencc(excerpt));
    const count = new RegExp(`^${opencc(t.search.count).replace('{n}', '\\d+')}$`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toMatch(count);
    await result.first().locator('.teaser__title a').click();
    await page.waitForURL((url) => url.pathname === `${site.base}zh-hant/${SEED}`);
    expect(await page.locator('h1').textContent()).toBe(opencc(seed.headline));
    await expect.poll(() => page.locator('mark.search-highlight').first().textContent(), { timeout: 15_000 }).toBe('東南亞');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
