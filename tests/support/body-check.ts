/** Unit tests' ways to see a body as the content check reports it and as its page shows it, without a build. */
import { load } from 'cheerio';
import { renderBody } from '../../src/body/render-body.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { checkContent } from '../../src/content/entry-check.ts';

/** Frontmatter of a full article with no problem; its body starts on line 8 of the entry. */
export const FULL = 'title: 标题\ndate: 2024-01-11\nauthor: 王欣\nsummary: [摘要。]';

export const entry = (frontmatter: string, body = '正文。') => `---\n${frontmatter}\n---\n\n${body}\n`;

/** The content check's lines for entries (name under content/articles/ → source text). */
export function check(sources: Record<string, string>) {
  const entries = Object.entries(sources).map(([name, source]) => ({ name, file: `content/articles/${name}`, source }));
  const { errors, warnings } = checkContent(entries);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

/** The check's errors for an article with this body (its first line is line 8). */
export const bodyErrors = (body: string) => check({ 'a.mdx': entry(FULL, body) }).errors;

/** A body's HTML as its page shows it, to read with selectors. */
export const bodyHtml = (body: string, file = 'content/articles/a.mdx') => load(renderBody(body, file).html, null, false);
