import { expect, it } from 'vitest';
import { indexedView } from '../../src/search/pagefind-index.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>标题</title></head><body class="x">${body}</body></html>`;

it('keeps the head and the data-pagefind-body element, up to the tag that closes it', () => {
  const article = '<article class="article" data-pagefind-body><h1>标题</h1><article class="teaser">里面</article><p>正文</p></article>';
  expect(indexedView(page(`<header>导航</header>${article}<article class="teaser">相关</article><nav>上一篇</nav>`))).toBe(page(article));
});

it('gives a page without the mark, or whose mark is not closed, whole', () => {
  for (const html of [page('<main><p>正文</p></main>'), page('<article data-pagefind-body><p>正文</p>')]) expect(indexedView(html)).toBe(html);
});
