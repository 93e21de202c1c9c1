/**
 * Loads the Pagefind bundle on demand, from under the deploy base. The bundle is written
 * by the build, not bundled by Vite, so it is imported by URL.
 */
import { url, paths } from '../lib/urls.ts';
import { HIGHLIGHT_PARAM } from '../lib/search.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<PagefindSearch>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= import(/* @vite-ignore */ url(`${paths.pagefind()}pagefind.js`)).then(async (pagefind: PagefindApi) => {
    await pagefind.options({ baseUrl: url(), highlightParam: HIGHLIGHT_PARAM });
    return pagefind;
  });
  return loading;
}
