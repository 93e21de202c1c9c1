import { expect, it } from 'vitest';
import { withTwinLinks, type SitemapItem } from '../../src/edition/editions.ts';

const home = 'https://news.example.org/news/';
const twins = [`${home}zh-hant/`, `${home}zh-hant/articles/a/`, `${home}zh-hant/2/`];
const twinLinks = withTwinLinks('twp', twins, home);
const links = (item: SitemapItem & { lastmod?: string }) => twinLinks(item);

it('links each page and its twin both ways, Simplified first as the sitemap sorts them', () => {
  const pair = [
    { url: `${home}articles/a/`, lang: 'zh-CN' },
    { url: `${home}zh-hant/articles/a/`, lang: 'zh-Hant-TW' },
  ];
  expect(links({ url: `${home}articles/a/`, lastmod: 'x' })).toEqual({ url: `${home}articles/a/`, lastmod: 'x', links: pair });
  expect(links({ url: `${home}zh-hant/articles/a/` }).links).toEqual(pair);
  expect(links({ url: home }).links?.map((link) => link.url)).toEqual([home, `${home}zh-hant/`]);
  expect(links({ url: `${home}2/` }).links?.map((link) => link.lang)).toEqual(['zh-CN', 'zh-Hant-TW']);
});

it('leaves a page without a twin as it was', () => {
  const item = { url: `${home}articles/b/` };
  expect(links(item)).toBe(item);
  expect(links({ url: 'https://elsewhere.example/articles/a/' }).links).toBeUndefined();
});
