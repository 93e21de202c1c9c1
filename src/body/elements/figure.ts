/**
 * <Figure>: a picture of the original that the archive does not hold. Its markup is a
 * placeholder that says so, then the original's caption and credit; the one builder
 * serves body figures, lead images (src/components/LeadImage.astro) and the image lines of
 * briefs (src/components/Excerpt.astro).
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { t } from '../../site/strings.ts';
import { defineBodyComponent } from '../body-component.ts';

export interface FigureParts {
  caption?: string | undefined;
  credit?: string | undefined;
  /** The article's lead image (题图), set closer to the headline. */
  lead?: boolean;
}

export function figure({ caption, credit, lead = false }: FigureParts): Element {
  return h('figure', { className: lead ? ['figure', 'figure--lead'] : ['figure'] }, [
    // The placeholder's words are the site's, not the article's: kept out of the search index.
    h('div', { className: ['image-placeholder'], dataPagefindIgnore: true }, [h('span', lead ? t.figure.missingLead : t.figure.missing)]),
    caption || credit ? h('figcaption', [caption ?? '', credit ? h('span', { className: ['figure__credit'] }, t.figure.credit + credit) : '']) : '',
  ]);
}

export function figureHtml(parts: FigureParts): string {
  return toHtml(figure(parts));
}

export const Figure = defineBodyComponent({
  name: 'Figure',
  attributes: {
    caption: { label: '图片说明', required: true, example: '谷歌湾区总部' },
    credit: { label: '图源', example: '受访人邱谆提供' },
  },
  markup: { figure: ['className'], div: ['className', 'dataPagefindIgnore'], span: ['className'], figcaption: [] },
  render: ({ caption, credit }) => figure({ caption, credit }),
});
