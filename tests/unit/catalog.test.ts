import { describe, expect, it } from 'vitest';
import { buildCatalog, bylineNames, compareNewestFirst, nameProblems, relatedProblems, type CatalogEntry } from '../../src/content/catalog.ts';
import { ContentError, formatProblem } from '../../src/content/content-error.ts';
import { parseEntryDate } from '../../src/site/dates.ts';

function entry(id: string, date: string, extra: Partial<CatalogEntry['data']> = {}): CatalogEntry {
  return {
    id,
    filePath: `content/articles/${id}.mdx`,
    data: { title: id.toUpperCase(), date: parseEntryDate(date)!, tags: [], related: [], ...extra },
  };
}

const entries = [
  entry('old', '2024-01-11', { related: [{ id: 'b' }, { id: 'a' }], tags: ['人工智能'] }),
  entry('a', '2024-09-20', { source: '商业密码', tags: ['人工智能', '音乐'] }),
  entry('b', '2024-09-20', { source: '商业密码' }),
  entry('c', '2024-09-19', { source: '其他' }),
];

describe('buildCatalog()', () => {
  const catalog = buildCatalog(entries);

  it('orders newest first, same-day entries by id', () => {
    expect(catalog.entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'old']);
    expect(compareNewestFirst(entries[1]!, entries[2]!)).toBeLessThan(0);
  });

  it('gives 上一篇 (older) and 下一篇 (newer) neighbours', () => {
    expect(catalog.neighbours('b')).toEqual({ previous: catalog.get('c'), next: catalog.get('a') });
    expect(catalog.neighbours('a').next).toBeUndefined();
    expect(catalog.neighbours('old').previous).toBeUndefined();
    expect(catalog.neighbours('missing')).toEqual({});
  });

  it('resolves related lists in their written order', () => {
    expect(catalog.related('old').map((e) => e.id)).toEqual(['b', 'a']);
    expect(catalog.related('a')).toEqual([]);
  });

  it('groups sources and tags, largest first', () => {
    expect(catalog.sources.map((g) => [g.name, g.entries.map((e) => e.id)])).toEqual([
      ['商业密码', ['a', 'b']],
      ['其他', ['c']],
    ]);
    expect(catalog.tags.map((g) => [g.name, g.entries.length])).toEqual([
      ['人工智能', 2],
      ['音乐', 1],
    ]);
  });
});

describe('people and the archive', () => {
  const catalog = buildCatalog([
    entry('jan-1', '2024-01-02', { author: '王欣', editor: '刘景丰' }),
    entry('jan-2', '2024-01-31', { author: '王欣' }),
    entry('sep', '2024-09-20', { author: '刘景丰' }),
    entry('self-edited', '2023-12-31', { author: '李明', editor: '李明' }),
    entry('brief', '2023-12-01'),
  ]);

  it('names everyone in a byline once per entry, as author or editor', () => {
    expect(bylineNames(catalog.get('jan-1')!)).toEqual(['王欣', '刘景丰']);
    expect(bylineNames(catalog.get('self-edited')!)).toEqual(['李明']);
    expect(bylineNames(catalog.get('brief')!)).toEqual([]);
  });

  it('groups each person\'s entries, newest first, most entries first', () => {
    expect(catalog.authors.map((g) => [g.name, g.entries.map((e) => e.id)])).toEqual([
      ['刘景丰', ['sep', 'jan-1']],
      ['王欣', ['jan-2', 'jan-1']],
      ['李明', ['self-edited']],
    ]);
  });

  it('files entries by year and month, newest first, with counts', () => {
    expect(catalog.archive.map(({ year, count, months }) => [year, count, months.map(({ month, entries }) => [month, entries.map((e) => e.id)])])).toEqual([
      [2024, 3, [[9, ['sep']], [1, ['jan-2', 'jan-1']]]],
      [2023, 2, [[12, ['self-edited', 'brief']]]],
    ]);
    expect(catalog.archive.flatMap(({ months }) => months.flatMap(({ entries }) => entries))).toEqual(catalog.entries);
  });
});

describe('buildCatalog() with entries left out', () => {
  // As a build leaves out an entry not yet published: 'a' and 'c' here.
  const catalog = buildCatalog(entries, (entry) => entry.id !== 'a' && entry.id !== 'c');

  it('has them in no list, related list or neighbours', () => {
    expect(catalog.entries.map((e) => e.id)).toEqual(['b', 'old']);
    expect(catalog.get('a')).toBeUndefined();
    expect(catalog.related('old').map((e) => e.id)).toEqual(['b']);
    expect(catalog.neighbours('old')).toEqual({ previous: undefined, next: catalog.get('b') });
    expect(catalog.sources.map((g) => [g.name, g.entries.map((e) => e.id)])).toEqual([['商业密码', ['b']]]);
    expect(catalog.tags.map((g) => [g.name, g.entries.length])).toEqual([['人工智能', 1]]);
  });

  it('still checks related ids against every entry', () => {
    expect(() => buildCatalog([entry('x', '2024-01-01', { related: [{ id: 'nope' }] })], () => false)).toThrow(ContentError);
  });
});

describe('relatedProblems()', () => {
  const check = (related: string[]) =>
    relatedProblems([entry('x', '2024-01-01', { related: related.map((id) => ({ id })) }), entry('y', '2024-01-01')]).map(formatProblem);

  it('accepts existing, distinct references', () => {
    expect(check(['y'])).toEqual([]);
  });

  it.each([
    [['nope'], 'related[0]', 'nope'],
    [['x'], 'related[0]', '自己'],
    [['y', 'y'], 'related[1]', '重复'],
  ])('rejects %j naming file and field', (related, field, words) => {
    const [message, ...rest] = check(related);
    expect(rest).toEqual([]);
    expect(message).toContain(`content/articles/x.mdx: \`${field}\`：`);
    expect(message).toContain(words);
  });

  it('reports every problem at once, and buildCatalog() stops on the first', () => {
    expect(check(['nope', 'x', 'y', 'y'])).toHaveLength(3);
    expect(() => buildCatalog([entry('x', '2024-01-01', { related: [{ id: 'nope' }] })])).toThrow(ContentError);
  });
});

describe('nameProblems()', () => {
  it('accepts one name written alike everywhere, and names with different URLs', () => {
    expect(nameProblems(entries)).toEqual([]);
  });

  it('rejects a second spelling of one URL, and buildCatalog() stops on it', () => {
    const spelledTwice = [entry('x', '2024-01-01', { source: 'P&G' }), entry('y', '2024-01-02', { source: 'p&g' })];
    expect(nameProblems(spelledTwice).map(formatProblem)).toEqual([
      'content/articles/y.mdx: `source`：来源 “p&g” 与 content/articles/x.mdx 的 source “P&G” 的网址相同（/sources/p-and-g/），会并成一页；请统一写成 “P&G”，或改成另一个名字',
    ]);
    expect(() => buildCatalog(spelledTwice)).toThrow(ContentError);
  });

  it('gives the people of the bylines one page each: two spellings of one URL are refused, an author who edits their own piece is not', () => {
    const bylines = [
      entry('x', '2024-01-01', { author: 'Li Ming', editor: 'Li Ming' }),
      entry('y', '2024-01-02', { author: '王欣', editor: 'li ming' }),
    ];
    expect(nameProblems(bylines).map(formatProblem)).toEqual([
      'content/articles/y.mdx: `editor`：署名 “li ming” 与 content/articles/x.mdx 的 author “Li Ming” 的网址相同（/authors/li-ming/），会并成一页；请统一写成 “Li Ming”，或改成另一个名字',
    ]);
  });
});
