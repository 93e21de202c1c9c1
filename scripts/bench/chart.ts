/**
 * The bench's chart: build time against entries, one line per build, as a hand-written SVG
 * (a few dozen elements; no charting library needed). Readable embedded in a Markdown page in
 * either theme: its colours follow prefers-color-scheme, and each line also differs by its
 * dash and marker, so none depends on colour alone. <title> and <desc> (which lists every
 * figure) are what a screen reader gets.
 */

export interface ChartSeries {
  label: string;
  /** [entries, milliseconds], in any order; NaN times are left out. */
  points: [number, number][];
}

const WIDTH = 720;
const HEIGHT = 440;
const MARGIN = { top: 24, right: 24, bottom: 56, left: 72 };
const LEGEND_ROW = 22;
/** Light and dark colours per series (each at least 3:1 against its background), dash, marker. */
const STYLES = [
  { light: '#1f5fa8', dark: '#7fb3f0', dash: '', marker: 'circle' },
  { light: '#b34700', dark: '#f5a25d', dash: '8 4', marker: 'square' },
  { light: '#2b7a3b', dark: '#7bd68c', dash: '2 4', marker: 'diamond' },
  { light: '#8a2d8f', dark: '#e19be6', dash: '12 4 2 4', marker: 'triangle' },
  { light: '#6b5a00', dark: '#e3cc55', dash: '4 2', marker: 'cross' },
] as const;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** 1, 2 or 5 times a power of ten, so that about `count` ticks cover 0..max. */
function tickStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= raw) ?? raw;
}

function marker(kind: string, x: number, y: number, index: number): string {
  const cls = `class="s${index} mark"`;
  if (kind === 'square') return `<rect ${cls} x="${x - 4}" y="${y - 4}" width="8" height="8"/>`;
  if (kind === 'diamond') return `<path ${cls} d="M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z"/>`;
  if (kind === 'cross') return `<path class="s${index} line" d="M${x - 5} ${y - 5}l10 10m0 -10l-10 10"/>`;
  if (kind === 'triangle') return `<path ${cls} d="M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z"/>`;
  return `<circle ${cls} cx="${x}" cy="${y}" r="4"/>`;
}

export function benchChart(title: string, allSeries: ChartSeries[]): string {
  const series = allSeries
    .map((line) => ({ ...line, points: line.points.filter(([, ms]) => Number.isFinite(ms)).sort(([a], [b]) => a - b) }))
    .filter((line) => line.points.length > 0)
    .slice(0, STYLES.length);
  const legendHeight = series.length * LEGEND_ROW + 8;
  const plot = { x: MARGIN.left, y: MARGIN.top + legendHeight, width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - legendHeight - MARGIN.bottom };
  const points = series.flatMap((line) => line.points);
  const maxEntries = Math.max(1, ...points.map(([entries]) => entries));
  const maxSeconds = Math.max(1, ...points.map(([, ms]) => ms / 1000));
  const xStep = tickStep(maxEntries, 5);
  const yStep = tickStep(maxSeconds, 5);
  const xMax = Math.ceil(maxEntries / xStep) * xStep;
  const yMax = Math.ceil(maxSeconds / yStep) * yStep;
  const x = (entries: number) => +(plot.x + (entries / xMax) * plot.width).toFixed(1);
  const y = (ms: number) => +(plot.y + plot.height - (ms / 1000 / yMax) * plot.height).toFixed(1);

  const grid: string[] = [];
  for (let value = 0; value <= yMax + 1e-9; value += yStep) {
    const at = y(value * 1000);
    grid.push(`<line class="grid" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${at}" y2="${at}"/>`, `<text x="${plot.x - 8}" y="${at + 4}" text-anchor="end">${+value.toFixed(3)}</text>`);
  }
  for (let value = 0; value <= xMax + 1e-9; value += xStep) {
    const at = x(value);
    grid.push(`<line class="axis" x1="${at}" x2="${at}" y1="${plot.y + plot.height}" y2="${plot.y + plot.height + 5}"/>`, `<text x="${at}" y="${plot.y + plot.height + 20}" text-anchor="middle">${value.toLocaleString('en-US')}</text>`);
  }
  const lines = series.map((line, index) => {
    const style = STYLES[index]!;
    const d = line.points.map(([entries, ms], i) => `${i === 0 ? 'M' : 'L'}${x(entries)} ${y(ms)}`).join('');
    const marks = line.points.map(([entries, ms]) => marker(style.marker, x(entries), y(ms), index)).join('');
    return `<path class="s${index} line" d="${d}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>${marks}`;
  });
  const legend = series.map((line, index) => {
    const style = STYLES[index]!;
    const top = MARGIN.top + index * LEGEND_ROW;
    return `<path class="s${index} line" d="M${plot.x} ${top + 6}h32"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>${marker(style.marker, plot.x + 16, top + 6, index)}<text x="${plot.x + 42}" y="${top + 10}">${escapeXml(line.label)}</text>`;
  });
  const description = series.map((line) => `${line.label}: ${line.points.map(([entries, ms]) => `${entries.toLocaleString('en-US')} entries ${seconds(ms)}`).join(', ')}`).join('. ');
  const colours = (theme: 'light' | 'dark') => series.map((_, index) => `.s${index}{stroke:${STYLES[index]![theme]}}.s${index}.mark{fill:${STYLES[index]![theme]}}`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc">
<title id="chart-title">${escapeXml(title)}</title>
<desc id="chart-desc">${escapeXml(`Build time in seconds against the number of entries. ${description}.`)}</desc>
<style>
svg{font:13px system-ui,sans-serif;color-scheme:light dark}
.bg{fill:#fff}text{fill:#222}.grid{stroke:#ddd}.axis{stroke:#555}
.line{fill:none;stroke-width:2.5}${colours('light')}
@media (prefers-color-scheme: dark){.bg{fill:#0d1117}text{fill:#e6e6e6}.grid{stroke:#3a3f47}.axis{stroke:#aaa}${colours('dark')}}
</style>
<rect class="bg" width="${WIDTH}" height="${HEIGHT}"/>
${grid.join('\n')}
<line class="axis" x1="${plot.x}" x2="${plot.x + plot.width}" y1="${plot.y + plot.height}" y2="${plot.y + plot.height}"/>
<line class="axis" x1="${plot.x}" x2="${plot.x}" y1="${plot.y}" y2="${plot.y + plot.height}"/>
<text x="${plot.x + plot.width / 2}" y="${HEIGHT - 12}" text-anchor="middle">entries</text>
<text transform="translate(18 ${plot.y + plot.height / 2}) rotate(-90)" text-anchor="middle">build time (s)</text>
${lines.join('\n')}
${legend.join('\n')}
</svg>
`;
}
