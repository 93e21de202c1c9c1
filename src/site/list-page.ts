/** Titles of paginated lists (home, tags, sources). */
import { t } from './strings.ts';
import { fill } from './fill.ts';

/** The list's own title on page 1, numbered after it, so every page has a title of its own. */
export function listPageTitle(title: string, page: number): string {
  return page > 1 ? fill(t.pagination.title, { title, n: page }) : title;
}
