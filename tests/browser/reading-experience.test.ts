/**
 * The reading experience in real Chromium: themes that never flash, a remembered text size,
 * the measure and the sidebar at phone and laptop widths, keyboard use, print and motion.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { chooseSetting } from '../support/reading-settings.ts';
import { t } from '../../src/site/strings.ts';
import { PREFERENCES } from '../../src/reader/preferences.ts';
import { sites } from '../support/test-sites.ts';

const ARTICLE = 'articles/huanqiu-ai-xianzhuang/';
const BRIEF = 'articles/douyin-xiaoyangge/';

/** Relative luminance of a computed rgb() colour, 0 (black) to 1 (white). */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const bodyFontSize = (page: Page) =>
  page.locator('.article-body p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

describe.each(sites)('reading experience ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  async function open(options: BrowserContextOptions = {}, path = ARTICLE) {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(env.server.baseUrl + path);
    return { context, page, errors };
  }

  it('follows the system colour scheme', async () => {
    const light = await open({ colorScheme: 'light' });
    const dark = await open({ colorScheme: 'dark' });
    expect(await backgroundLuminance(light.page)).toBeGreaterThan(0.8);
    expect(await backgroundLuminance(dark.page)).toBeLessThan(0.05);
    await Promise.all([light.context.close(), dark.context.close()]);
  });

  it('remembers a chosen theme, applies it before the body is parsed, and can return to the system', async () => {
    const { context, page, errors } = await open({ colorScheme: 'light' });
    await chooseSetting(page, t.settings.theme, t.settings.themes.dark);
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);

    // On the next page, record the theme attribute at the moment <body> appears.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(env.server.baseUrl + BRIEF);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await page.getByRole('button', { name: t.settings.open }).click();
    await expect(page.getByRole('radio', { name: t.settings.themes.dark }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Escape');

    await chooseSetting(page, t.settings.theme, t.settings.themes.system);
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.evaluate((key) => localStorage.getItem(key), PREFERENCES.theme.storageKey)).toBeNull();
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets body text at 17px or more with a line height of 1.7 to 1.9 on a phone', async () => {
    const { context, page } = await open();
    const { fontSize, lineHeight } = await page.locator('.article-body p').first().evaluate((p) => {
      const style = getComputedStyle(p);
      return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
    });
    expect(fontSize).toBeGreaterThanOrEqual(17);
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.7);
    expect(lineHeight / fontSize).toBeLessThanOrEqual(1.9);
    await context.close();
  });

  it('offers three or more text sizes; the choice grows the text, is remembered, and never scrolls sideways', async () => {
    const { context, page } = await open({ viewport: { width: 360, height: 740 } });
    const base = await bodyFontSize(page);
    const labels = Object.values(t.settings.textSizes);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    let previous = base;
    for (const label of labels.slice(1)) {
      await chooseSetting(page, t.settings.textSize, label);
      const size = await bodyFontSize(page);
      expect(size).toBeGreaterThan(previous);
      previous = size;
    }
    await page.goto(env.server.baseUrl + BRIEF);
    await page.goto(env.server.baseUrl + ARTICLE);
    expect(await bodyFontSize(page)).toBe(previous);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await chooseSetting(page, t.settings.textSize, labels[0]!);
    expect(await bodyFontSize(page)).toBe(base);
    await context.close();
  });

  it('keeps a 30–40 character measure on a laptop, with 相关推荐 beside the article', async () => {
    const { context, page } = await open({ viewport: { width: 1280, height: 900 } });
    const paragraph = await page.locator('.article-body p').nth(2).evaluate((p) => ({
      width: p.getBoundingClientRect().width,
      fontSize: parseFloat(getComputedStyle(p).fontSize),
    }));
    const charactersPerLine = paragraph.width / paragraph.fontSize;
    expect(charactersPerLine).toBeGreaterThanOrEqual(30);
    expect(charactersPerLine).toBeLessThanOrEqual(40);
    const article = (await page.locator('article.article').boundingBox())!;
    const related = (await page.locator('aside.related').boundingBox())!;
    expect(related.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(related.y).toBeLessThan(article.y + 200);
    await context.close();
  });

  it('puts 相关推荐 below the article under 1024px', async () => {
    const { context, page } = await open({ viewport: { width: 1000, height: 900 } });
    const article = (await page.locator('article.article').boundingBox())!;
    const related = (await page.locator('aside.related').boundingBox())!;
    expect(related.y).toBeGreaterThanOrEqual(article.y + article.height);
    await context.close();
  });

  it('asks the env.browser for clreq spacing and line breaking', async () => {
    const { context, page } = await open();
    const style = await page.locator('.article-body p').first().evaluate((p) => {
      const computed = getComputedStyle(p);
      return { autospace: computed.getPropertyValue('text-autospace'), lineBreak: computed.lineBreak, family: computed.fontFamily };
    });
    expect(style.autospace).toBe('normal');
    expect(style.lineBreak).toBe('strict');
    // Latin faces come before the Chinese ones, so «ChatGPT» and digits use a Latin design.
    expect(style.family.indexOf('Helvetica')).toBeLessThan(style.family.indexOf('PingFang SC'));
    await context.close();
  });

  it('draws the Han–Latin gap with elements, not characters, where text-autospace is missing', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const bodyText = () => page.locator('.article-body').evaluate((body) => body.textContent);
    await page.goto(env.server.baseUrl + ARTICLE);
    const native = await bodyText();
    expect(await page.locator('.autospace').count()).toBe(0);
    // Make this Chromium answer like a env.browser without the property.
    await page.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((property: string, value?: string) =>
        property.includes('text-autospace') ? false : value === undefined ? supports(property) : supports(property, value)) as typeof CSS.supports;
    });
    await page.reload();
    const gaps = page.locator('.article-body .autospace');
    await expect.poll(() => gaps.count()).toBeGreaterThan(0);
    expect(await bodyText()).toBe(native);
    const first = await gaps.first().evaluate((span) => ({ text: span.textContent, margin: parseFloat(getComputedStyle(span).marginInlineStart) }));
    expect(first.margin).toBeGreaterThan(0);
    expect(first.text).toMatch(/^[\p{Script=Han}A-Za-z0-9]/u);
    await context.close();
  });

  it('can be used by keyboard alone: skip link first, then the reading settings', async () => {
    const { context, page } = await open({ colorScheme: 'light' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.skipToContent);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('button', { name: t.settings.open }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('system');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.keyboard.press('Escape');
    await expect(page.locator('#reading-settings-panel').isVisible()).resolves.toBe(false);
    const outline = await page.getByRole('button', { name: t.settings.open }).evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });

  it('prints the article alone, with link targets spelled out', async () => {
    const { context, page } = await open({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'aside.related', '.prev-next']) {
      await expect(page.locator(selector).isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('article.article').isVisible()).resolves.toBe(true);
    const link = page.locator('.article-meta a').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(href);
    await context.close();
  });

  it('scrolls smoothly only when the reader has not asked for reduced motion', async () => {
    const still = await open({ reducedMotion: 'reduce' });
    const moving = await open({ reducedMotion: 'no-preference' });
    expect(await still.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expect(await moving.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    await Promise.all([still.context.close(), moving.context.close()]);
  });
});
