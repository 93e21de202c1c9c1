import { describe, expect, it } from 'vitest';
import { absoluteUrl, nameSlug, normalizeBase, paths, url, weiboShareUrl } from '../../src/site/urls.ts';

describe('url()', () => {
  it('prefixes the base path and keeps directory-style paths', () => {
    expect(url('articles/a/', '/')).toBe('/articles/a/');
    expect(url('articles/a/', '/news/')).toBe('/news/articles/a/');
    expect(url('/articles/a/', '/news')).toBe('/news/articles/a/');
    expect(url('', '/news/')).toBe('/news/');
  });

  it('defaults to the configured base (vitest runs with "/")', () => {
    expect(url('search/')).toBe('/search/');
  });
});

describe('paths', () => {
  it('builds every route with a trailing slash, names as their slugs, encoded', () => {
    expect(paths.article('huanqiu')).toBe('articles/huanqiu/');
    expect(paths.source('商业密码')).toBe(`sources/${encodeURIComponent('商业密码')}/`);
    expect(paths.tag('人工智能')).toBe(`tags/${encodeURIComponent('人工智能')}/`);
    expect(paths.tag('C#')).toBe('tags/c-sharp/');
    expect(paths.search()).toBe('search/');
    expect(paths.search('科大讯飞 AI')).toBe(`search/?q=${encodeURIComponent('科大讯飞 AI')}`);
  });

  it('numbers list pages after the first, which keeps the list\'s own URL', () => {
    expect(paths.home(1)).toBe('');
    expect(paths.home(2)).toBe('page/2/');
    expect(paths.home(404)).toBe('page/404/');
    expect(paths.tag('人工智能', 1)).toBe(paths.tag('人工智能'));
    expect(paths.tag('人工智能', 3)).toBe(`tags/${encodeURIComponent('人工智能')}/3/`);
    expect(paths.source('商业密码', 12)).toBe(`sources/${encodeURIComponent('商业密码')}/12/`);
  });

  it('gives each person and each month of the archive a paginated list', () => {
    expect(paths.authors()).toBe('authors/');
    expect(paths.author('王欣')).toBe(`authors/${encodeURIComponent('王欣')}/`);
    expect(paths.author('王欣', 2)).toBe(`authors/${encodeURIComponent('王欣')}/2/`);
    expect(paths.archive()).toBe('archive/');
    expect(paths.archiveMonth(2024, 1)).toBe('archive/2024/01/');
    expect(paths.archiveMonth(2024, 12, 3)).toBe('archive/2024/12/3/');
  });
});

describe('nameSlug()', () => {
  const slugs = [
    ['人工智能', '人工智能'],
    ['C#', 'c-sharp'],
    ['C++', 'c-plus-plus'],
    ['Disney+', 'disney-plus'],
    ['P&G', 'p-and-g'],
    ['100%', '100-percent'],
    ['q?x', 'q-x'],
    ['a/b', 'a-b'],
    [' AI 芯片 ', 'ai-芯片'],
    ['新零售（上海）', '新零售-上海'],
    ['零售、电商，观察：2024', '零售-电商-观察-2024'],
    ['ＡＩ＃', 'ai-sharp'],
    ['Web3.0', 'web3-0'],
    ['new_retail', 'new_retail'],
    ['.', ''],
    ['..', ''],
    ['、', ''],
    ['', ''],
  ] as const;

  it.each(slugs)('%j → %j', (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
  });

  it('leaves only letters, digits, "-" and "_": the link decodes to the folder name, and the URL parser writes the link as url() does', () => {
    for (const [name] of slugs) {
      const slug = nameSlug(name);
      expect(slug).toMatch(/^[\p{L}\p{M}\p{N}_-]*$/u);
      expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug);
      if (slug) expect(new URL(`/tags/${slug}/`, 'https://x.example').pathname).toBe(`/${paths.tag(name)}`);
    }
  });
});

describe('weiboShareUrl()', () => {
  it('is Weibo\'s share page with the page and its title as parameters', () => {
    const share = new URL(weiboShareUrl('https://x.example/news/articles/a/?b=1&c=2', '标题 & 其他'));
    expect(share.origin + share.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(Object.fromEntries(share.searchParams)).toEqual({ url: 'https://x.example/news/articles/a/?b=1&c=2', title: '标题 & 其他' });
  });
});

describe('absoluteUrl()', () => {
  it('joins the site origin, the base and the path', () => {
    expect(absoluteUrl('articles/a/', 'https://x.example', '/news/')).toBe('https://x.example/news/articles/a/');
    expect(absoluteUrl('', new URL('https://x.example/'), '/')).toBe('https://x.example/');
  });
});

describe('normalizeBase()', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['news', '/news/'],
    ['/news', '/news/'],
    ['/news/', '/news/'],
    [' /a/b/ ', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});
