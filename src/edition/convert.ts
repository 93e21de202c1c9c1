/**
 * Simplified → Traditional text conversion with OpenCC (opencc-js), shared by the build and the
 * browser. Pinned phrases (src/site.config.ts) are converted one character at a time, so a name
 * keeps its own characters instead of taking a regional phrase (英伟达 → 英偉達, not 輝達).
 */
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import type { TraditionalVariant } from './editions.ts';

export type Convert = (text: string) => string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function traditionalConverter(variant: TraditionalVariant, pinned: readonly string[]): Convert {
  const byPhrase = ConverterBuilder(cn2t)({ from: 'cn', to: variant });
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
