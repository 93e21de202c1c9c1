/**
 * axe-core in real Chromium on every kind of page, in both themes: chosen by the system
 * (prefers-color-scheme) and chosen by the reader with the 阅读设置 toggle.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { axeViolations } from '../support/axe.ts';
import { chooseSetting } from '../support/reading-settings.ts';
import { t } from '../../src/site/strings.ts';
import { paths } from '../../src/site/urls.ts';
import { sites } from '../support/test-sites.ts';

const PAGES = [
  { name: 'home', path: '' },
  { name: 'article', path: 'articles/huanqiu-ai-xianzhuang/' },
  { name: 'brief', path: 'articles/douyin-xiaoyangge/' },
  { name: 'search with results', path: `search/?q=${encodeURIComponent('科大讯飞')}`, ready: '.search-results > li' },
  { name: 'authors', path: paths.authors() },
  { name: 'author', path: paths.author('王欣') },
  { name: 'archive', path: paths.archive() },
  { name: 'archive month', path: paths.archiveMonth(2024, 1) },
  { name: '404', path: 'no-such-page/' },
  { name: 'Traditional home', path: 'zh-hant/' },
  { name: 'Traditional article', path: 'zh-hant/articles/huanqiu-ai-xianzhuang/' },
  { name: 'Traditional search with results', path: `zh-hant/search/?q=${encodeURIComponent('科大讯飞')}`, ready: '.search-results > li' },
];

const MODES = [
  { name: 'system light', colorScheme: 'light', toggle: undefined },
  { name: 'system dark', colorScheme: 'dark', toggle: undefined },
  { name: 'toggled dark', colorScheme: 'light', toggle: t.settings.themes.dark },
  { name: 'toggled light', colorScheme: 'dark', toggle: t.settings.themes.light },
] as const;

describe.each(sites)('accessibility ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);

  async function visit(page: Page, target: (typeof PAGES)[number]): Promise<void> {
    await page.goto(env.server.baseUrl + target.path);
    if (target.ready) await page.locator(target.ready).first().waitFor({ timeout: 15_000 });
  }

  it.each(MODES)('axe finds no violations on any page ($name)', async ({ colorScheme, toggle }) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    if (toggle) {
      // Chosen once, then remembered on every page that follows.
      await visit(page, PAGES[0]!);
      await chooseSetting(page, t.settings.theme, toggle);
    }
    const problems: string[] = [];
    for (const target of PAGES) {
      await visit(page, target);
      if (toggle) expect(await page.locator('html').getAttribute('data-theme')).not.toBeNull();
      problems.push(...(await axeViolations(page)).map((line) => `${target.name}: ${line}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
