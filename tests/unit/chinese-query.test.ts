import { describe, expect, it } from 'vitest';
import { containsRuns, fallbackTerms, gb2312Han, hasTraditional, normalizeForMatch } from '../../src/search/chinese-query.ts';
import { hanRuns } from '../../src/site/han.ts';

const simplified = gb2312Han();

describe('chinese-query', () => {
  it('finds runs of two or more Han characters', () => {
    expect(hanRuns('OpenAI 大模型 与 5200万美元')).toEqual(['大模型', '万美元']);
    expect(hanRuns('a 的 b')).toEqual([]);
  });

  it('knows the Simplified repertoire from GB 2312', () => {
    expect(simplified.size).toBeGreaterThan(6700);
    expect(hasTraditional('科大讯飞', simplified)).toBe(false);
    expect(hasTraditional('科大訊飛', simplified)).toBe(true);
    expect(hasTraditional('東南亞 OpenAI', simplified)).toBe(true);
    expect(hasTraditional('OpenAI', simplified)).toBe(false);
  });

  it('matches runs regardless of spaces and case', () => {
    expect(normalizeForMatch('Open AI 大 模型')).toBe('openai大模型');
    expect(containsRuns('一些产品如茅台 酒、梅菜', '台酒')).toBe(true);
    expect(containsRuns('茅台、酒', '台酒')).toBe(false);
    expect(containsRuns('anything', 'latin only')).toBe(true);
  });

  it('offers the words of a run, longest first, as fallback lookups', () => {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const terms = fallbackTerms('固执和自大', segmenter);
    expect(terms.join('')).toHaveLength(5);
    expect([...terms[0]!].length).toBeGreaterThanOrEqual([...terms.at(-1)!].length);
    expect(fallbackTerms('台酒', segmenter).sort()).toEqual(['台', '酒']);
  });
});
