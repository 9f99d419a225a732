// Used in the browser (and in unit tests): how a dataset becomes native PowerPoint charts.
// Every number comes from the dataset. What PowerPoint cannot draw (ranges, reference lines,
// marked stretches) gets the closest honest form plus a sentence or a table that says it.
import type { Dataset, Point } from '../../schemas/dataset';
import { chartTable, formatNumber, formatX } from '../charts/table';
import { chartTitle } from '../charts/title';

/** Series colours in order, as in tokens.css (--chart-1 … --chart-4), without "#". */
export const seriesColours = ['A3195B', '00636B', '1D2A3A', '7A4D00'] as const;
/** Colour of the invisible base segment of a range bar (pptxgenjs writes it as no fill). */
export const transparent = 'transparent';
/** Line dashes per series, matching the dash styles on screen (charts/style.ts). */
export const seriesDashes = ['solid', 'dash', 'sysDot', 'lgDashDot'] as const;
/** Point shapes per series, matching the point shapes on screen. */
export const seriesSymbols = ['circle', 'square', 'triangle', 'diamond'] as const;

export interface NativeSeries {
  name: string;
  values: Array<number | null>;
  /** Hex colour or `transparent`. */
  colour: string;
  /** Index into seriesDashes/seriesSymbols. */
  style: number;
}

interface NativeBase {
  title: string;
  /** Title of the value axis. */
  unit: string;
  valueAxis: { min?: number | undefined; max?: number | undefined };
  /** Whether PowerPoint writes each value on the chart (off when a segment is not a value). */
  dataLabels: boolean;
  decimals: number | undefined;
  series: NativeSeries[];
  /** Set by the layout for small multiples: smaller type, no value-axis title. */
  compact?: boolean;
  /** A schematic shape, not measurements: drawn without value axis, grid or values, as on the web. */
  schematic?: boolean;
}

export type NativeChart =
  | (NativeBase & { type: 'line'; categories: string[] })
  /** Lines over a numeric x-axis (years): a scatter chart keeps the real distances. */
  | (NativeBase & { type: 'scatter'; x: number[]; xTitle: string })
  | (NativeBase & { type: 'bar'; categories: string[]; horizontal: boolean; stacked: boolean });

export interface ChartPlan {
  /** One chart, or one per series when ranges must be drawn as floating bars. */
  charts: NativeChart[];
  /** Sentences printed under the charts: what is schematic, marked, or drawn differently. */
  remarks: string[];
  /** The data table, when the charts alone do not show every value as it is. */
  table?: { header: string[]; rows: string[][] };
  /** The same in brief, for a slide without room for the table: each range with its true bounds. */
  rangeLines?: string[];
}

const isRange = (point: Point): point is [number, number] => Array.isArray(point);
const colour = (index: number) => seriesColours[index % seriesColours.length]!;

/** The native chart(s) for a dataset, with the remarks and table that keep them honest. */
export function chartPlan(dataset: Dataset): ChartPlan {
  const xs: ReadonlyArray<string | number> = dataset.x.values;
  const categories = xs.map(formatX);
  const title = dataset.schematic ? `${chartTitle(dataset)} (schematische weergave)` : chartTitle(dataset);
  const base = {
    unit: dataset.unit,
    valueAxis: dataset.valueAxis,
    decimals: dataset.decimals,
    ...(dataset.schematic ? { schematic: true } : {}),
  };
  const remarks: string[] = [];
  if (dataset.schematic)
    remarks.push('Schematische weergave: de waarden tekenen alleen de vorm, het zijn geen metingen.');
  for (const line of dataset.referenceLines)
    remarks.push(`Lijn bij ${formatNumber(line.value, dataset.decimals)}: ${line.label}.`);
  for (const band of dataset.bands)
    remarks.push(`Gemarkeerd van ${formatX(band.from)} tot ${formatX(band.to)}: ${band.label}.`);
  if (dataset.note !== undefined) remarks.push(dataset.note);

  const hasRanges = dataset.series.some((series) => series.values.some(isRange));
  if (dataset.type === 'bar' && hasRanges) {
    // A clustered bar cannot float, so each series gets its own stacked bar chart: an invisible
    // segment up to the minimum, then a visible one from minimum to maximum. Single values are
    // a visible segment from zero. The segments' lengths are no values, so no data labels:
    // the true amounts are in the table.
    const max = Math.max(
      ...dataset.series.flatMap((series) =>
        series.values.map((p) => (p === null ? 0 : isRange(p) ? p[1] : p)),
      ),
    );
    const charts: NativeChart[] = dataset.series.map((series, index) => ({
      ...base,
      valueAxis: { min: dataset.valueAxis.min ?? 0, max: dataset.valueAxis.max ?? niceCeiling(max) },
      type: 'bar',
      title: dataset.series.length === 1 ? title : series.label,
      categories,
      horizontal: dataset.horizontal,
      stacked: true,
      dataLabels: false,
      series: [
        {
          name: `${series.label}: tot het laagste bedrag (onzichtbaar)`,
          values: series.values.map((p) => (isRange(p) ? p[0] : p === null ? null : 0)),
          colour: transparent,
          style: index,
        },
        {
          name: series.label,
          values: series.values.map((p) => (isRange(p) ? p[1] - p[0] : p)),
          colour: colour(index),
          style: index,
        },
      ],
    }));
    remarks.push(
      'Een bandbreedte staat als zwevende balk van het laagste tot het hoogste bedrag; de bedragen zelf staan in de tabel.',
    );
    const table = chartTable(dataset);
    const rangeLines = table.rows
      .filter((_, index) => dataset.series.some((series) => isRange(series.values[index] ?? null)))
      .map(
        (row) =>
          `${row.header}: ${row.cells.map((cell, index) => (dataset.series.length === 1 ? cell : `${dataset.series[index]!.label.split(':')[0]} ${cell}`)).join('; ')}`,
      );
    return {
      charts,
      remarks,
      table: { header: table.columns, rows: table.rows.map((row) => [row.header, ...row.cells]) },
      rangeLines,
    };
  }

  const series = dataset.series.map((s, index) => ({
    name: s.label,
    values: s.values.map((p) => (isRange(p) ? null : p)),
    colour: colour(index),
    style: index,
  }));
  const numericX = xs.every((x) => typeof x === 'number');
  if (dataset.type === 'line' && numericX) {
    return {
      charts: [
        {
          ...base,
          type: 'scatter',
          title,
          x: xs as number[],
          xTitle: dataset.x.title,
          dataLabels: true,
          series,
        },
      ],
      remarks,
    };
  }
  if (dataset.type === 'line') {
    return {
      charts: [
        {
          ...base,
          type: 'line',
          title,
          categories,
          dataLabels: !dataset.schematic && series.length * xs.length <= 24,
          series,
        },
      ],
      remarks,
    };
  }
  return {
    charts: [
      {
        ...base,
        type: 'bar',
        title,
        categories,
        horizontal: dataset.horizontal,
        stacked: false,
        dataLabels: true,
        series,
      },
    ],
    remarks,
  };
}

/** A round axis maximum at or above `value` (1, 2, 2.5 or 5 times a power of ten). */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= value)!;
  return step * power;
}
