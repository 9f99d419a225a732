// Used in the browser: fill patterns for bars and the overlay plugin that writes direct labels,
// values, marked stretches and reference lines on a chart's canvas.
import type { Chart, Plugin, Scale } from 'chart.js';
import type { Pattern } from '../../lib/charts/style';
import type { ChartOverlays, PointLabel } from '../../lib/charts/config';

const tile = 10;

/** A canvas fill for a bar: the series colour with a pattern, so that bars differ without colour. */
export function patternFill(pattern: Pattern, colour: string): string | CanvasPattern {
  if (pattern === 'solid') return colour;
  const canvas = document.createElement('canvas');
  canvas.width = tile;
  canvas.height = tile;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return colour;
  // The hatch of a range is colour on white; the other patterns are white on colour.
  ctx.fillStyle = pattern === 'hatch' ? '#ffffff' : colour;
  ctx.fillRect(0, 0, tile, tile);
  ctx.strokeStyle = pattern === 'hatch' ? colour : '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = pattern === 'hatch' ? 2 : 1.5;
  ctx.beginPath();
  if (pattern === 'dots') {
    ctx.arc(tile / 2, tile / 2, 1.8, 0, Math.PI * 2);
    ctx.fill();
  } else if (pattern === 'grid') {
    ctx.moveTo(tile / 2, 0);
    ctx.lineTo(tile / 2, tile);
    ctx.moveTo(0, tile / 2);
    ctx.lineTo(tile, tile / 2);
  } else if (pattern === 'stripes') {
    ctx.moveTo(0, tile / 2);
    ctx.lineTo(tile, tile / 2);
  } else {
    ctx.moveTo(0, tile);
    ctx.lineTo(tile, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(tile - 2, tile + 2);
    ctx.lineTo(tile + 2, tile - 2);
  }
  ctx.stroke();
  return ctx.createPattern(canvas, 'repeat') ?? colour;
}

function fontOf(overlays: ChartOverlays, weight = 400): string {
  const font = overlays.font();
  return `${weight} ${font.size}px ${font.family}`;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Writes one label with a halo in the paper colour, kept inside the canvas. A label that is
 * not `required` is left out where it would cover one written before (on a narrow chart, say);
 * the table under the chart always has every value.
 */
function writeLabel(
  chart: Chart,
  taken: Box[],
  label: {
    text: string;
    x: number;
    y: number;
    align: 'left' | 'center';
    baseline: 'bottom' | 'middle';
    colour: string;
    required?: boolean;
    /** Left out rather than moved when it would stick out of the plot area sideways. */
    inPlot?: boolean;
  },
  overlays: ChartOverlays,
): void {
  const { ctx } = chart;
  const width = ctx.measureText(label.text).width;
  const height = overlays.font().size;
  const wanted = label.align === 'left' ? label.x : label.x - width / 2;
  const { chartArea } = chart;
  if (label.inPlot === true && (wanted < chartArea.left || wanted + width > chartArea.right)) return;
  const left = Math.max(2, Math.min(wanted, chart.width - width - 2));
  const top = label.baseline === 'bottom' ? label.y - height : label.y - height / 2;
  const box = { left: left - 2, top, right: left + width + 2, bottom: top + height };
  if (label.required !== true && taken.some((other) => overlaps(box, other))) return;
  taken.push(box);
  ctx.textAlign = 'left';
  ctx.textBaseline = label.baseline;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4;
  ctx.strokeStyle = overlays.paper;
  ctx.strokeText(label.text, left, label.y);
  ctx.fillStyle = label.colour;
  ctx.fillText(label.text, left, label.y);
}

/** Where a label goes: the end of a bar, or a point; a gap sits at the start of the value axis. */
function anchor(chart: Chart, label: PointLabel, horizontal: boolean): { x: number; y: number } | undefined {
  const element = chart.getDatasetMeta(label.datasetIndex).data[label.index];
  const index = chart.scales[horizontal ? 'y' : 'x'];
  const value = chart.scales[horizontal ? 'x' : 'y'];
  if (element === undefined || index === undefined || value === undefined) return undefined;
  // The current position, so that labels travel with an animating bar or point.
  const { x, y } = element.getProps(['x', 'y']) as { x: number; y: number };
  if (Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  const along = index.getPixelForValue(label.index);
  const zero = value.getPixelForValue(0);
  return horizontal ? { x: zero, y: along } : { x: along, y: zero };
}

function drawBands(chart: Chart, overlays: ChartOverlays, index: Scale, taken: Box[]): void {
  const { ctx, chartArea } = chart;
  for (const band of overlays.bands) {
    const from = index.getPixelForValue(band.from);
    const to = index.getPixelForValue(band.to);
    ctx.save();
    ctx.fillStyle = overlays.band;
    ctx.strokeStyle = overlays.ink;
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    if (overlays.horizontal) {
      ctx.fillRect(chartArea.left, Math.min(from, to), chartArea.right - chartArea.left, Math.abs(to - from));
      for (const y of [from, to]) {
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
      }
    } else {
      ctx.fillRect(from, chartArea.top, to - from, chartArea.bottom - chartArea.top);
      for (const x of [from, to]) {
        ctx.moveTo(x, chartArea.top - 22);
        ctx.lineTo(x, chartArea.bottom);
      }
    }
    ctx.stroke();
    ctx.font = fontOf(overlays, 700);
    const place = overlays.horizontal
      ? { x: chartArea.left + 6, y: Math.min(from, to) - 4 }
      : { x: from + 6, y: chartArea.top - 6 };
    writeLabel(
      chart,
      taken,
      { text: band.label, ...place, align: 'left', baseline: 'bottom', colour: overlays.ink, required: true },
      overlays,
    );
    ctx.restore();
  }
}

function drawReferenceLines(chart: Chart, overlays: ChartOverlays, value: Scale, taken: Box[]): void {
  const { ctx, chartArea } = chart;
  for (const line of overlays.referenceLines) {
    const at = value.getPixelForValue(line.value);
    ctx.save();
    ctx.strokeStyle = overlays.ink;
    ctx.setLineDash([8, 5]);
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (overlays.horizontal) {
      ctx.moveTo(at, chartArea.top - 22);
      ctx.lineTo(at, chartArea.bottom);
    } else {
      ctx.moveTo(chartArea.left, at);
      ctx.lineTo(chartArea.right, at);
    }
    ctx.stroke();
    ctx.font = fontOf(overlays, 700);
    const place = overlays.horizontal
      ? { x: at + 6, y: chartArea.top - 6 }
      : { x: chartArea.left + 6, y: at - 6 };
    writeLabel(
      chart,
      taken,
      { text: line.label, ...place, align: 'left', baseline: 'bottom', colour: overlays.ink, required: true },
      overlays,
    );
    ctx.restore();
  }
}

function drawLabels(chart: Chart, overlays: ChartOverlays, taken: Box[]): void {
  const { ctx } = chart;
  ctx.save();
  // Names of lines first: where space is short, they win over numbers.
  ctx.font = fontOf(overlays, 700);
  for (const label of overlays.directLabels) {
    const at = anchor(chart, label, overlays.horizontal);
    if (at !== undefined)
      writeLabel(
        chart,
        taken,
        {
          text: label.text,
          x: at.x,
          y: at.y - 12,
          align: 'center',
          baseline: 'bottom',
          colour: label.colour,
          // The legend names every line too: a name that does not fit beside its line is left out.
          inPlot: true,
        },
        overlays,
      );
  }
  ctx.font = fontOf(overlays);
  const sideways = overlays.type === 'bar' && overlays.horizontal;
  for (const label of overlays.valueLabels) {
    const at = anchor(chart, label, overlays.horizontal);
    if (at === undefined) continue;
    const place = sideways
      ? { x: at.x + 6, y: at.y, align: 'left' as const, baseline: 'middle' as const }
      : {
          x: at.x,
          y: at.y - (overlays.type === 'bar' ? 4 : 10),
          align: 'center' as const,
          baseline: 'bottom' as const,
        };
    writeLabel(chart, taken, { text: label.text, ...place, colour: label.colour }, overlays);
  }
  ctx.restore();
}

/** The overlay plugin of one chart. */
export function overlayPlugin(overlays: ChartOverlays): Plugin {
  let taken: Box[] = [];
  return {
    id: 'kit-overlays',
    beforeDraw() {
      taken = [];
    },
    beforeDatasetsDraw(chart) {
      const index = chart.scales[overlays.horizontal ? 'y' : 'x'];
      if (index !== undefined) drawBands(chart, overlays, index, taken);
    },
    afterDatasetsDraw(chart) {
      const value = chart.scales[overlays.horizontal ? 'x' : 'y'];
      if (value !== undefined) drawReferenceLines(chart, overlays, value, taken);
      drawLabels(chart, overlays, taken);
    },
  };
}
