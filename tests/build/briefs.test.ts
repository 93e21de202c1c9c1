/** The ten 相关推荐 entries, built as brief pages with their excerpts verbatim. */
import { describe, expect, it } from 'vitest';
import { readPage, fileForUrl } from '../support/dist.ts';
import * as seed from '../support/seed-capture.ts';
import { sites } from '../support/test-sites.ts';

const site = sites[0]!;
const article = readPage(site, 'articles/huanqiu-ai-xianzhuang/index.html');
const links = article('.related .teaser__title a').map((_, el) => article(el).attr('href')!).get();

describe.each(seed.related.map((item, index) => ({ ...item, href: links[index]! })))('brief «$title»', (item) => {
  const $ = readPage(site, fileForUrl(site, 'articles/huanqiu-ai-xianzhuang/index.html', item.href)!);

  it('has the title, date and source of the capture', () => {
    expect($('h1').text()).toBe(item.title);
    expect($('.dateline time').attr('datetime')).toBe(item.date);
    // The dateline's other link is the date's, to its month in the archive.
    const source = $('.dateline a').not(':has(time)').text();
    expect(source || undefined).toBe(item.source);
  });

  it('shows the excerpt line by line, image credits as placeholders, and says the full text is not archived', () => {
    const prose = item.excerpt.filter((line) => !line.startsWith('图源'));
    const credits = item.excerpt.filter((line) => line.startsWith('图源')).map((line) => line.replace(/^图源:/, ''));
    expect($('.article-body > p').map((_, el) => $(el).text()).get()).toEqual(prose);
    expect($('.article-body figure .figure__credit').map((_, el) => $(el).text().replace(/^图源：/, '')).get()).toEqual(credits);
    expect($('.notice').text()).toContain('全文未收录');
    expect($('.badge').first().text()).toBe('摘要');
  });
});
