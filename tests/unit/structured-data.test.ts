import { describe, expect, it } from 'vitest';
import { bylinePerson, newsArticleJsonLd, profilePageJsonLd, serializeJsonLd, type ArticleFacts } from '../../src/site/structured-data.ts';
import { parseEntryDate } from '../../src/site/dates.ts';

const SITE = 'https://x.example';
const profile = { bio: '科技记者。', links: [{ url: 'https://weibo.com/u/1' }, { url: 'https://example.com/wangxin' }] };

const facts: ArticleFacts = {
  kind: 'article',
  headline: '标题',
  description: '摘要句。',
  date: parseEntryDate('2024-01-11')!,
  author: bylinePerson('王欣', profile, SITE),
  editor: bylinePerson('刘景丰', undefined, SITE),
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
      author: {
        '@type': 'Person',
        name: '王欣',
        url: `${SITE}/authors/${encodeURIComponent('王欣')}/`,
        description: '科技记者。',
        sameAs: ['https://weibo.com/u/1', 'https://example.com/wangxin'],
      },
      editor: { '@type': 'Person', name: '刘景丰', url: `${SITE}/authors/${encodeURIComponent('刘景丰')}/` },
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

describe('profilePageJsonLd()', () => {
  it('gives the Person the profile photo\'s URL as its image, when the profile has one', () => {
    const image = 'https://x.example/news/_astro/wang-xin.abc.jpeg';
    expect(profilePageJsonLd(bylinePerson('王欣', profile, SITE, image)).mainEntity).toMatchObject({ '@type': 'Person', name: '王欣', image });
    expect(profilePageJsonLd(bylinePerson('王欣', profile, SITE)).mainEntity).not.toHaveProperty('image');
  });

  it('describes an author\'s page as a ProfilePage about them', () => {
    const person = bylinePerson('王欣', profile, SITE);
    expect(profilePageJsonLd(person)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: person.url,
      mainEntity: { '@type': 'Person', name: '王欣', url: person.url, description: '科技记者。', sameAs: person.sameAs },
    });
  });
});

describe('newsArticleJsonLd() dates', () => {
  it('gives a time of day with its offset, and the last change as dateModified', () => {
    const data = newsArticleJsonLd({ ...facts, date: parseEntryDate('2024-01-11 08:30')!, modified: parseEntryDate('2024-01-12')! });
    expect(data).toMatchObject({ datePublished: '2024-01-11T08:30+08:00', dateModified: '2024-01-12' });
    expect(newsArticleJsonLd(facts)).not.toHaveProperty('dateModified');
  });
});

describe('serializeJsonLd()', () => {
  it('cannot be closed early by text inside it', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
