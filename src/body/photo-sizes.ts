/**
 * The boxes small photos are cropped to, in CSS pixels (src/styles/global.css sets the same):
 * here, apart from the image pipeline, so the search page's script can size a thumbnail too.
 */

/** A list's thumbnail (src/components/EntryTeaser.astro; search results through src/search/PagefindMeta.astro): 3:2, beside the title. */
export const TEASER_THUMBNAIL = { width: 120, height: 80 } as const;

/** The photo at the top of an author's page (src/components/AuthorProfile.astro). */
export const PROFILE_PHOTO = { width: 96, height: 96 } as const;
