/**
 * Reading time for Chinese text, from character count rather than word count
 * (Chinese has no spaces between words). Rates are documented in README.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countHan } from '../site/han.ts';

export const HAN_CHARACTERS_PER_MINUTE = 300;
export const LATIN_WORDS_PER_MINUTE = 200;

const LATIN_WORD = /[\p{Script=Latin}\d]+(?:[.'’-][\p{Script=Latin}\d]+)*/gu;

export interface TextCounts {
  han: number;
  latinWords: number;
}

export function countText(text: string): TextCounts {
  return {
    han: countHan(text),
    latinWords: text.match(LATIN_WORD)?.length ?? 0,
  };
}

/** Whole minutes, at least 1 for any non-empty text. */
export function readingMinutes(text: string): number {
  const { han, latinWords } = countText(text);
  const minutes = han / HAN_CHARACTERS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE;
  return han + latinWords === 0 ? 0 : Math.max(1, Math.round(minutes));
}

/** The words of a Markdown or MDX tree: its text, not component attributes, comments or imports. */
function bodyText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
  });
  return parts.join('\n');
}

/** A remark plugin that counts the minutes into the file's data, for src/body/render-body.ts. */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    file.data.readingMinutes = readingMinutes(bodyText(tree));
  };
}
