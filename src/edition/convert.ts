/**
 * Simplified → Traditional text conversion with OpenCC's dictionaries (opencc-js), shared by the
 * build and the browser. Pinned phrases (src/site.config.ts) are converted one character at a time,
 * so a name keeps its own characters instead of taking a regional phrase (英伟达 → 英偉達, not 輝達).
 *
 * The conversion is OpenCC's, as opencc-js's `ConverterBuilder` does it (normalise, split into the
 * longest dictionary words, convert each word through the chain of dictionaries), with the same
 * dictionaries and the same longest-match rule, run here because the library's own walk was most
 * of the Traditional edition's build time (docs/benchmarks.md). What differs is only how: a key's
 * first character is found in a table, the text between two words (where no word starts) has only
 * its characters replaced, and each dictionary word is converted once.
 * tests/unit/traditional-conversion.test.ts holds the two to the same output.
 */
import { ConverterBuilder, type DictGroup, type DictLike } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import type { TraditionalVariant } from './editions.ts';

export type Convert = (text: string) => string;

/** An OpenCC configuration as the preset has it (its types leave out the normalisation chain). */
interface OpenccConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

interface TrieNode {
  value: string | undefined;
  next: Map<number, TrieNode>;
}

/**
 * A dictionary group's keys as a trie, whose first level is also kept in a table by BMP code
 * point: most characters are looked up there and go no further. The table is one slot per BMP
 * code point, for each dictionary group, in the browser too.
 */
interface Dictionary {
  root: TrieNode;
  first: (TrieNode | undefined)[];
}

const BMP = 0x10000;
/** How many UTF-16 units a code point takes. */
const width = (point: number) => (point < BMP ? 1 : 2);

function entries(dict: DictLike): (readonly [string, string])[] {
  return typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : [...dict];
}

/** A group's dictionaries in one trie; where two hold a key, the first one's value wins, as in opencc-js. */
function dictionaryOf(group: readonly DictLike[]): Dictionary {
  const root: TrieNode = { value: undefined, next: new Map() };
  for (const dict of [...group].reverse()) {
    for (const [key, value] of entries(dict)) {
      let node = root;
      for (const character of key) {
        const point = character.codePointAt(0)!;
        let next = node.next.get(point);
        if (!next) node.next.set(point, (next = { value: undefined, next: new Map() }));
        node = next;
      }
      node.value = value;
    }
  }
  const first = Array.from({ length: BMP }, (_, point) => root.next.get(point));
  return { root, first };
}

const firstNode = (dictionary: Dictionary, point: number) => (point < BMP ? dictionary.first[point] : dictionary.root.next.get(point));

/** Where the longest key starting with `node` (the key's first character, at `start`) ends, 0 if none, and its value. */
function longestKey(node: TrieNode, text: string, start: number, found: { value: string }): number {
  let end = 0;
  for (let index = start; ; ) {
    index += width(text.codePointAt(index)!);
    if (node.value !== undefined) {
      end = index;
      found.value = node.value;
    }
    if (index >= text.length) break;
    const next = node.next.get(text.codePointAt(index)!);
    if (!next) break;
    node = next;
  }
  return end;
}

const asIs = (text: string) => text;

/**
 * Each longest key replaced, left to right (opencc-js's `Trie.convert`): by its value, or by what
 * `word` makes of the key at `start`; the text between keys as `between` makes it.
 */
function replaceKeys(dictionary: Dictionary, text: string, word?: (start: number, end: number) => string, between = asIs): string {
  const found = { value: '' };
  let converted = '';
  let kept = 0;
  for (let index = 0; index < text.length; ) {
    const point = text.codePointAt(index)!;
    const node = firstNode(dictionary, point);
    const end = node ? longestKey(node, text, index, found) : 0;
    if (end) {
      if (kept < index) converted += between(text.slice(kept, index));
      converted += word ? word(index, end) : found.value;
      index = kept = end;
    } else index += width(point);
  }
  return kept ? (kept < text.length ? converted + between(text.slice(kept)) : converted) : between(text);
}

