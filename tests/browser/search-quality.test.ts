/**
 * Search quality on the real index, through the search page in Chromium: named queries
 * with the page they must return first, pages they must not return, and a sweep of Han
 * runs copied from every built article, each of which must find its article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserAndSite } from '../support/browser-site.ts';
import { htmlFiles, readPage } from '../support/dist.ts';
import { searchMany } from '../support/search.ts';
import { openPage } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';
import { hanRuns } from '../../src/site/han.ts';

const AI = 'huanqiu-ai-xianzhuang';

/** Query → the article (slug) it must return first. */
const FIRST: [string, string][] = [
  // people
  ['黄仁勋', AI], ['邱谆', AI], ['周传福', AI], ['李世石', AI], ['弗里德曼', AI],
  ['小杨哥', 'douyin-xiaoyangge'], ['王效金', 'gujing-jiaofu'], ['王云安', 'guming-fanche'], ['雷军', 'shanhui-keji-ganggu'], ['吴克群', 'wu-kequn-yuanchuang'],
  // places
  ['东南亚', AI], ['新加坡', AI], ['越南', AI], ['硅谷', AI], ['斯坦福', AI],
  // companies
  ['科大讯飞', AI], ['海康威视', AI], ['华映资本', AI], ['英伟达', AI], ['特百惠', 'tebaihui-shidai'],
  ['科隆新材', 'kelong-xincai-ipo'], ['闪回科技', 'shanhui-keji-ganggu'], ['古茗', 'guming-fanche'], ['阿里巴巴', 'ali-huawei-ai'],
  // numbers with units
  ['5200万美元', AI], ['267笔', AI], ['630亿元', AI], ['896家', 'ali-huawei-ai'],
  // Latin terms, any case
  ['chatgpt', AI], ['OpenAI', AI], ['openai', AI], ['Palo Alto', AI], ['palo alto', AI], ['CRUNCHBASE', AI],
  // two words, mixed
  ['OpenAI 大模型', AI], ['东南亚 华为', AI], ['大模型 融资', AI], ['古井 茅台', 'gujing-jiaofu'],
  // Traditional script and regional vocabulary
  ['東南亞', AI], ['科大訊飛', AI], ['黃仁勳', AI], ['矽谷', AI], ['輝達', AI], ['吳克群', 'wu-kequn-yuanchuang'], ['閃回科技', 'shanhui-keji-ganggu'],
  // substrings of longer words, and runs Pagefind's own lookup misses (docs/search.md)
  ['讯飞', AI], ['仁勋', AI], ['康威', AI], ['克群', 'wu-kequn-yuanchuang'],
  ['台酒', 'douyin-xiaoyangge'], ['固执和自大', 'gujing-jiaofu'], ['有人为钓鱼', 'xiancheng-xiaofei'], ['但售后服务', 'taobao-dianshang-jianfu'],
];

/** Query → articles that do not contain it and must not be returned. */
const NOT: [string, string[]][] = [
  ['特百惠', [AI, 'gujing-jiaofu']],
  ['黄仁勋', ['ali-huawei-ai', 'tebaihui-shidai', 'douyin-xiaoyangge']],
  ['小杨哥', [AI]],
  ['台酒', ['gujing-jiaofu', AI]],
  ['大模型 融资', ['tebaihui-shidai', 'xiancheng-xiaofei']],
];

const article = (base: string, slug: string) => `${base}articles/${slug}/`;

describe.each(sites)('search quality ($name, base $base)', (site) => {
  const env = useBrowserAndSite(site);
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(env.browser));
    await page.goto(`${env.server.baseUrl}search/`);
  });

  it(`puts the expected article first for ${FIRST.length} queries`, async () => {
    const answers = await searchMany(page, FIRST.map(([query]) => query));
    const wrong = FIRST.flatMap(([query, slug], i) => (answers[i]![0] === article(site.base, slug) ? [] : [`${query}: ${answers[i]![0] ?? '(none)'}`]));
    expect(wrong).toEqual([]);
    expect(FIRST.length).toBeGreaterThanOrEqual(40);
    expect(errors).toEqual([]);
  });

  it('does not return pages that do not contain the query', async () => {
    const answers = await searchMany(page, NOT.map(([query]) => query));
    NOT.forEach(([query, absent], i) => {
      expect(answers[i]!.length, query).toBeGreaterThan(0);
      for (const slug of absent) expect(answers[i], query).not.toContain(article(site.base, slug));
    });
  });

  // Segmentation does not depend on the base path: the sweep runs once, on the root site.
  it.runIf(site.base === '/')('finds the article for runs of two or more Han characters copied from it', async () => {
    const runs: { query: string; path: string }[] = [];
    let runIndex = 0;
    for (const file of htmlFiles(site.outDir).filter((name) => name.startsWith('articles/'))) {
      const $ = readPage(site, file);
      const body = $('[data-pagefind-body]');
      body.find('[data-pagefind-ignore]').remove();
      // Block by block: a reader copies from one paragraph, not across a heading's edge.
      const text = body.find('h1, h2, p, li, figcaption, blockquote').map((_, block) => $(block).text()).get().join('\n');
      for (const run of hanRuns(text)) {
        const chars = [...run];
        // Every start position, lengths 2–4, from every 5th Han run: a few hundred per site.
        if (runIndex++ % 5) continue;
        for (let start = 0; start + 2 <= chars.length; start++) {
          for (let length = 2; length <= 4 && start + length <= chars.length; length++) {
            runs.push({ query: chars.slice(start, start + length).join(''), path: `${site.base}${file.replace(/index\.html$/, '')}` });
          }
        }
      }
    }
    const sample = [...new Map(runs.map((run) => [`${run.query}|${run.path}`, run])).values()];
    expect(sample.length).toBeGreaterThan(200);
    const answers = await searchMany(page, sample.map((run) => run.query));
    const missed = sample.filter((run, i) => !answers[i]!.includes(run.path)).map((run) => `${run.query} → ${run.path}`);
    expect(missed).toEqual([]);
  }, 300_000);
});
