/** <SectionBreak />: its markup and what the content check asks of it. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/site/strings.ts';
import { bodyErrors, bodyHtml } from '../support/body-check.ts';

describe('<SectionBreak>', () => {
  it('renders as a rule with its note, kept out of the search index', () => {
    const $ = bodyHtml('第一节。\n\n<SectionBreak />\n\n第二节。');
    expect($('.section-break[data-pagefind-ignore] > hr')).toHaveLength(1);
    expect($('.section-break > p').text()).toBe(t.figure.sectionBreak);
    expect(bodyErrors('<SectionBreak />')).toEqual([]);
  });

  it('takes no attributes and no content', () => {
    expect(bodyErrors('<SectionBreak caption="分节" />\n\n<SectionBreak>分节</SectionBreak>')).toEqual([
      'content/articles/a.mdx:8: `<SectionBreak>`：<SectionBreak> 不带属性，请删去 `caption`',
      'content/articles/a.mdx:10: `<SectionBreak>`：<SectionBreak> 里面不能写内容，请写成一个标签，例如 <SectionBreak />',
    ]);
  });
});
