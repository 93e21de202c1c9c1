/** The 目录 of an article: its subheadings, when there are enough of them to need one. */
import type { MarkdownHeading } from '@astrojs/markdown-remark';

/** With fewer subheadings an article is scanned at a glance; a 目录 would only push the text down. */
export const MIN_TOC_HEADINGS = 3;

export interface TocItem {
  /** The heading's id, as the body gives it (src/body/render-body.ts). */
  id: string;
  text: string;
  /** The ### headings under a ## heading. */
  children: TocItem[];
}

/** The ## and ### headings as a two-level list, or nothing when there are fewer than MIN_TOC_HEADINGS. */
export function tableOfContents(headings: MarkdownHeading[]): TocItem[] {
  const subheadings = headings.filter(({ depth }) => depth === 2 || depth === 3);
  if (subheadings.length < MIN_TOC_HEADINGS) return [];
  const items: TocItem[] = [];
  for (const { depth, slug, text } of subheadings) {
    const item: TocItem = { id: slug, text: text.trim(), children: [] };
    const section = items.at(-1);
    if (depth === 3 && section) section.children.push(item);
    else items.push(item);
  }
  return items;
}
