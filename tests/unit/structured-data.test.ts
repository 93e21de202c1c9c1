import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd, type ArticleFacts } from '../../src/site/structured-data.ts';

const facts: ArticleFacts = {
  kind: 'article',
  headline: '标题',
  description: '摘要句。',
  date: new Date('2024-01-11T00:00:00Z'),
  author: '王欣',
  editor: '刘景丰',
  tags: ['人工智能', '东南亚'],
  url: 'https://x.example/news/articles/a/',
  siteName: '新零售资讯',
  siteUrl: 'https://x.example/news/',
  language: 'zh-CN',
  briefLabel: '摘要',
  images: ['https://x.example/news/_astro/a-16x9.jpeg', 'https://x.example/news/_astro/a-4x3.jpeg'],
  logo: { url: 'https://x.example/news/_astro/site-logo.png', width: 512, height: 512 },
};

describe('newsArticleJsonLd()', () => {
  it('describes an article with people, publisher and page', () => {
    expect(newsArticleJsonLd(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '标题',
      description: '摘要句。',
      datePublished: '2024-01-11',
      author: { '@type': 'Person', name: '王欣' },
      editor: { '@type': 'Person', name: '刘景丰' },
      image: ['https://x.example/news/_astro/a-16x9.jpeg', 'https://x.example/news/_astro/a-4x3.jpeg'],
      publisher: {
        '@type': 'Organization',
        name: '新零售资讯',
        url: 'https://x.example/news/',
        logo: { '@type': 'ImageObject', url: 'https://x.example/news/_astro/site-logo.png', width: 512, height: 512 },
      },
      inLanguage: 'zh-CN',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://x.example/news/articles/a/' },
      url: 'https://x.example/news/articles/a/',
      keywords: '人工智能,东南亚',
      isAccessibleForFree: true,
    });
  });

  it('omits unknown people and labels briefs', () => {
    const brief = newsArticleJsonLd({ ...facts, kind: 'brief', author: undefined, editor: undefined, tags: [] });
    expect(brief).not.toHaveProperty('author');
    expect(brief).not.toHaveProperty('editor');
    expect(brief).not.toHaveProperty('keywords');
    expect(brief).toMatchObject({ genre: '摘要', abstract: '摘要句。' });
  });
});

describe('serializeJsonLd()', () => {
  it('cannot be closed early by text inside it', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
