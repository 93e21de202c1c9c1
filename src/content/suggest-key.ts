/** "Did you mean …?" for editors' typos in field names. */
import { closest, distance } from 'fastest-levenshtein';

/**
 * The valid key closest to `input` (ignoring case), if it is close enough to be a typo:
 * at most two edits, or a third of the key's length for long keys.
 */
export function suggestKey(input: string, validKeys: readonly string[]): string | undefined {
  if (validKeys.length === 0) return undefined;
  const lower = input.toLowerCase();
  const byLower = new Map(validKeys.map((key) => [key.toLowerCase(), key]));
  const best = closest(lower, [...byLower.keys()]);
  return distance(lower, best) <= Math.max(2, Math.floor(lower.length / 3)) ? byLower.get(best) : undefined;
}
