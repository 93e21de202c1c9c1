/**
 * Nothing an editor wrote is lost to search: for every entry, the text a reader sees in the
 * indexed part of its page is, character for character, the text in Pagefind's real index
 * (its built fragments, gzipped JSON with a `content` field), and every word of the entry's
 * frontmatter is in there too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlFiles, pagefindFragments, readPage } from '../support/dist.ts';
import { t } from '../../src/site/strings.ts';
import { projectRoot } from '../../scripts/harness/site-harness.ts';
import { sites } from '../support/test-sites.ts';

const site = sites[0]!;

/** Pagefind separates segmented Chinese words with zero-width spaces; whitespace carries no text. */
const squash = (text: string) => text.replace(/[\s\u200b]+/g, '');

/** The indexed part of a page as a reader gets it: without hidden elements and what is marked not to index. */
function visibleText(file: string): string {
  const $ = readPage(site, file);
  const body = $('[data-pagefind-body]').first().clone();
  body.find('[data-pagefind-ignore], [hidden], script, style, template').remove();
  return body.text();
}

/**
 * Where `indexed` departs from `visible`, or undefined if it holds every visible character in
 * order. Pagefind may only add a full stop where a block ends (so excerpts read as sentences).
 */
function firstLoss(visible: string, indexed: string): string | undefined {
  let i = 0;
  let j = 0;
  while (i < visible.length) {
    if (visible[i] === indexed[j]) {
      i++;
      j++;
    } else if (indexed[j] === '.') {
      j++;
    } else {
      return `page: …${visible.slice(Math.max(0, i - 20), i + 20)}… index: …${indexed.slice(Math.max(0, j - 20), j + 20)}…`;
    }
  }
  return /^\.*$/.test(indexed.slice(j)) ? undefined : `index adds: ${indexed.slice(j, j + 40)}`;
}

/** Every string an editor wrote in an entry's frontmatter, except ids, type and date (shown formatted). */
function frontmatterWords(source: string): string[] {
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Record<string, unknown>;
  const words: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') words.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const [key, value] of Object.entries(data)) if (!['type', 'date', 'related'].includes(key)) collect(value);
  return words;
}

/** Every reader-facing string of the site (templates such as 阅读约 {n} 分钟 as patterns), and dates. */
function siteChrome(): RegExp {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(t);
  const patterns = texts.map((text) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+?'));
  // A label may be followed by its colon (来源：).
  return new RegExp(`^(?:${[...patterns, '\\d{4}年\\d{1,2}月\\d{1,2}日'].join('|')})[：:]?$`);
}

describe('search index completeness', () => {
  const index = pagefindFragments(site);
  const pages = htmlFiles(site.outDir).filter((file) => file.startsWith('articles/'));
  const entries = readdirSync(path.join(projectRoot, 'content', 'articles'));

  it('indexes exactly one fragment per entry page', () => {
    expect(pages).toHaveLength(entries.length);
    expect([...index.keys()].sort()).toEqual(pages.map((file) => `${site.base}${file.replace(/index\.html$/, '')}`).sort());
  });

  it.each(pages)('%s: every visible character is in the index, in order', (file) => {
    const indexed = index.get(`${site.base}${file.replace(/index\.html$/, '')}`)!;
    const visible = squash(visibleText(file));
    expect(visible.length).toBeGreaterThan(50);
    expect(firstLoss(visible, squash(indexed))).toBeUndefined();
  });

  // The check above leaves out what is marked data-pagefind-ignore; that may only be the site's own words.
  it.each(pages)('%s: only the site\'s own labels are kept out of the index', (file) => {
    const chrome = siteChrome();
    const $ = readPage(site, file);
    const ignored = $('[data-pagefind-body] [data-pagefind-ignore]')
      .map((_, element) => $(element).text().trim())
      .get();
    expect(ignored.length).toBeGreaterThan(0);
    expect(ignored.filter((text) => !chrome.test(text))).toEqual([]);
  });

  it.each(entries)('%s: every frontmatter word is in the index', (name) => {
    const indexed = squash(index.get(`${site.base}articles/${name.replace(/\.mdx?$/, '')}/`)!);
    const words = frontmatterWords(readFileSync(path.join(projectRoot, 'content', 'articles', name), 'utf8'));
    expect(words.length).toBeGreaterThan(2);
    expect(words.filter((word) => !indexed.includes(squash(word)))).toEqual([]);
  });
});
