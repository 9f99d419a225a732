// Used in the browser (and by unit tests): turns a dataset into a Chart.js configuration and
// the labels, bands and reference lines that our overlay plugin writes on the canvas.
import type { ChartConfiguration, ChartDataset, Color, Scale, ScaleOptions } from 'chart.js';
import type { Dataset, Point } from '../../schemas/dataset';
import { rangePattern, seriesStyle, type Pattern } from './style';
import { formatValue, formatX } from './table';
import { spacedTicks, wrapLabel } from './ticks';

/** Colours and font of the page the chart is drawn on (read from the CSS tokens). */
export interface ChartTheme {
  /** Colour of each series, in order (`--chart-1`, `--chart-2`, …). */
  series: readonly string[];
  /** Text, axes and reference lines. */
  ink: string;
  /** Behind labels, so that they stay readable over lines. */
  paper: string;
  /** Grid lines (decoration only; values are labelled). */
  grid: string;
  /** Background of marked stretches of the x-axis. */
  band: string;
  /** The font, read when the chart is drawn: it follows the page (a deck shrinks dense slides). */
  font: () => FontSpec;
}

export interface FontSpec {
  family: string;
  size: number;
}

export interface ChartSettings {
  /** Animate the first drawing; false in print, exports and under prefers-reduced-motion. */
  animate: boolean;
  /** Turns a pattern and a colour into a canvas fill (a CanvasPattern in the browser). */
  fill: (pattern: Pattern, colour: string) => Color;
  /** Called when an animation has finished. */
  onAnimationComplete?: () => void;
}

/** A text written next to a data point: `index` within Chart.js dataset `datasetIndex`. */
export interface PointLabel {
  datasetIndex: number;
  index: number;
  text: string;
  colour: string;
}

/** What the overlay plugin draws on top of Chart.js, in scale values. */
export interface ChartOverlays {
  type: 'line' | 'bar';
  /** Bars run from left to right (the value axis is x). */
  horizontal: boolean;
  /** Series names next to a chosen point of their line. */
  directLabels: PointLabel[];
  /** Values at the end of each bar or above each point. */
  valueLabels: PointLabel[];
  /** Marked stretches of the index axis (category indexes or numbers). */
  bands: Array<{ from: number; to: number; label: string }>;
  /** Dashed lines across the value axis. */
  referenceLines: Array<{ value: number; label: string }>;
  ink: string;
  paper: string;
  band: string;
  font: () => FontSpec;
}

/** A point of a line on a linear x-axis; y is null for a gap. */
type XYPoint = { x: number; y: number | null };
type LineConfig = ChartConfiguration<'line', Array<number | null | XYPoint>, string>;
type BarConfig = ChartConfiguration<'bar', Array<number | null>, string | string[]>;
export type KitChartConfig = LineConfig | BarConfig;

const isRange = (point: Point): point is [number, number] => Array.isArray(point);

/**
 * Characters per line of a value axis title written upwards beside the chart: as many as fit in
 * 85% of the chart's height (a character is about 0.55 of the font size wide), 12 to 30.
 */
export function unitWidth(height: number, fontSize: number): number {
  return Math.max(12, Math.min(30, Math.floor((height * 0.85) / (Math.max(fontSize, 1) * 0.55))));
}

