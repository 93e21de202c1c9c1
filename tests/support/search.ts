/**
 * Searching through the search page's own form, as a reader does: the site's real search
 * code path (conversion, Pagefind, fallbacks) in Chromium, without reloading per query.
 */
import type { Page } from 'playwright-core';
import { t } from '../../src/site/strings.ts';
import * as seed from './seed-capture.ts';

/** The longest link the site may make: beyond about this, servers (nginx among them) answer 414. */
export const MAX_LINK = 2000;

/** A reader's paste: about 1,300 characters of the seed article, paragraphs run together as a search box keeps them. */
export const PASSAGE = seed.bodyParagraphs.slice(27).join('').slice(0, 1300);

/** For each query, the result paths in order ("/articles/x/", without ?highlight). */
export function searchMany(page: Page, queries: string[]): Promise<string[][]> {
  return page.evaluate(
    async ({ queries, loading }) => {
      const panel = document.querySelector('search-panel')!;
      const form = panel.querySelector('form')!;
      const input = panel.querySelector<HTMLInputElement>('input[name="q"]')!;
      const status = panel.querySelector('[data-search-status]')!;
      const answers: string[][] = [];
      for (const query of queries) {
        input.value = query;
        form.requestSubmit();
        while (status.textContent === loading) await new Promise((resolve) => setTimeout(resolve, 5));
        answers.push([...panel.querySelectorAll<HTMLAnchorElement>('.search-results a')].map((link) => new URL(link.href).pathname));
      }
      return answers;
    },
    { queries, loading: t.search.loading },
  );
}
