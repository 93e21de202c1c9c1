/**
 * The `cacheKey` each dynamic route returns from `getStaticPaths()` for Astro's incremental
 * build (`experimental.incrementalBuild`): a page is skipped when its key and the hash of its
 * code are those of the previous build. So the key is a digest of all the data the page shows
 * (its props, and anything else it reads), never of code, which Astro hashes itself.
 */
import { createHash } from 'node:crypto';

/** A digest of `shown`, as JSON (functions, which are code, drop out). */
export function cacheKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

/** Each static path with the key of its params and props, for a route whose pages show only those. */
export function withCacheKeys<Path extends { params: unknown; props?: unknown }>(staticPaths: Path[]): (Path & { cacheKey: string })[] {
  return staticPaths.map((staticPath) => ({ ...staticPath, cacheKey: cacheKey([staticPath.params, staticPath.props]) }));
}
