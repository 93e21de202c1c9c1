/**
 * `astro dev` (npm run dev), really started on a fixture copy: drafts and scheduled entries
 * are listed and have their pages, each marked as what it is, so an editor can preview them;
 * a draft that lacks its title, date and author still has a page. A production build of the
 * same kind of entries leaves them out (tests/content/newsroom.test.ts).
 */
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevWithContent, type DevServer } from '../support/fixture-site.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../../scripts/harness/site-harness.ts';
import { fill } from '../../src/site/fill.ts';
import { t } from '../../src/site/strings.ts';

const ENTRIES = {
  'published.mdx': '---\ntitle: 已发布的报道\ndate: 2024-01-11\nauthor: 王欣\nsummary: [导语。]\n---\n\n正文。\n',
  'work-in-progress.mdx': '---\ndraft: true\ntitle: 草稿中的报道\ndate: 2024-01-12 09:30\nsummary: [草稿导语。]\n---\n\n草稿里的正文。\n',
  'blank-draft.mdx': '---\ndraft: true\n---\n\n刚开始写。\n',
  'embargoed.mdx': '---\ntitle: 定时发布的报道\ndate: 2999-01-01 09:00\nauthor: 王欣\nsummary: [定时导语。]\n---\n\n定时稿件正文。\n',
};

let server: DevServer;
beforeAll(async () => {
  server = await startDevWithContent(ENTRIES);
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

async function page(path: string) {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, path).toBe(200);
  return load(await response.text());
}

describe('astro dev', () => {
  it('lists drafts and scheduled entries beside published ones, each marked', { timeout: 120_000 }, async () => {
    const $ = await page('');
    const badges = (id: string) => $(`a[href="/articles/${id}/"]`).closest('.teaser').find('.badge').map((_, badge) => $(badge).text()).get();
    expect(badges('work-in-progress')).toEqual([t.draft.badge]);
    expect(badges('blank-draft')).toEqual([t.draft.badge]);
    expect(badges('embargoed')).toEqual([t.scheduled.badge]);
    expect(badges('published')).toEqual([]);
  });

  it('shows a draft with the 草稿 banner, and one without title or date with stand-ins', { timeout: 120_000 }, async () => {
    const draft = await page('articles/work-in-progress/');
    expect(draft('.notice--unpublished').text()).toBe(t.draft.banner);
    expect(draft('h1').text()).toBe('草稿中的报道');
    expect(draft('.article-body').text()).toContain('草稿里的正文');
    const blank = await page('articles/blank-draft/');
    expect(blank('h1').text()).toBe(t.draft.untitled);
    expect(blank('.notice--unpublished').text()).toBe(t.draft.banner);
    expect(blank('.article-body').text()).toContain('刚开始写');
    // What the draft still lacks is named in the log, as a warning.
    expect(server.output()).toMatch(/\[WARN\] \[news-content-check\] content\/articles\/work-in-progress\.mdx: `author`：缺少作者（必填）/);
    expect(server.output()).not.toContain('内容检查发现');
  });

  it('shows a scheduled entry with the time it goes out, and no banner on a published one', { timeout: 120_000 }, async () => {
    const scheduled = await page('articles/embargoed/');
    expect(scheduled('.notice--unpublished').text()).toBe(fill(t.scheduled.banner, { time: '2999年1月1日 09:00' }));
    expect((await page('articles/published/'))('.notice--unpublished').length).toBe(0);
  });

  it.each(['light', 'dark'] as const)('has an accessible draft banner (%s)', { timeout: 120_000 }, async (colorScheme) => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: 'zh-CN', bypassCSP: true });
      const tab = await context.newPage();
      await tab.goto(new URL('articles/work-in-progress/', server.url).href);
      // The dev toolbar is Astro's, not the site's.
      expect(await axeViolations(tab, { exclude: ['astro-dev-toolbar'] })).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
