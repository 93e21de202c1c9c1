/** One browser and one server for a built site, for a describe block's tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/harness/site-harness.ts';
import { serveSite, type RunningServer } from '../../scripts/harness/site-harness.ts';
import type { BuiltSite } from '../../scripts/harness/site-harness.ts';

export interface BrowserAndSite {
  browser: Browser;
  server: RunningServer;
}

/** Call inside describe(): the returned object is filled before the first test runs. */
export function useBrowserAndSite(site: BuiltSite): BrowserAndSite {
  const env = {} as BrowserAndSite;
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchBrowser(), serveSite(site)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
