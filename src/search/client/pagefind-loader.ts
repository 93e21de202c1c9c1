/**
 * Loads the Pagefind bundle on demand, from under the deploy base. The bundle is written
 * by the build, not bundled by Vite, so it is imported by URL. It indexes the newest
 * entries; older bundles are merged in by `widenSearch` (src/search/search-bundles.ts).
 */
import { url, paths } from '../../site/urls.ts';
import { HIGHLIGHT_PARAM } from '../search-state.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  /** Relevance; comparable across merged bundles (with a sort option, a bundle's own rank instead). */
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<PagefindSearch>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

const OPTIONS = { baseUrl: url(), highlightParam: HIGHLIGHT_PARAM };

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* @vite-ignore */ url(`${paths.pagefind()}pagefind.js`)).then(async (pagefind: PagefindApi) => {
    await pagefind.options(OPTIONS);
    return pagefind;
  });
  return loading;
}

let olderBundles: Promise<string[]> | undefined;
let widening: Promise<boolean> = Promise.resolve(true);
let merged = 0;

function listOlderBundles(): Promise<string[]> {
  olderBundles ??= fetch(url(paths.olderSearchBundles())).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json() as Promise<string[]>;
  });
  // A failed list is fetched again next time rather than failing every later search.
  return olderBundles.catch((error: unknown) => {
    olderBundles = undefined;
    throw error;
  });
}

/** Whether some older bundle is not yet part of the search. */
export async function hasUnsearchedBundles(): Promise<boolean> {
  await widening.catch(() => undefined);
  return (await listOlderBundles()).length > merged;
}

/**
 * Adds the next older bundle to every later search. Resolves false when every bundle is
 * already searched. Calls run one after another, so no bundle is merged twice.
 */
export function widenSearch(): Promise<boolean> {
  const step = async () => {
    const pagefind = await loadPagefind();
    const next = (await listOlderBundles())[merged];
    if (next === undefined) return false;
    await pagefind.mergeIndex(url(next), OPTIONS);
    merged++;
    return true;
  };
  widening = widening.then(step, step);
  return widening;
}
