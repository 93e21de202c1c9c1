/**
 * What a page transfers, measured in Chromium from network events. The test server and the
 * benchmark's server send files uncompressed, so gzip sizes are computed here (level 9) for
 * text; Pagefind's index files are already gzipped and count as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfer {
  path: string;
  /** Chromium's resource type: document, stylesheet, script, fetch, other… */
  type: string;
  bytes: number;
  gzip: number;
}

const TEXT = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

interface Recording {
  transfers: Transfer[];
  /** Resolves once nothing has been in flight (requests and body reads) for `quietMs`. */
  settled(quietMs?: number): Promise<Transfer[]>;
}

/** Start recording every request of `page` from now on. */
export function recordTransfers(page: Page): Recording {
  const transfers: Transfer[] = [];
  let pending = 0;
  let lastChange = performance.now();
  const done = () => {
    pending--;
    lastChange = performance.now();
  };
  page.on('request', () => {
    pending++;
    lastChange = performance.now();
  });
  page.on('requestfailed', done);
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = response ? await response.body() : Buffer.alloc(0);
    const text = TEXT.test(response?.headers()['content-type'] ?? '');
    transfers.push({
      path: new URL(request.url()).pathname,
      type: request.resourceType(),
      bytes: body.length,
      gzip: text ? gzipSync(body, { level: 9 }).length : body.length,
    });
    done();
  });
  return {
    transfers,
    async settled(quietMs = 1000) {
      while (pending > 0 || performance.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
      return transfers;
    },
  };
}

export interface Weight {
  bytes: number;
  gzip: number;
  files: number;
}

export function total(transfers: Transfer[]): Weight {
  return transfers.reduce((sum, item) => ({ bytes: sum.bytes + item.bytes, gzip: sum.gzip + item.gzip, files: sum.files + 1 }), { bytes: 0, gzip: 0, files: 0 });
}

/** HTML, CSS and JS an article page loads before any interaction. */
export async function articleWeight(page: Page, url: string): Promise<{ page: Weight; js: Weight; transfers: Transfer[] }> {
  const recording = recordTransfers(page);
  await page.goto(url);
  const loaded = (await recording.settled()).filter((item) => ['document', 'stylesheet', 'script'].includes(item.type));
  return { page: total(loaded), js: total(loaded.filter((item) => item.type === 'script')), transfers: loaded };
}

/** Everything a first search from the dialog on `url` downloads, until results show and the network settles. */
export async function firstSearchWeight(page: Page, url: string, query: string): Promise<{ total: Weight; transfers: Transfer[] }> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const recording = recordTransfers(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.getByRole('dialog').getByRole('option').first().waitFor({ timeout: 60_000 });
  const transfers = await recording.settled();
  return { total: total(transfers), transfers };
}
