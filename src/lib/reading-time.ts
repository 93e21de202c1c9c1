/**
 * Reading time for Chinese text, from character count rather than word count
 * (Chinese has no spaces between words). Rates are documented in README.
 */
export const HAN_CHARACTERS_PER_MINUTE = 300;
export const LATIN_WORDS_PER_MINUTE = 200;

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[\p{Script=Latin}\d]+(?:[.'’-][\p{Script=Latin}\d]+)*/gu;

export interface TextCounts {
  han: number;
  latinWords: number;
}

export function countText(text: string): TextCounts {
  return {
    han: text.match(HAN)?.length ?? 0,
    latinWords: text.match(LATIN_WORD)?.length ?? 0,
  };
}

/** Whole minutes, at least 1 for any non-empty text. */
export function readingMinutes(text: string): number {
  const { han, latinWords } = countText(text);
  const minutes = han / HAN_CHARACTERS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE;
  return han + latinWords === 0 ? 0 : Math.max(1, Math.round(minutes));
}

/** Readable text of an MDX body: drops component tags, Markdown markers and imports. */
export function mdxPlainText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(?:>|#{1,6}|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '');
}
