import { describe, expect, it } from 'vitest';
import { autospaceSplit } from '../../src/reader/autospace.ts';

describe('autospaceSplit', () => {
  it('cuts at each boundary between Han and Latin letters or digits', () => {
    expect(autospaceSplit('2023年,ChatGPT的横空出世')).toEqual(['2023', '年,ChatGPT', '的横空出世']);
    expect(autospaceSplit('投资比重40%。')).toEqual(['投资比重', '40%。']);
    expect(autospaceSplit('《AI3.0》中')).toEqual(['《AI3.0》中']);
  });

  it('leaves text without such a boundary in one piece', () => {
    expect(autospaceSplit('世界并不总是平的')).toEqual(['世界并不总是平的']);
    expect(autospaceSplit('Palo Alto')).toEqual(['Palo Alto']);
    expect(autospaceSplit('')).toEqual(['']);
  });

  it('never changes the text', () => {
    const text = '梅拉妮·马歇尔在著作《AI3.0》中,描述人工智能领域5到10年的周期循环。𠀀A';
    expect(autospaceSplit(text).join('')).toBe(text);
  });
});
