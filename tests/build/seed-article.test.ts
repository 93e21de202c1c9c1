/** The seed article, as built: every word of the capture reaches the page, in order. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import * as seed from '../support/seed-capture.ts';
import { sites } from '../support/test-sites.ts';

const site = sites[0]!;
const $ = readPage(site, 'articles/huanqiu-ai-xianzhuang/index.html');
const text = (selector: string) => $(selector).map((_, el) => $(el).text().trim()).get();

describe('seed article page', () => {
  it('has the headline as its only h1, in a zh-CN document', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect(text('h1')).toEqual([seed.headline]);
  });

  it('renders the three-sentence summary as the standfirst', () => {
    expect(seed.summary).toHaveLength(3);
    expect(text('.standfirst p')).toEqual(seed.summary);
  });

  it('renders every body paragraph of the capture, verbatim and in order', () => {
    expect(seed.bodyParagraphs.length).toBeGreaterThan(40);
    expect(text('.article-body > p, .article-body > blockquote > p')).toEqual(seed.bodyParagraphs);
  });

  it('renders the opening quotation as a blockquote', () => {
    expect(text('.article-body > blockquote p')).toEqual([seed.bodyParagraphs[0]]);
  });

  it('keeps each captioned photo as a figure with caption and credit', () => {
    const figcaptions = text('.article-body figure figcaption').map((caption) => caption.replace(/\s+/g, ''));
    expect(figcaptions).toHaveLength(seed.captions.length);
    seed.captions.forEach((line, index) => {
      const [caption, credit] = line.split('图源');
      expect(figcaptions[index]).toContain(caption!.replace(/[。\s]/g, ''));
      expect(figcaptions[index]).toContain(credit!.replace(/^[:：]\s*/, '').trim());
    });
    expect($('.article-body figure .image-placeholder').length).toBe(seed.captions.length);
  });

  it('marks the three uncaptioned section images as section breaks and keeps a lead image placeholder', () => {
    expect($('.article-body .section-break').length).toBe(3);
    expect($('.article-header .figure--lead .image-placeholder').length).toBe(1);
  });

  it('shows byline, Chinese date with machine-readable datetime, and reading time', () => {
    expect($('.byline').text().replace(/\s+/g, ' ')).toContain('作者 王欣');
    expect($('.byline').text().replace(/\s+/g, ' ')).toContain('编辑 刘景丰');
    expect($('.dateline time').attr('datetime')).toBe('2024-01-11');
    expect($('.dateline time').text()).toBe('2024年1月11日');
    expect($('.dateline').text()).toMatch(/阅读约 \d+ 分钟/);
  });

  it('has no 目录: the captured text has no subheadings, and stays as it is', () => {
    expect($('.article-body :is(h2, h3)')).toHaveLength(0);
    expect($('.toc')).toHaveLength(0);
  });

  it('ends with the reprint disclaimer', () => {
    expect($('.disclaimer').text()).toContain(seed.disclaimer);
  });

  it('lists the ten related posts in the capture order, each linking to its own page', () => {
    const titles = text('.related .teaser__title');
    expect(titles).toEqual(seed.related.map((item) => item.title));
    const hrefs = $('.related .teaser__title a').map((_, el) => $(el).attr('href')).get();
    expect(new Set(hrefs).size).toBe(10);
  });

  it('indexes only the article: the sidebar, neighbours and chrome are outside data-pagefind-body', () => {
    expect($('[data-pagefind-body]').length).toBe(1);
    for (const outside of ['.related', '.prev-next', '.site-header', '.site-footer']) {
      expect($(`[data-pagefind-body] ${outside}`).length).toBe(0);
    }
  });
});
