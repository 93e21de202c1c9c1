import { describe, expect, it } from 'vitest';
import { countFilters, excerptSegments, readQuery, readSearchState, resultStatus, searchParams, withHighlight } from '../../src/search/search-state.ts';

describe('search URL state', () => {
  it('reads query, filters and sort, ignoring unknown or empty values', () => {
    expect(readQuery('?q=%20科大讯飞%20')).toBe('科大讯飞');
    expect(readSearchState('?q=AI&tag=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&year=2024&source=&sort=date&x=1')).toEqual({
      query: 'AI', filters: { tag: '人工智能', year: '2024' }, sort: 'date',
    });
    expect(readSearchState('?sort=bogus').sort).toBe('relevance');
  });
  it('writes the same state back (round trip)', () => {
    const state = { query: '东南亚 AI', filters: { source: '商业密码' }, sort: 'date' as const };
    expect(readSearchState(searchParams(state))).toEqual(state);
    expect(searchParams({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('excerpts', () => {
  it('keeps Pagefind marks and turns everything else into text', () => {
    expect(excerptSegments('a <mark>科大</mark> &lt;img src=x onerror=alert(1)&gt; <b>b</b>')).toEqual([
      { text: 'a ', marked: false },
      { text: '科大', marked: true },
      { text: ' <img src=x onerror=alert(1)> b', marked: false },
    ]);
  });
});

describe('result helpers', () => {
  it('counts filter values over the results shown', () => {
    expect(countFilters([{ filters: { tag: ['AI', '东南亚'], year: ['2024'] } }, { filters: { tag: ['AI'], year: ['2024'] } }])).toEqual({
      tag: { AI: 2, 东南亚: 1 }, year: { 2024: 2 },
    });
    expect(countFilters([])).toEqual({});
  });
  it('replaces Pagefind highlight terms with the reader words', () => {
    expect(withHighlight('/a/?highlight=%E5%91%A8&highlight=%E4%BC%A0', '周传福')).toBe('/a/?highlight=%E5%91%A8%E4%BC%A0%E7%A6%8F');
    expect(withHighlight('/a/', 'OpenAI 大模型')).toBe('/a/?highlight=OpenAI&highlight=%E5%A4%A7%E6%A8%A1%E5%9E%8B');
    expect(withHighlight('/a/?highlight=x', '')).toBe('/a/');
  });
});

describe('resultStatus()', () => {
  it('counts the results, says when they may not be all, and names the query when none', () => {
    expect(resultStatus({ results: [1, 2, 3], complete: true }, '东南亚')).toBe('找到 3 条结果');
    expect(resultStatus({ results: [1, 2, 3], complete: false }, '东南亚')).toBe('显示前 3 条结果');
    expect(resultStatus({ results: [], complete: true }, '东南亚')).toBe('没有找到与“东南亚”相关的内容。换个关键词试试？');
  });
});
