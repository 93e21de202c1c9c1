/** Which entries go into which bundle of the search index (BUNDLE_PLAN): read by scripts/build.ts, which then removes it. */
import { getCatalog } from '../data/catalog.ts';
import { bundleSize, searchBundles } from '../lib/search-bundles.ts';

export async function GET() {
  const { entries } = await getCatalog();
  const bundles = searchBundles(
    entries.map((entry) => entry.id),
    bundleSize(process.env.SEARCH_BUNDLE_SIZE),
  );
  return new Response(JSON.stringify(bundles), { headers: { 'content-type': 'application/json' } });
}
