import { describe, expect, it } from 'vitest';
import {
  countFilters, excerptSegments, highlightTerms, MAX_HIGHLIGHT_BYTES, readQuery, readSearchState, resultStatus, searchParams, withHighlight,
} from '../../src/search/search-state.ts';
import { MAX_QUERY_CHARS, searchedQuery } from '../../src/search/query-limit.ts';
import { paths, url } from '../../src/site/urls.ts';

/** A query of `n` characters, each taking the most a character can in a URL (four UTF-8 bytes, 12 characters encoded). */
const widest = (n: number) => '😀'.repeat(n);
const highlightPart = (link: string) => new URL(link, 'https://news.example.org').searchParams.toString();

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

describe('long queries', () => {
  it(`searches the first ${MAX_QUERY_CHARS} characters, whole characters, trimmed`, () => {
    expect(searchedQuery('  科大讯飞  ')).toBe('科大讯飞');
    expect(searchedQuery('科'.repeat(MAX_QUERY_CHARS))).toBe('科'.repeat(MAX_QUERY_CHARS));
    expect(searchedQuery('科'.repeat(MAX_QUERY_CHARS + 1))).toBe('科'.repeat(MAX_QUERY_CHARS));
    expect(searchedQuery(widest(300))).toBe(widest(MAX_QUERY_CHARS));
    expect(searchedQuery(`${'科'.repeat(MAX_QUERY_CHARS - 1)} 大模型`)).toBe('科'.repeat(MAX_QUERY_CHARS - 1));
  });
  it('keeps every link to the search page under 2,000 characters, with filters and sort', () => {
    const state = { query: widest(5000), filters: { source: '商业密码', tag: '人工智能', year: '2024' }, sort: 'date' as const };
    expect(readSearchState(searchParams(state)).query).toBe(widest(MAX_QUERY_CHARS));
    expect(`https://news.example.org${url('search/', '/news/')}${searchParams(state)}`.length).toBeLessThanOrEqual(2000);
    expect(`https://news.example.org${url(paths.search(searchedQuery(state.query)), '/news/')}`.length).toBeLessThanOrEqual(2000);
  });
  it(`carries at most ${MAX_HIGHLIGHT_BYTES} bytes of highlight terms: the first words that fit, or the start of a long first one`, () => {
    const words = Array.from({ length: 200 }, (_, i) => `大模型${i}`);
    const terms = highlightTerms(words.join(' '));
    expect(terms).toEqual(words.slice(0, terms.length));
    expect(highlightPart(withHighlight('/a/', words.join(' '))).length).toBeLessThanOrEqual(MAX_HIGHLIGHT_BYTES);
    // One more word would not have fitted.
    expect(new URLSearchParams(words.slice(0, terms.length + 1).map((word) => ['highlight', word])).toString().length).toBeGreaterThan(MAX_HIGHLIGHT_BYTES);

    const passage = '周传福告诉霞光社东南亚虽然是一个区域但是打开来看很多国家都有很大的不同'.repeat(5);
    const [start, ...rest] = highlightTerms(passage);
    expect(rest).toEqual([]);
    expect(passage.startsWith(start!)).toBe(true);
    expect(highlightPart(withHighlight('/a/', passage)).length).toBeLessThanOrEqual(MAX_HIGHLIGHT_BYTES);
    expect(new URLSearchParams({ highlight: [...passage].slice(0, [...start!].length + 1).join('') }).toString().length).toBeGreaterThan(MAX_HIGHLIGHT_BYTES);
    expect([...highlightTerms(widest(300))[0]!].every((char) => char === '😀')).toBe(true);
    expect(highlightTerms('AI AI 大模型')).toEqual(['AI', '大模型']);
  });
});

describe('resultStatus()', () => {
  it('counts the results, says when they may not be all, and names the query when none', () => {
    expect(resultStatus({ results: [1, 2, 3], complete: true }, '东南亚')).toBe('找到 3 条结果');
    expect(resultStatus({ results: [1, 2, 3], complete: false }, '东南亚')).toBe('显示前 3 条结果');
    expect(resultStatus({ results: [], complete: true }, '东南亚')).toBe('没有找到与“东南亚”相关的内容。换个关键词试试？');
  });
  it('says when the filters leave no result', () => {
    expect(resultStatus({ results: [], complete: true }, '科大讯飞', { filtered: true })).toBe('在所选的筛选条件下，没有找到与“科大讯飞”相关的内容。');
    expect(resultStatus({ results: [1], complete: true }, '科大讯飞', { filtered: true })).toBe('找到 1 条结果');
  });
  it('says when only the first part of the query was searched, and names that part', () => {
    const long = '科'.repeat(MAX_QUERY_CHARS + 20);
    expect(resultStatus({ results: [1], complete: true }, long)).toBe(`找到 1 条结果（搜索词较长，只搜索了前 ${MAX_QUERY_CHARS} 个字）`);
    expect(resultStatus({ results: [], complete: true }, long)).toBe(`没有找到与“${'科'.repeat(MAX_QUERY_CHARS)}”相关的内容。换个关键词试试？（搜索词较长，只搜索了前 ${MAX_QUERY_CHARS} 个字）`);
  });
});
