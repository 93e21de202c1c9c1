/** <SectionBreak />: where the original opened a section with an uncaptioned picture; the break stays, the picture is not archived. */
import { h } from 'hastscript';
import { t } from '../../site/strings.ts';
import { defineBodyComponent } from '../body-component.ts';

export const SectionBreak = defineBodyComponent({
  name: 'SectionBreak',
  attributes: {},
  markup: { div: ['className', 'dataPagefindIgnore'], hr: [], p: [] },
  // The note is the site's, not the article's: kept out of the search index.
  render: () => h('div', { className: ['section-break'], dataPagefindIgnore: true }, [h('hr'), h('p', t.figure.sectionBreak)]),
});
