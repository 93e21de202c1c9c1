/** Bodies as the article pages render them, read with a real HTML parser. */
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/body/render-body.ts';
import { bodyHtml as html } from '../support/body-check.ts';

describe('renderBody()', () => {
  it('keeps a single tilde as a range, GFM otherwise on, in MDX and Markdown', () => {
    for (const file of ['a.mdx', 'a.md']) {
      const $ = html('营收20亿~30亿元，~~旧数字~~。\n\n| 公司 | 营收 |\n| --- | --- |\n| 甲 | 1 |', file);
      expect($('p').text()).toBe('营收20亿~30亿元，旧数字。');
      expect($('del').text()).toBe('旧数字');
      expect($('table td').map((_, cell) => $(cell).text()).get()).toEqual(['甲', '1']);
    }
  });

  it('renders HTML tags with their attributes and drops the editors’ comments', () => {
    const $ = html('{/* 编辑备注 */}\n\n第一行<br />第二行，<abbr title="人工智能">AI</abbr>，面积10<sup>2</sup>');
    expect($.root().children()).toHaveLength(1);
    expect($('p br')).toHaveLength(1);
    expect($('abbr').attr('title')).toBe('人工智能');
    expect($('sup').text()).toBe('2');
    expect($.text()).not.toContain('编辑备注');
    expect(html('第一行<br>第二行，<abbr title="人工智能">AI</abbr>', 'a.md')('abbr').attr('title')).toBe('人工智能');
  });

  it('gives headings the ids Astro gives them', () => {
    expect(html('## 硅谷的中心\n\n正文。\n\n## AI 出海')('h2').map((_, heading) => heading.attribs.id).get()).toEqual(['硅谷的中心', 'ai-出海']);
  });

  it('lists the headings with those ids, for the table of contents', () => {
    expect(renderBody('## 硅谷的中心\n\n正文。\n\n### **AI** 出海\n', 'a.mdx').headings).toEqual([
      { depth: 2, slug: '硅谷的中心', text: '硅谷的中心' },
      { depth: 3, slug: 'ai-出海', text: 'AI 出海' },
    ]);
  });

  it('refuses a component it does not know', () => {
    expect(() => renderBody('<Image src="a.jpg" />', 'a.mdx')).toThrow('未知组件 <Image>');
  });
});
