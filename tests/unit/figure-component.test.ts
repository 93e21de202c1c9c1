/** <Figure>: its markup (shared with lead images and briefs' image lines) and what the content check asks of it. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { figureHtml } from '../../src/body/elements/figure.ts';
import { t } from '../../src/site/strings.ts';
import { bodyErrors, bodyHtml } from '../support/body-check.ts';

const EXAMPLE = '例如 <Figure caption="谷歌湾区总部" credit="受访人邱谆提供" />';

describe('<Figure>', () => {
  it('renders as a placeholder with the caption and credit, kept out of the search index', () => {
    const $ = bodyHtml('<Figure caption="谷歌湾区总部 &amp; 园区" credit="受访人邱谆提供" />');
    expect($('figure.figure > .image-placeholder[data-pagefind-ignore]').text()).toBe(t.figure.missing);
    expect($('figure > figcaption').text()).toBe(`谷歌湾区总部 & 园区${t.figure.credit}受访人邱谆提供`);
    expect($('figcaption > .figure__credit').text()).toBe(`${t.figure.credit}受访人邱谆提供`);
  });

  it('renders without a credit', () => {
    const $ = bodyHtml('<Figure caption="旧金山海湾" />');
    expect($('figcaption').text()).toBe('旧金山海湾');
    expect($('.figure__credit')).toHaveLength(0);
  });

  it('is built by the same builder as the lead image, which says it is the lead', () => {
    const $ = load(figureHtml({ caption: '题图', credit: '视觉中国', lead: true }), null, false);
    expect($('figure.figure.figure--lead .image-placeholder').text()).toBe(t.figure.missingLead);
    expect($('figcaption').text()).toBe(`题图${t.figure.credit}视觉中国`);
    expect(bodyHtml('<Figure caption="题图" credit="视觉中国" />')('figure').html()).toBe($('figure').html()!.replace(t.figure.missingLead, t.figure.missing));
  });

  it('must have a caption, also when it has a credit; a blank caption is none', () => {
    expect(bodyErrors('<Figure />\n\n<Figure credit="受访人提供" />\n\n<Figure caption=" " credit="图源" />\n\n<Figure caption />')).toEqual([
      `content/articles/a.mdx:8: \`<Figure>\`：缺少图片说明（caption），${EXAMPLE}`,
      `content/articles/a.mdx:10: \`<Figure>\`：有图源（credit）也必须有图片说明（caption），${EXAMPLE}`,
      `content/articles/a.mdx:12: \`<Figure>\`：有图源（credit）也必须有图片说明（caption），${EXAMPLE}`,
      `content/articles/a.mdx:14: \`<Figure>\`：缺少图片说明（caption），${EXAMPLE}`,
    ]);
  });

  it('takes only its own attributes, suggesting the closest for a typo', () => {
    expect(bodyErrors('<Figure captoin="说明" />\n\n<Figure caption="说明" src="a.jpg" />')).toEqual([
      'content/articles/a.mdx:8: `<Figure>`：未知属性 `captoin`，是否应为 `caption`？',
      `content/articles/a.mdx:8: \`<Figure>\`：缺少图片说明（caption），${EXAMPLE}`,
      'content/articles/a.mdx:10: `<Figure>`：未知属性 `src`，<Figure> 可用的属性有：caption、credit',
    ]);
  });

  it('refuses an empty credit and text inside the tag, which would be lost', () => {
    expect(bodyErrors('<Figure caption="说明" credit="" />\n\n<Figure caption="说明">图片下的文字</Figure>')).toEqual([
      'content/articles/a.mdx:8: `<Figure>`：图源（credit）不能为空，例如 credit="受访人邱谆提供"；不需要时请删去这个属性',
      `content/articles/a.mdx:10: \`<Figure>\`：<Figure> 里面不能写内容，请写成一个标签，${EXAMPLE}`,
    ]);
  });
});
