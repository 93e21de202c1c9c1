/**
 * The share row under an article, in real Chromium on the seed builds (at / and under /news/),
 * under the site's own CSP: no request to any other origin, 复制链接 with and without the
 * Clipboard API, 分享 only where the browser has it, a plain 微博 link, and a 微信 QR code
 * that decodes (with jsQR, from Chromium's own rendering) to the canonical URL, script or not.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { t } from '../../src/site/strings.ts';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { axeViolations } from '../support/axe.ts';
import { sites } from '../support/test-sites.ts';

const ARTICLE = 'articles/huanqiu-ai-xianzhuang/';

/** What the page asked for, from where, and the CSP violations and errors it reported. */
interface Watched {
  page: Page;
  requests: string[];
  problems: string[];
  canonical: string;
}

describe.each(sites)('share row ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  async function open(options: BrowserContextOptions = {}, setUp?: (page: Page) => Promise<unknown>, article = ARTICLE): Promise<Watched> {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', ...options });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    if (options.javaScriptEnabled !== false) {
      // Reported by the browser whatever blocks what: an inline style, a script, an image.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`)),
      );
    }
    await setUp?.(page);
    await page.goto(env.server.baseUrl + article);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    return { page, requests, problems, canonical };
  }

  /** The QR code as Chromium draws it, read back by jsQR. */
  async function decodeQrCode(page: Page): Promise<string | undefined> {
    await page.locator('.share__wechat summary').click();
    const png = PNG.sync.read(await page.locator('.share__qr').screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  }

  it('copies the canonical URL with the Clipboard API and says so; asks no other origin for anything', async () => {
    const { page, requests, problems, canonical } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    expect(canonical).toBe(`${site.siteUrl}${site.base}${ARTICLE}`);
    const copy = page.getByRole('button', { name: t.share.copy });
    await copy.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe(t.share.copied);
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(await page.locator('.share__address').isHidden()).toBe(true);
    await decodeQrCode(page);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((address) => new URL(address).origin !== env.server.origin)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without the Clipboard API, selects the address in a read-only field and says how to copy it', async () => {
    const { page, problems, canonical } = await open({}, (tab) =>
      tab.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })),
    );
    await page.getByRole('button', { name: t.share.copy }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(t.share.copyByHand);
    const field = page.getByRole('textbox', { name: t.share.address });
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(canonical);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await field.evaluate((input: HTMLInputElement) => [document.activeElement === input, input.selectionStart, input.selectionEnd])).toEqual([true, 0, canonical.length]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('offers 分享 only where the browser can share, and shares the title and canonical URL', async () => {
    const without = await open();
    expect(await without.page.evaluate(() => 'share' in navigator)).toBe(false);
    expect(await without.page.getByRole('button', { name: t.share.native }).count()).toBe(0);
    await without.page.context().close();

    // This Chromium has no Web Share API: give it one that records what it is asked to share.
    const { page, problems, canonical } = await open({}, (tab) =>
      tab.addInitScript(() => {
        (navigator as unknown as { share: (data: ShareData) => Promise<void> }).share = async (data) => {
          (window as unknown as { shared: ShareData }).shared = data;
        };
      }),
    );
    await page.getByRole('button', { name: t.share.native }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared)).toEqual({ title: await page.locator('h1').textContent(), url: canonical });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('links to Weibo\'s share page with the canonical URL and the title, in a new window it says it opens', async () => {
    const { page, canonical } = await open();
    const weibo = page.getByRole('link', { name: t.share.weibo });
    expect(await weibo.textContent()).toBe(t.share.weibo + t.share.newWindow);
    const share = new URL((await weibo.getAttribute('href'))!);
    expect(share.origin + share.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(Object.fromEntries(share.searchParams)).toEqual({ url: canonical, title: await page.locator('h1').textContent() });
    expect(await weibo.getAttribute('target')).toBe('_blank');
    expect(await weibo.getAttribute('rel')).toBe('noopener noreferrer');
    await page.context().close();
  });

  it('shows the 微信 QR code on demand, by keyboard, and it decodes to the canonical URL', async () => {
    const { page, problems, canonical } = await open();
    const qrCode = page.getByRole('img', { name: canonical });
    expect(await qrCode.isVisible()).toBe(false);
    await page.locator('.share__wechat summary').focus();
    await page.keyboard.press('Enter');
    expect(await qrCode.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await qrCode.isVisible()).toBe(false);
    expect(await decodeQrCode(page)).toBe(canonical);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("on the Traditional twin, copies, shares and shows as a QR code the twin's own URL, with its Traditional title", async () => {
    const twin = `zh-hant/${ARTICLE}`;
    const { page, problems, canonical } = await open({ permissions: ['clipboard-read', 'clipboard-write'] }, undefined, twin);
    expect(canonical).toBe(`${site.siteUrl}${site.base}${twin}`);
    await page.locator('[data-share-action="copy"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    const weibo = new URL((await page.locator('.share a[href*="weibo"]').getAttribute('href'))!);
    expect(Object.fromEntries(weibo.searchParams)).toEqual({ url: canonical, title: await page.locator('h1').textContent() });
    expect(await decodeQrCode(page)).toBe(canonical);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, still has the QR code and the Weibo link, and no button that needs script', async () => {
    const { page, canonical, requests } = await open({ javaScriptEnabled: false });
    expect(await decodeQrCode(page)).toBe(canonical);
    expect(await page.getByRole('link', { name: t.share.weibo }).isVisible()).toBe(true);
    expect(await page.locator('.share button').evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).length)).toBe(0);
    expect(requests.filter((address) => new URL(address).origin !== env.server.origin)).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('axe finds nothing in the row with the QR code open (%s theme)', async (colorScheme) => {
    const { page } = await open({ colorScheme, bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: t.share.copy }).click();
    await page.locator('.share__wechat summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
