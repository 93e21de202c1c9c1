/**
 * Every recipe's Content-Security-Policy header is the policy Astro writes into the pages plus
 * frame-ancestors, so a header can never block what a page needs nor drift from it. Astro puts
 * the hashes of all the site's scripts and styles into every page, whatever its path or base,
 * so one header fits all pages of both builds. When a script or style changes, the hashes do:
 * `npx vitest run --project site tests/build/deploy-csp.test.ts -u` rewrites the recipes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/harness/site-harness.ts';
import { htmlFiles, readPage } from '../support/dist.ts';
import { headerCsp, recipeCsps } from '../support/host-headers.ts';
import { sites } from '../support/test-sites.ts';

const metaPolicies = new Set(
  sites.flatMap((site) => htmlFiles(site.outDir).map((file) => readPage(site, file)('meta[http-equiv="content-security-policy"]').attr('content') ?? '')),
);

describe('the CSP header of every recipe', () => {
  it('is built from the one policy every page of both builds carries', () => {
    expect([...metaPolicies]).toHaveLength(1);
    expect([...metaPolicies][0]).toContain("script-src 'self'");
  });

  const recipes = Object.entries(recipeCsps()).map(([file, current]) => [path.relative(projectRoot, file), file, current] as const);
  it.each(recipes)('%s sends the pages’ policy plus frame-ancestors', async (_name, file, current) => {
    const expected = headerCsp([...metaPolicies][0]!);
    expect(current, `no Content-Security-Policy found in ${file}`).toBeDefined();
    const text = readFileSync(file, 'utf8');
    await expect(text.split(current!).join(expected)).toMatchFileSnapshot(
      file,
      `${path.basename(file)} has another CSP than the built pages; rewrite it with -u (see this test's header)`,
    );
  });
});
