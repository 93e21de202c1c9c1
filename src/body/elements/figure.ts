/**
 * The markup of a picture the archive does not hold: a placeholder that says so, then the
 * original's caption and credit. One builder serves body figures (rendered with the body,
 * src/body/render-body.ts), lead images and the image lines of briefs.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { t } from '../../site/strings.ts';

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

/** Where the original opened a section with an uncaptioned picture: the break stays, the picture is not archived. */
export function sectionBreak(): Element {
  return h('div', { className: ['section-break'], dataPagefindIgnore: true }, [h('hr'), h('p', t.figure.sectionBreak)]);
}
