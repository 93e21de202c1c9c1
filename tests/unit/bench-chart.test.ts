/** The bench's SVG chart (scripts/bench/chart.ts): accessible, one line per build with data, readable in both themes. */
import { expect, it } from 'vitest';
import { benchChart } from '../../scripts/bench/chart.ts';

const svg = benchChart('Build time <2 cores>', [
  { label: 'ours, cold', points: [[10_000, 240_000], [1_000, 30_000]] },
  { label: 'Hugo + Pagefind', points: [[1_000, 20_000], [10_000, Number.NaN]] },
  { label: 'never built', points: [] },
]);

it('has an escaped title and a description naming every figure', () => {
  expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-title chart-desc"/);
  expect(svg).toContain('<title id="chart-title">Build time &lt;2 cores&gt;</title>');
  expect(svg).toContain('ours, cold: 1,000 entries 30.0 s, 10,000 entries 240.0 s. Hugo + Pagefind: 1,000 entries 20.0 s.');
});

it('draws a line per series with points, sorted by entries, and a legend entry for each', () => {
  const lines = [...svg.matchAll(/<path class="s(\d) line" d="([^"]*)"/g)].map((match) => [match[1], match[2]]);
  // Two series drawn, each as a line and a legend sample; the empty one is left out.
  expect(lines.map(([series]) => series)).toEqual(['0', '1', '0', '1']);
  const [, ours] = lines[0]!;
  const xs = [...ours!.matchAll(/[ML]([\d.]+) /g)].map((match) => Number(match[1]));
  expect(xs).toHaveLength(2);
  expect(xs[0]!).toBeLessThan(xs[1]!);
  expect(svg).not.toContain('never built');
  expect(svg).toContain('>entries</text>');
  expect(svg).toContain('>build time (s)</text>');
});

it('has colours for the dark theme as well as the light one', () => {
  expect(svg).toMatch(/@media \(prefers-color-scheme: dark\)\{[^}]*\.bg\{fill:#0d1117\}/);
});
