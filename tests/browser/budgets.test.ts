/**
 * Byte budgets of the seed build, measured in Chromium: what an article page transfers
 * before any interaction, and that it reads without JavaScript. Times are not asserted here;
 * they live in `npm run bench` (docs/benchmarks.md).
 */
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { htmlFiles } from '../support/dist.ts';
import { openPage } from '../../scripts/harness/site-harness.ts';
import { articleWeight } from '../../scripts/harness/page-weight.ts';
import { sites } from '../support/test-sites.ts';
import { countHan } from '../../src/site/han.ts';

const KB = 1024;
/** HTML + CSS + JS of an article page, gzip: a reader on a slow phone line gets it in one round of requests. */
const PAGE_BUDGET = 30 * KB;
/**
 * Scripts on an article page, gzip, before any interaction: the search dialog's opener, the
 * highlight loader, reading settings, the share row and the 简/繁 switch; search itself loads
 * on the first query.
 */
const JS_BUDGET = 10 * KB;

const site = sites[0]!;
/** Both editions' article pages: the 繁體 twins are held to the same budgets. */
const articles = htmlFiles(site.outDir).filter((file) => /^(?:zh-hant\/)?articles\/[^/]+\/index\.html$/.test(file));

describe('article page budgets (seed build)', () => {
  const env = useBrowserAndSite(site);

  it('finds the seed articles in both editions', () => {
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.filter((file) => file.startsWith('zh-hant/'))).toHaveLength(articles.length / 2);
  });

  it.each(articles)('%s stays within the HTML+CSS+JS and JS budgets', async (file) => {
    const { page } = await openPage(env.browser);
    const weight = await articleWeight(page, env.server.baseUrl + file.replace(/index\.html$/, ''));
    expect(weight.transfers.some((item) => item.type === 'document')).toBe(true);
    expect(weight.page.gzip, JSON.stringify(weight.transfers)).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(weight.js.gzip, JSON.stringify(weight.transfers)).toBeLessThanOrEqual(JS_BUDGET);
    await page.context().close();
  });

  it.each([
    ['Simplified', ''],
    ['Traditional', 'zh-hant/'],
  ])('reads without JavaScript: headline and full body text are shown (%s)', async (_edition, prefix) => {
    const { page, errors } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.server.baseUrl}${prefix}articles/huanqiu-ai-xianzhuang/`);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const body = page.locator('.article-body');
    expect(await body.isVisible()).toBe(true);
    expect(countHan(await body.innerText())).toBeGreaterThan(3000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