/** The Chart.js configuration of a dataset's chart, and what the overlay plugin adds to it. */
export function chartConfig(
  dataset: Dataset,
  theme: ChartTheme,
  settings: ChartSettings,
): { config: KitChartConfig; overlays: ChartOverlays } {
  const xs: ReadonlyArray<string | number> = dataset.x.values;
  const numericX = typeof xs[0] === 'number';
  const colourOf = (index: number) => theme.series[index % theme.series.length] ?? theme.ink;
  const text = { color: theme.ink, font: () => theme.font() };
  const horizontal = dataset.type === 'bar' && dataset.horizontal;
  const overlays: ChartOverlays = {
    type: dataset.type,
    horizontal,
    directLabels: [],
    valueLabels: [],
    bands: dataset.bands.map((band) => ({
      from: scaleValue(xs, band.from),
      to: scaleValue(xs, band.to),
      label: band.label,
    })),
    referenceLines: dataset.referenceLines.map((line) => ({ value: line.value, label: line.label })),
    ink: theme.ink,
    paper: theme.paper,
    band: theme.band,
    font: theme.font,
  };
  /**
   * Characters per line of a bar's name: the chart's width in characters of its text decides.
   * Beside horizontal bars on a phone-wide chart (the story at 390 px) names get 22 characters, so
   * a long one takes three lines, not five, and stays within its bars' height.
   */
  const labelWidth = (width: number, fontSize: number): number => {
    const characters = width / Math.max(fontSize, 1);
    if (characters < 36) return horizontal && characters >= 26 ? 22 : 14;
    return horizontal && characters >= 45 ? 34 : 26;
  };
  const hasRanges = dataset.series.some((series) => series.values.some(isRange));
  const valueScale: ScaleOptions<'linear'> = {
    type: 'linear',
    min: dataset.valueAxis.min ?? 0,
    ...(dataset.valueAxis.max === undefined ? {} : { max: dataset.valueAxis.max }),
    stacked: hasRanges,
    // Under horizontal bars the unit has the chart's whole width; beside vertical ones, the
    // chart's height: its lines are made to fit that height (below), never cut off at the top.
    title: { display: true, text: wrapLabel(dataset.unit, horizontal ? 60 : 30), ...text },
    ...(horizontal
      ? {}
      : {
          beforeUpdate: (axis: Scale) => {
            const title = (axis.options as unknown as { title: { text: string | string[] } }).title;
            title.text = wrapLabel(dataset.unit, unitWidth(axis.chart.height, text.font().size));
          },
        }),
    ticks: { display: !dataset.schematic, ...text },
    grid: { color: theme.grid },
    border: { color: theme.ink },
  };
  // Names of horizontal bars speak for themselves; their axis title would only take room.
  const indexTitle = { display: !horizontal, text: dataset.x.title, ...text };
  const span = numericX ? (xs.at(-1) as number) - (xs[0] as number) || 1 : 0;
  const indexScale: ScaleOptions<'linear'> | ScaleOptions<'category'> = numericX
    ? {
        type: 'linear',
        // A little room at both ends, so that the first and last points and years stand clear of the axes.
        min: (xs[0] as number) - span * 0.03,
        max: (xs.at(-1) as number) + span * 0.03,
        title: indexTitle,
        // A tick at every x value (below), some left out where they would overlap.
        ticks: {
          ...text,
          maxRotation: 0,
          autoSkip: true,
          autoSkipPadding: 12,
          callback: (value: string | number) => formatX(value),
        },
        afterBuildTicks: (axis: Scale) => {
          axis.ticks = spacedTicks(xs as readonly number[], (axis.chart.width * 0.8) / (span * 1.06)).map(
            (value) => ({ value }),
          );
        },
        grid: { color: theme.grid },
        border: { color: theme.ink },
      }
    : {
        type: 'category',
        stacked: hasRanges,
        title: indexTitle,
        ticks: {
          ...text,
          // Every bar keeps its name; along a line some names may be left out where they would overlap.
          autoSkip: dataset.type === 'line',
          maxRotation: 0,
          // Long names go over several lines, shorter ones on a chart that is narrow for its text
          // (a phone); names beside horizontal bars keep one line where the chart is wide enough.
          callback(this: Scale, _value: string | number, index: number) {
            const label = xs[index];
            return label === undefined
              ? ''
              : wrapLabel(formatX(label), labelWidth(this.chart.width, text.font().size));
          },
        },
        grid: { display: false },
        border: { color: theme.ink },
      };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    locale: 'nl-NL',
    events: [],
    animation: settings.animate ? chartAnimation(settings.onAnimationComplete) : (false as const),
    layout: { padding: { top: 28, right: horizontal ? 56 : 20, left: 8 } },
  };

  if (dataset.type === 'line') {
    const datasets: Array<ChartDataset<'line', Array<number | null | XYPoint>>> = dataset.series.map(
      (series, index) => {
        const style = seriesStyle(index);
        const colour = colourOf(index);
        const values = series.values.map((value) => (isRange(value) ? null : value));
        return {
          label: series.label,
          data: numericX ? values.map((y, at) => ({ x: xs[at] as number, y })) : values,
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 3,
          borderDash: style.dash,
          pointStyle: style.pointShape,
          pointRadius: 5,
          pointBorderColor: colour,
          pointBackgroundColor: colour,
          tension: dataset.schematic ? 0.35 : 0,
          spanGaps: false,
          fill: false,
        };
      },
    );
    const labelled = dataset.directLabels.length > 0 ? dataset.directLabels : defaultDirectLabels(dataset);
    overlays.directLabels = labelled.map((label) => {
      const datasetIndex = dataset.series.findIndex((series) => series.id === label.series);
      return {
        datasetIndex,
        index: xs.indexOf(label.at),
        text: dataset.series[datasetIndex]!.label,
        colour: colourOf(datasetIndex),
      };
    });
    if (!dataset.schematic) {
      overlays.valueLabels = dataset.series.flatMap((series, datasetIndex) =>
        series.values.flatMap((value, index) =>
          value === null
            ? []
            : [{ datasetIndex, index, text: formatValue(value, dataset.decimals), colour: theme.ink }],
        ),
      );
    }
    const config: LineConfig = {
      type: 'line',
      data: { ...(numericX ? {} : { labels: xs.map(formatX) }), datasets },
      options: { ...common, scales: { x: indexScale, y: valueScale } },
    };
    return { config, overlays };
  }

  // Bars: a range is drawn as a bar up to its minimum with a hatched part on top up to its
  // maximum, so that it reads as a range and never as one invented value.
  const datasets: Array<ChartDataset<'bar', Array<number | null>>> = [];
  dataset.series.forEach((series, index) => {
    const style = seriesStyle(index);
    const colour = colourOf(index);
    const base =
      datasets.push({
        label: series.label,
        data: series.values.map((value) => (isRange(value) ? value[0] : value)),
        backgroundColor: settings.fill(style.pattern, colour),
        borderColor: colour,
        borderWidth: 2,
        stack: series.id,
      }) - 1;
    const range = series.values.some(isRange)
      ? datasets.push({
          label: `${series.label} (bandbreedte)`,
          data: series.values.map((value) => (isRange(value) ? value[1] - value[0] : null)),
          backgroundColor: settings.fill(rangePattern, colour),
          borderColor: colour,
          borderWidth: 2,
          stack: series.id,
        }) - 1
      : base;
    series.values.forEach((value, at) => {
      overlays.valueLabels.push({
        datasetIndex: isRange(value) ? range : base,
        index: at,
        text: formatValue(value, dataset.decimals),
        colour: theme.ink,
      });
    });
  });
  const config: BarConfig = {
    type: 'bar',
    data: { labels: xs.map(formatX), datasets },
    options: {
      ...common,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueScale, y: indexScale } : { x: indexScale, y: valueScale },
      datasets: { bar: { categoryPercentage: 0.8, barPercentage: 0.9 } },
    },
  };
  return { config, overlays };
}

/** How a chart animates: bars grow and lines rise from the value axis in just under a second. */
export function chartAnimation(onComplete: (() => void) | undefined) {
  return {
    duration: 900,
    easing: 'easeOutQuart' as const,
    ...(onComplete === undefined ? {} : { onComplete }),
  };
}

/** Where a place on the x-axis sits on the scale: its index for categories, itself for numbers. */
function scaleValue(xs: ReadonlyArray<string | number>, value: string | number): number {
  return typeof value === 'number' ? value : xs.indexOf(value);
}

/** With more than one line and no labels chosen, each series is named at its last point. */
function defaultDirectLabels(dataset: Dataset): Array<{ series: string; at: string | number }> {
  if (dataset.series.length < 2) return [];
  return dataset.series.flatMap((series) => {
    const last = series.values.findLastIndex((value) => value !== null);
    const at = dataset.x.values[last];
    // A line that stops before the chart's end (another source takes over) would have its name
    // above the line that goes on: the legend names it instead.
    return last < dataset.x.values.length - 1 || at === undefined ? [] : [{ series: series.id, at }];
  });
}
