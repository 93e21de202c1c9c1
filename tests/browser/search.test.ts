/** Searching the real Pagefind index from the search page, and landing on the result. */
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site.ts';
import * as seed from '../support/seed-capture.ts';
import { t } from '../../src/site/strings.ts';
import { fill } from '../../src/site/fill.ts';
import { MAX_QUERY_CHARS } from '../../src/search/query-limit.ts';
import { openPage } from '../../scripts/harness/site-harness.ts';
import { MAX_LINK, PASSAGE } from '../support/search.ts';
import { axeViolations } from '../support/axe.ts';
import { sites } from '../support/test-sites.ts';

describe.each(sites)('search page ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  const cases = [
    { query: '科大讯飞', title: seed.headline },
    { query: '特百惠', title: seed.related.find((item) => item.title.includes('特百惠'))!.title },
  ];

  it.each(cases)('finds «$query» from the search box and lands on «$title»', async ({ query, title }) => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}search/`);
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
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('科大讯飞')}`);
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('不存在的词语组合')}`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toContain('没有找到');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows filters and sort only once there is a query, and no 显示更多结果 when every result is shown', async () => {
    const { page, errors } = await openPage(env.browser);
    const controls = page.getByRole('group', { name: t.search.filters });
    const more = page.getByRole('button', { name: t.search.more, includeHidden: true });
    await page.goto(`${env.server.baseUrl}search/`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toBe(t.search.prompt);
    expect(await page.locator('[data-search-controls]').isHidden()).toBe(true);
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('科大讯飞')}`);
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${t.search.count.replace('{n}', '\\d+')}$`));
    expect(await controls.isVisible()).toBe(true);
    expect(await more.count()).toBe(1);
    expect(await more.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps filters and sort in the URL, with counts, and Back restores them', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('商业')}`);
    const results = page.locator('.search-results > li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const all = await results.count();
    const source = page.getByLabel(t.search.filterLabels.source);
    const option = await source.locator('option', { hasText: '商业密码' }).textContent();
    expect(option).toMatch(/^商业密码（\d+）$/);
    await source.selectOption('商业密码');
    await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe('商业密码');
    await expect.poll(() => page.locator('.search-status').textContent()).toBe(`找到 ${option!.match(/\d+/)![0]} 条结果`);
    const sources = await results.locator('.teaser__meta').allTextContents();
    expect(sources.every((meta) => meta.includes('商业密码'))).toBe(true);

    await page.getByLabel(t.search.sort).selectOption('date');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('date');
    await expect.poll(async () => {
      const dates = await results.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
      return dates.length > 0 && dates.every((date, i) => i === 0 || date <= dates[i - 1]!);
    }).toBe(true);

    // A shared link restores the same search.
    const shared = page.url();
    const { page: other } = await openPage(env.browser);
    await other.goto(shared);
    await expect.poll(() => other.getByLabel(t.search.filterLabels.source).inputValue(), { timeout: 15_000 }).toBe('商业密码');
    expect(await other.getByLabel(t.search.sort).inputValue()).toBe('date');
    await other.context().close();

    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBeNull();
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBe(all);
    expect(await source.inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '<svg/onload=alert(1)> 科大讯飞'])('shows %s as text and runs nothing', async (query) => {
    const { page, errors } = await openPage(env.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('.search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).not.toBe(t.search.loading);
    expect(await page.locator('#search-page-query').inputValue()).toBe(query.trim());
    expect(await page.locator('main img, main svg, main script:not([src]):not([type])').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.keyboard.type(query);
    await page.waitForTimeout(1000);
    expect(await page.locator('dialog img, dialog svg').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches the first part of a pasted passage, says so, still finds its article, and makes no link too long to follow', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}search/`);
    const box = page.locator('#search-page-query');
    await box.fill(PASSAGE);
    await box.press('Enter');
    const status = page.locator('.search-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/\d/);
    expect(await status.textContent()).toContain(fill(t.search.queryCut, { status: '', n: MAX_QUERY_CHARS }));
    const links = await page.locator('.search-results a').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
    expect(links.map((link) => new URL(link).pathname)).toContain(`${site.base}articles/huanqiu-ai-xianzhuang/`);
    for (const link of [...links, page.url()]) expect(link.length, link.slice(0, 120)).toBeLessThanOrEqual(MAX_LINK);
    // The result leads to the article, and the words it carries are marked there.
    await page.locator('.search-results a', { hasText: seed.headline }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(seed.headline);
    await expect.poll(() => page.locator('article mark.search-highlight').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(PASSAGE.replace(/\s/g, '')).toContain((await page.locator('article mark.search-highlight').allTextContents()).join('').replace(/\s/g, ''));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says when the filters exclude every result, and clears them to search again', async () => {
    const { page, errors } = await openPage(env.browser, { bypassCSP: true });
    // The seed article, the only one about 科大讯飞, has no source: 商业密码 excludes it.
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('科大讯飞')}&source=${encodeURIComponent('商业密码')}`);
    const status = page.locator('.search-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(fill(t.search.emptyFiltered, { q: '科大讯飞' }));
    const clear = page.getByRole('button', { name: t.search.clearFilters });
    expect(await clear.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-results .teaser__title').first().textContent(), { timeout: 15_000 }).toBe(seed.headline);
    expect(await status.textContent()).toBe(fill(t.search.count, { n: 1 }));
    expect(new URL(page.url()).searchParams.get('source')).toBeNull();
    expect(new URL(page.url()).searchParams.get('q')).toBe('科大讯飞');
    expect(await page.getByLabel(t.search.filterLabels.source).inputValue()).toBe('');
    expect(await clear.isHidden()).toBe(true);
    // Focus stays in the search, not lost with the button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-query');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, says search needs it and offers the browse paths', async () => {
    const { page } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('科大讯飞')}`);
    const notice = page.locator('.notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(t.search.noScript);
    for (const name of [t.nav.home, t.nav.sources, t.nav.tags]) {
      expect(await notice.getByRole('link', { name }).getAttribute('href')).toMatch(new RegExp(`^${site.base}`));
    }
    await page.context().close();
  });

  it('highlights the matched words on arrival from a result and scrolls to the first', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.server.baseUrl}search/?q=${encodeURIComponent('周传福')}`);
    const link = page.locator('.search-results .teaser__title a').first();
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.getAll('highlight')).toEqual(['周传福']);
    await link.click();
    const marks = page.locator('article mark.search-highlight');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['周传福']));
    await expect.poll(() => marks.first().evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    })).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
