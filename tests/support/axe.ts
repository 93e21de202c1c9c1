/** axe-core run inside a real page, on the WCAG 2.x A/AA rules plus axe's best practices. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../scripts/harness/site-harness.ts';

const AXE = path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * One line per violated rule and element, empty when axe finds nothing. `exclude` names
 * elements that are not the site's (`astro dev`'s toolbar).
 */
export async function axeViolations(page: Page, { exclude = [] }: { exclude?: string[] } = {}): Promise<string[]> {
  // The site's CSP blocks injected scripts: contexts for this use `bypassCSP: true`.
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async ({ tags, exclude }) => {
    type Axe = { run: (context: object, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(exclude.length ? { exclude } : document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, { tags: TAGS, exclude });
  return violations.flatMap(({ id, nodes }) => nodes.map((node) => `${id}: ${node.target.join(' ')}`));
}
