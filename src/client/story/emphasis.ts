// Used in the browser: brings forward what a scene's step names in its chart (series, points,
// a stretch of the x-axis) and fades the rest, on the Chart.js instance the chart client drew.
// A separate function beside src/client/charts/charts.ts, which it does not change.
import type { Chart, ChartDataset } from 'chart.js';
import type { SceneEmphasis } from '../../lib/story/scene-state';
import { seriesStyle, rangePattern } from '../../lib/charts/style';
import { patternFill } from '../charts/canvas';

interface Original {
  colour: string;
  background: unknown;
  pointRadius: unknown;
}

const originals = new WeakMap<object, Original>();

/** A colour at a fifth of its strength on white; anything else (a pattern) becomes the grid grey. */
export function faded(colour: string, fallback: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  return hex === null ? fallback : `${colour.trim()}38`;
}

/** Index of the series each Chart.js dataset draws: bars of one series share its `stack`. */
function seriesIndexes(chart: Chart): number[] {
  const stacks: string[] = [];
  return chart.data.datasets.map((dataset, index) => {
    const stack = (dataset as { stack?: string }).stack;
    if (stack === undefined) return index;
    if (!stacks.includes(stack)) stacks.push(stack);
    return stacks.indexOf(stack);
  });
}

/** Applies one step's emphasis; `animate` false redraws at once (reduced motion, print). */
export function applyEmphasis(chart: Chart, emphasis: SceneEmphasis, animate: boolean, grid: string): void {
  const type = (chart.config as { type?: string }).type;
  const series = seriesIndexes(chart);
  chart.data.datasets.forEach((dataset: ChartDataset, index) => {
    const row = emphasis[series[index] ?? index] ?? [];
    const record = dataset as unknown as Record<string, unknown>;
    let original = originals.get(dataset);
    if (original === undefined) {
      original = {
        colour: String(record['borderColor']),
        background: record['backgroundColor'],
        pointRadius: record['pointRadius'],
      };
      originals.set(dataset, original);
    }
    const colour = original.colour;
    const dim = faded(colour, grid);
    const partial = row.includes(true) && row.includes(false);
    if (type === 'line') {
      const on = (at: number) => row[at] === true;
      record['borderColor'] = row.includes(true) ? colour : dim;
      record['segment'] = {
        borderColor: (ctx: { p0DataIndex: number; p1DataIndex: number }) =>
          on(ctx.p0DataIndex) && on(ctx.p1DataIndex) ? colour : dim,
      };
      record['pointBackgroundColor'] = row.map((value) => (value ? colour : dim));
      record['pointBorderColor'] = row.map((value) => (value ? colour : dim));
      record['pointRadius'] = row.map((value) => (value && partial ? 9 : (original.pointRadius as number)));
    } else {
      const style = seriesStyle(series[index] ?? index);
      const isRangePart = /\(bandbreedte\)$/.test(String(record['label']));
      const dimFill = patternFill(isRangePart ? rangePattern : style.pattern, dim);
      record['backgroundColor'] = row.map((value) => (value ? original.background : dimFill));
      record['borderColor'] = row.map((value) => (value ? colour : dim));
    }
  });
  chart.update(animate ? undefined : 'none');
}
