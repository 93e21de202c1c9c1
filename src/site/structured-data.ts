/** schema.org JSON-LD for article pages, built from plain data so it can be unit-tested. */
import { isoDate } from './dates.ts';

export interface ArticleFacts {
  kind: 'article' | 'brief';
  headline: string;
  description: string | undefined;
  date: Date;
  author?: string | undefined;
  editor?: string | undefined;
  tags: string[];
  /** Absolute URL of the page. */
  url: string;
  siteName: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  language: string;
  /** How a brief describes itself (摘要). */
  briefLabel: string;
  /** Absolute URLs of the article's image in the aspect ratios search engines ask for. */
  images: string[];
  logo: { url: string; width: number; height: number };
}

export function newsArticleJsonLd(facts: ArticleFacts): Record<string, unknown> {
  const person = (name: string | undefined) => (name ? { '@type': 'Person', name } : undefined);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    datePublished: isoDate(facts.date),
    author: person(facts.author),
    editor: person(facts.editor),
    image: facts.images,
    publisher: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl, logo: { '@type': 'ImageObject', ...facts.logo } },
    inLanguage: facts.language,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    keywords: facts.tags.length ? facts.tags.join(',') : undefined,
    isAccessibleForFree: true,
    // A brief archives only an excerpt: say so to machines as well as to readers.
    ...(facts.kind === 'brief' ? { genre: facts.briefLabel, abstract: facts.description } : {}),
  };
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
