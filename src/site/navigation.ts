/** The site's main sections: the header's navigation, and the ways to browse where search cannot run. */
import { t } from './strings.ts';
import { paths, url } from './urls.ts';

export interface NavLink {
  label: string;
  href: string;
}

export function mainNavigation(): NavLink[] {
  return [
    { label: t.nav.home, href: url(paths.home()) },
    { label: t.nav.sources, href: url(paths.sources()) },
    { label: t.nav.tags, href: url(paths.tags()) },
  ];
}
