/** Pure helpers for the search UI: reading the URL and rendering Pagefind excerpts safely. */

/** The query in a search page URL (`?q=`), trimmed; empty when absent. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Pagefind excerpts are escaped text with <mark> around matches. We turn them into plain
 * segments so the page inserts them with textContent: no markup from the index is ever
 * parsed as HTML, whatever it contains.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      // Any other tag-like text is dropped rather than trusted.
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, marked });
    }
  }
  return segments;
}

/** Pagefind dates are stored as YYYY-MM-DD metadata; parse them as calendar dates (UTC). */
export function parseMetaDate(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
