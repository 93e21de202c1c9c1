/** The entries to index, newest first (INDEX_ORDER): scripts/build.ts cuts them into search bundles, then removes this file. */
import { getCatalog } from '../content/collection.ts';

export async function GET() {
  const { entries } = await getCatalog();
  return new Response(JSON.stringify(entries.map((entry) => entry.id)), { headers: { 'content-type': 'application/json' } });
}
