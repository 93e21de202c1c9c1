/** Which built file each page Astro renders is, so the twin made while it renders is found by the end step. */
import { describe, expect, it } from 'vitest';
import { builtPageFile } from '../../src/edition/render-time-twins.ts';

const page = (route: string) => ({ type: 'page' as const, route });

describe('builtPageFile', () => {
  it('names the files as build.format "directory" writes them, at the root and under a subpath', () => {
    expect(builtPageFile('/', '/', page('/'))).toBe('index.html');
    expect(builtPageFile('/articles/x/', '/', page('/articles/[slug]'))).toBe('articles/x/index.html');
    expect(builtPageFile('/news/', '/news/', page('/'))).toBe('index.html');
    expect(builtPageFile('/news/tags/人工智能/2/', '/news/', page('/[taxonomy]/[name]/[...page]'))).toBe('tags/人工智能/2/index.html');
  });

  it("takes getStaticPaths' paths, which have no base, and their missing trailing slash", () => {
    expect(builtPageFile('/articles/x', '/news/', page('/articles/[slug]'))).toBe('articles/x/index.html');
    expect(builtPageFile('/about', '/', page('/about'))).toBe('about/index.html');
  });

  it('writes the error page as 404.html, and no file for an endpoint', () => {
    expect(builtPageFile('/404', '/', page('/404'))).toBe('404.html');
    expect(builtPageFile('/news/404/', '/news/', page('/404'))).toBe('404.html');
    expect(builtPageFile('/rss.xml', '/', { type: 'endpoint', route: '/rss.xml' })).toBeUndefined();
  });
});
