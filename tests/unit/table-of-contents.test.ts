import { describe, expect, it } from 'vitest';
import { MIN_TOC_HEADINGS, tableOfContents } from '../../src/reader/table-of-contents.ts';
import { renderBody } from '../../src/body/render-body.ts';

const headingsOf = (body: string) => renderBody(body, 'a.mdx').headings;

describe('tableOfContents()', () => {
  it(`lists the ## and ### headings as two levels once there are ${MIN_TOC_HEADINGS}, with the ids the body gives them`, () => {
    expect(tableOfContents(headingsOf('## 硅谷\n\n正文。\n\n### AI 出海\n\n正文。\n\n## 东南亚\n\n#### 不列出\n\n正文。'))).toEqual([
      { id: '硅谷', text: '硅谷', children: [{ id: 'ai-出海', text: 'AI 出海', children: [] }] },
      { id: '东南亚', text: '东南亚', children: [] },
    ]);
  });

  it('gives none to an article with fewer subheadings', () => {
    expect(tableOfContents(headingsOf('## 硅谷\n\n正文。\n\n## 东南亚\n\n#### 小节\n\n正文。'))).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });

  it('keeps a ### heading before any ## heading at the first level', () => {
    expect(tableOfContents(headingsOf('### 引子\n\n## 一\n\n## 二')).map((item) => item.id)).toEqual(['引子', '一', '二']);
  });
});
