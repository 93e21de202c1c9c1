/**
 * The widths photos are encoded at, and the boxes small photos are cropped to, in CSS pixels
 * (src/styles/global.css sets the same): here, apart from the image pipeline
 * (src/body/photo-markup.ts), so the search page's script can size a thumbnail and tests can
 * encode a photo as the site does.
 */

/** Widths to encode; each photo gets those below its own width, then its width (at most the last). */
const WIDTHS = [360, 720, 1080, 1440, 1920];

export function photoWidths(width: number): number[] {
  const top = Math.min(width, WIDTHS.at(-1)!);
  return [...WIDTHS.filter((candidate) => candidate < top), top];
}

/** A list's thumbnail (src/components/EntryTeaser.astro; search results through src/search/PagefindMeta.astro): 3:2, beside the title. */
export const TEASER_THUMBNAIL = { width: 120, height: 80 } as const;

/** The photo at the top of an author's page (src/components/AuthorProfile.astro). */
export const PROFILE_PHOTO = { width: 96, height: 96 } as const;
