/**
 * Where clreq's Han–Latin gap goes, for browsers without CSS `text-autospace`: the text is
 * cut at every boundary between a Han character and a Latin letter or digit (either order).
 * The pieces join back to the exact input, so nothing is added to the text itself.
 */
import { hasHan } from '../site/han.ts';

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

function isBoundary(left: string, right: string): boolean {
  return (hasHan(left) && LATIN_OR_DIGIT.test(right)) || (LATIN_OR_DIGIT.test(left) && hasHan(right));
}

/** The text in pieces; every piece after the first starts right after a Han–Latin boundary. */
export function autospaceSplit(text: string): string[] {
  const characters = Array.from(text);
  const pieces: string[] = [];
  let current = '';
  characters.forEach((character, index) => {
    if (index > 0 && isBoundary(characters[index - 1]!, character)) {
      pieces.push(current);
      current = '';
    }
    current += character;
  });
  if (current || pieces.length === 0) pieces.push(current);
  return pieces;
}
