/** Excerpts are lines of text, with image-credit lines where an image stood. */
export type ExcerptBlock = string | { imageCredit: string };

export function isImageCredit(block: ExcerptBlock): block is { imageCredit: string } {
  return typeof block !== 'string';
}

/** The prose lines of an excerpt, without image credits (for lists and feeds). */
export function excerptLines(blocks: readonly ExcerptBlock[] = []): string[] {
  return blocks.filter((block): block is string => !isImageCredit(block));
}

/** What a list shows under a title: the entry's excerpt, else its summary. */
export function teaserLines(data: { excerpt?: readonly ExcerptBlock[] | undefined; summary?: readonly string[] | undefined }): string[] {
  const lines = excerptLines(data.excerpt);
  return lines.length > 0 ? lines : [...(data.summary ?? [])];
}
