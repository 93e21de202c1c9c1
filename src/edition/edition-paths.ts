/** Where each edition's pages are: the Traditional ones under zh-hant/. Imports nothing, so the header's switch script stays small. */
export const TRADITIONAL_PREFIX = 'zh-hant/';

/** Whether a path under the base ("zh-hant/articles/x/") belongs to the Traditional edition. */
export function isTraditionalPath(sitePath: string): boolean {
  return sitePath.startsWith(TRADITIONAL_PREFIX);
}

/** The same page in the other edition: "articles/x/" ⇄ "zh-hant/articles/x/". */
export function otherEditionPath(sitePath: string): string {
  return isTraditionalPath(sitePath) ? sitePath.slice(TRADITIONAL_PREFIX.length) : TRADITIONAL_PREFIX + sitePath;
}
