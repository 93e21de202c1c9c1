import { describe, expect, it } from 'vitest';
import { HAN_CHARACTERS_PER_MINUTE, countText, readingMinutes } from '../../src/body/reading-time.ts';
import { renderBody } from '../../src/body/render-body.ts';

describe('countText()', () => {
  it('counts Han characters and Latin words separately, ignoring punctuation', () => {
    expect(countText('ChatGPT的横空出世,让大模型成为“顶流”。')).toEqual({ han: 13, latinWords: 1 });
    expect(countText('Palo Alto的foothill公园 2023年')).toEqual({ han: 4, latinWords: 4 });
  });
});

describe('readingMinutes()', () => {
  it('is zero for empty text and at least one minute otherwise', () => {
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('短。')).toBe(1);
  });

  it('uses the documented character rate', () => {
    const text = '字'.repeat(HAN_CHARACTERS_PER_MINUTE * 10);
    expect(readingMinutes(text)).toBe(10);
  });
});

describe('reading time of a rendered body', () => {
  it('times the words of a body, not its component attributes, comments or markers', () => {
    const words = '字'.repeat(HAN_CHARACTERS_PER_MINUTE * 2);
    const timed = (body: string) => renderBody(body, 'a.mdx').readingMinutes;
    expect(timed(`> ${words}`)).toBe(2);
    const padded = `{/* ${words} */}\n\n## **${words}**\n\n<Figure caption="${words}" />\n\n[${words}](https://example.org/${'a'.repeat(50)})`;
    expect(timed(padded)).toBe(4);
  });
});
