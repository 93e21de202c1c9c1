/**
 * Han characters, defined once for everything that treats Chinese text apart: reading time,
 * search queries and the Han–Latin gap. `\p{Script=Han}` covers both scripts' characters
 * and the CJK extensions, so Traditional text is Han too.
 */
const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** True when the text holds at least one Han character (a single character is the usual case). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** The runs of two or more Han characters in a text, in order. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}
