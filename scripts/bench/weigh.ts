/**
 * What a reader's browser loads from one of our builds: an article page before any
 * interaction, and each first search from the search dialog (Chromium, network events).
 */
import type { ShareQuery } from './queries.ts';
import { launchBrowser, openPage, serveSite, SITE_URL } from '../harness/site-harness.ts';
import { articleWeight, firstSearchWeight, total, type Weight } from '../harness/page-weight.ts';

export interface FirstSearch extends ShareQuery {
  weight: Weight;
  /** The same without the result texts (Pagefind's fragments, one per result checked). */
  beforeTexts: Weight;
  texts: number;
}

export interface Weights {
  article: { page: Weight; js: Weight };
  firstSearches: FirstSearch[];
}

export async function weigh(dist: string, article: string, queries: ShareQuery[]): Promise<Weights> {
  const site = { name: 'bench', base: '/', outDir: dist, siteUrl: SITE_URL };
  const [browser, server] = await Promise.all([launchBrowser(), serveSite(site)]);
  try {
    const url = `${server.baseUrl}articles/${article}/`;
    const weight = await articleWeight((await openPage(browser)).page, url);
    const firstSearches: FirstSearch[] = [];
    // A fresh page (empty cache) for each, so each is a first search.
    for (const query of queries) {
      const { total: weight, transfers } = await firstSearchWeight((await openPage(browser)).page, url, query.query);
      const texts = transfers.filter((transfer) => transfer.path.includes('/fragment/'));
      firstSearches.push({ ...query, weight, beforeTexts: total(transfers.filter((transfer) => !texts.includes(transfer))), texts: texts.length });
    }
    return { article: { page: weight.page, js: weight.js }, firstSearches };
  } finally {
    await browser.close();
    await server.close();
  }
}
