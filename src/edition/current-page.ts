/** The page being rendered, as a site path under the base ("articles/x/", "" for the home page). */
export function currentSitePath(pageUrl: URL, base: string = __SITE_BASE__): string {
  return decodeURI(pageUrl.pathname).slice(base.length);
}