/** Each character that is a key replaced by its value: what `replaceKeys` does where no longer key can start. */
function replaceCharacters(dictionary: Dictionary, text: string): string {
  let converted = '';
  let kept = 0;
  for (let index = 0; index < text.length; ) {
    const point = text.codePointAt(index)!;
    const value = firstNode(dictionary, point)?.value;
    if (value !== undefined) {
      converted += text.slice(kept, index) + value;
      kept = index + width(point);
    }
    index += width(point);
  }
  return kept ? converted + text.slice(kept) : text;
}

/** Whether every key of `dictionary` longer than one character is also one of `words`'s keys. */
function longerKeysAreWords(dictionary: TrieNode, words: TrieNode | undefined, depth = 0): boolean {
  for (const [point, next] of dictionary.next) {
    const word = words?.next.get(point);
    if (depth > 0 && next.value !== undefined && word?.value === undefined) return false;
    if (!longerKeysAreWords(next, word, depth + 1)) return false;
  }
  return true;
}

/** Ideographic description characters (⿰氵青), which opencc-js passes over as whole sequences: such text is left to it. */
const DESCRIPTION_CHARACTER = /[\u2ff0-\u2fff]/;

function openccConverter(variant: TraditionalVariant): Convert {
  const config = (cn2t.configs as Record<string, OpenccConfig>)[`s2${variant}`]!;
  let opencc: Convert | undefined;
  const library = (text: string) => (opencc ??= ConverterBuilder(cn2t)({ from: 'cn', to: variant }))(text);
  const normalizing = (config.normalizationChain ?? []).map(dictionaryOf);
  const chain = config.conversionChain.map(dictionaryOf);
  const throughChain = (text: string, first = replaceKeys) => chain.reduce((result, step, index) => (index ? replaceKeys : first)(step, result), text);
  // As opencc-js reads it: a list of serialised dictionaries is a group, anything else one dictionary.
  const segmentationDicts = config.segmentation;
  const segmentation = dictionaryOf(Array.isArray(segmentationDicts) && segmentationDicts.every((dict) => typeof dict === 'string') ? (segmentationDicts as DictGroup) : segmentationDicts ? [segmentationDicts as DictLike] : []);
  // Between two words no word starts, so where the first step's longer keys are all words, it can only replace characters there.
  const betweenWords = chain[0] && longerKeysAreWords(chain[0].root, segmentation.root) ? replaceCharacters : replaceKeys;
  // Dictionary words repeat on every page; the text between them mostly does not.
  const words = new Map<string, string>();
  return (text) => {
    if (DESCRIPTION_CHARACTER.test(text)) return library(text);
    const normal = normalizing.reduce((result, step) => replaceKeys(step, result), text);
    const convertWord = (start: number, end: number) => {
      const word = normal.slice(start, end);
      let converted = words.get(word);
      if (converted === undefined) words.set(word, (converted = throughChain(word)));
      return converted;
    };
    return replaceKeys(segmentation, normal, convertWord, (between) => throughChain(between, betweenWords));
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function traditionalConverter(variant: TraditionalVariant, pinned: readonly string[]): Convert {
  const byPhrase = openccConverter(variant);
  const phrases = pinned.filter(Boolean);
  if (!phrases.length) return byPhrase;
  // Longest first, so a pinned phrase inside a longer pinned one does not split it.
  const pattern = new RegExp([...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');
  const byCharacter = (phrase: string) => Array.from(phrase, byPhrase).join('');
  return (text) => {
    // Most texts hold no pinned phrase, and the pattern's search costs more than the conversion.
    if (!phrases.some((phrase) => text.includes(phrase))) return byPhrase(text);
    let converted = '';
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      converted += byPhrase(text.slice(last, match.index)) + byCharacter(match[0]);
      last = match.index + match[0].length;
    }
    return last ? converted + byPhrase(text.slice(last)) : byPhrase(text);
  };
}
