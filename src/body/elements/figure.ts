/**
 * <Figure>: a photo with its caption and credit. With `src` its markup holds a slot for the
 * photo, which the page fills with a <picture> from Astro's image pipeline
 * (src/body/photo-markup.ts: bodies are rendered outside Astro, in the content check's
 * threads); without it, a placeholder for a picture of the original that the archive does
 * not hold. The one builder serves body figures, lead images (src/components/LeadImage.astro)
 * and the image lines of briefs (src/components/Excerpt.astro).
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { t } from '../../site/strings.ts';
import { defineBodyComponent } from '../body-component.ts';

export interface FigureParts {
  /** The photo's file, relative to the entry's file, and its text for screen readers. */
  photo?: { src: string; alt: string } | undefined;
  /** Instead of a slot: the photo's markup already built (the lead image, rendered in the page). */
  media?: Element | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  /** The article's lead image (题图), set closer to the headline. */
  lead?: boolean;
}

/** The element a photo slot is, and its class: the page finds the slots by it (src/body/photo-markup.ts). */
export const PHOTO_SLOT = { tagName: 'img', className: 'photo-slot' } as const;

export function figure({ photo, media, caption, credit, lead = false }: FigureParts): Element {
  return h('figure', { className: lead ? ['figure', 'figure--lead'] : ['figure'] }, [
    media ??
    (photo
      ? h(PHOTO_SLOT.tagName, { className: [PHOTO_SLOT.className], dataPhotoSrc: photo.src, alt: photo.alt })
      : // The placeholder's words are the site's, not the article's: kept out of the search index.
        h('div', { className: ['image-placeholder'], dataPagefindIgnore: true }, [h('span', lead ? t.figure.missingLead : t.figure.missing)])),
    caption || credit ? h('figcaption', [caption ?? '', credit ? h('span', { className: ['figure__credit'] }, t.figure.credit + credit) : '']) : '',
  ]);
}

export function figureHtml(parts: FigureParts): string {
  return toHtml(figure(parts));
}

export const Figure = defineBodyComponent({
  name: 'Figure',
  attributes: {
    src: {
      label: '图片文件',
      example: './images/bay-area.jpg',
      format: { pattern: /^\.\.?\//, expected: '应为相对于本文的路径，以 ./ 开头' },
      needs: ['alt'],
      photo: true,
    },
    alt: { label: '替代文字', example: '谷歌湾区总部园区鸟瞰' },
    caption: { label: '图片说明', required: true, example: '谷歌湾区总部' },
    credit: { label: '图源', example: '受访人邱谆提供' },
  },
  markup: { figure: ['className'], div: ['className', 'dataPagefindIgnore'], span: ['className'], figcaption: [], img: ['className', 'dataPhotoSrc', 'alt'] },
  insteadOf: ['img', 'picture'],
  render: ({ src, alt, caption, credit }) => figure({ photo: src ? { src, alt: alt ?? '' } : undefined, caption, credit }),
});
