import { describe, expect, it } from 'vitest';
import { excerptLines, isImageCredit, teaserLines } from '../../src/content/excerpt.ts';
import { fill } from '../../src/site/fill.ts';

describe('excerpts', () => {
  const blocks = [{ imageCredit: '作者拍摄' }, '第一行', '第二行'];

  it('separates image credits from prose', () => {
    expect(isImageCredit(blocks[0]!)).toBe(true);
    expect(isImageCredit('第一行')).toBe(false);
    expect(excerptLines(blocks)).toEqual(['第一行', '第二行']);
    expect(excerptLines()).toEqual([]);
  });

  it('teasers prefer the excerpt, then the summary', () => {
    expect(teaserLines({ excerpt: blocks, summary: ['摘要'] })).toEqual(['第一行', '第二行']);
    expect(teaserLines({ summary: ['摘要'] })).toEqual(['摘要']);
    expect(teaserLines({})).toEqual([]);
  });
});

describe('fill()', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('找到 {n} 条结果', { n: 3 })).toBe('找到 3 条结果');
    expect(fill('{a}{b}', { a: 'x' })).toBe('x{b}');
  });
});
