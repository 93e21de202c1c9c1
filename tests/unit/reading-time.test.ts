import { describe, expect, it } from 'vitest';
import { HAN_CHARACTERS_PER_MINUTE, countText, mdxPlainText, readingMinutes } from '../../src/lib/reading-time.ts';

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

describe('mdxPlainText()', () => {
  it('drops components, imports and Markdown markers but keeps the words', () => {
    const body = "import X from './x';\n\n> “引语。”\n\n正文**重点**。\n\n<Figure caption=\"图\" />\n\n## 小标题";
    const plain = mdxPlainText(body);
    expect(plain).not.toContain('import');
    expect(plain).not.toContain('Figure');
    expect(plain).toContain('“引语。”');
    expect(plain).toContain('正文重点。');
    expect(plain).toContain('小标题');
    expect(plain).not.toMatch(/[>#*]/);
  });
});
