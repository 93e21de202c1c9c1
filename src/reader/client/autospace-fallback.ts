/**
 * The Han–Latin gap for browsers without CSS `text-autospace`: each
 * piece after a boundary goes into a span with a small start margin. Only elements are
 * added, never characters, so copied text stays as written; the search index is built
 * from the HTML before this runs.
 */
import { autospaceSplit } from '../autospace.ts';

const SKIP = 'script, style, textarea, code, pre, .autospace';

export function autospace(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const [first, ...rest] = autospaceSplit(node.data);
    if (rest.length === 0) continue;
    const pieces = rest.map((text) => {
      const span = document.createElement('span');
      span.className = 'autospace';
      span.textContent = text;
      return span;
    });
    node.replaceWith(first!, ...pieces);
  }
}
