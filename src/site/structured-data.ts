/** schema.org JSON-LD for article and author pages, built from plain data so it can be unit-tested. */
import { isoTimestamp, type EntryDate } from './dates.ts';
import { absoluteUrl, paths } from './urls.ts';

/** A person a byline names. */
export interface PersonFacts {
  name: string;
  /** Absolute URL of their page on this site. */
  url: string;
  /** The profile's bio. */
  description?: string | undefined;
  /** The profile's links: the same person elsewhere. */
  sameAs: string[];
  /** Absolute URL of their profile photo, if the profile has one (src/site/share-image.ts personImage). */
  image?: string | undefined;
}

/** What a profile (content/authors/) adds to a person. */
export interface ProfileFacts {
  bio?: string | undefined;
  links: { url: string }[];
}

/** The person named `name`, with their page on the site `site`, their profile, if any, and the URL of its photo, if given. */
export function bylinePerson(name: string, profile: ProfileFacts | undefined, site: URL | string, image?: string): PersonFacts {
  return { name, url: absoluteUrl(paths.author(name), site), description: profile?.bio, sameAs: profile?.links.map((link) => link.url) ?? [], image };
}

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

export function personJsonLd({ name, url, description, sameAs, image }: PersonFacts): Record<string, unknown> {
  return withoutUndefined({ '@type': 'Person', name, url, description, image, sameAs: sameAs.length ? sameAs : undefined });
}

/** An author's page: a ProfilePage about the person. */
export function profilePageJsonLd(person: PersonFacts): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', url: person.url, mainEntity: personJsonLd(person) };
}

export interface ArticleFacts {
  kind: 'article' | 'brief';
  headline: string;
  description: string | undefined;
  date: EntryDate;
  /** The latest update or correction, if any. */
  modified?: EntryDate | undefined;
  author?: PersonFacts | undefined;
  editor?: PersonFacts | undefined;
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
  const person = (who: PersonFacts | undefined) => who && personJsonLd(who);
  return withoutUndefined({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    datePublished: isoTimestamp(facts.date),
    dateModified: facts.modified && isoTimestamp(facts.modified),
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
  });
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
