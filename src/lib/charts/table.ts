// Used at build time (the table under each chart) and in the browser (labels on the canvas):
// the values of a dataset as Dutch text, and the data table that goes with its chart.
import type { Dataset, Point } from '../../schemas/dataset';
import { chartTitle } from './title';

// One formatter per number of decimals: creating an Intl.NumberFormat costs far more than using
// one, and a build formats every value of every chart table (thousands at scale).
const formatters = new Map<number | undefined, Intl.NumberFormat>();

/** A number in Dutch notation ("11,9", "2.153"), with a fixed number of decimals when given. */
export function formatNumber(value: number, decimals?: number): string {
  let formatter = formatters.get(decimals);
  if (formatter === undefined) {
    const digits =
      decimals === undefined
        ? { maximumFractionDigits: 3 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    formatter = new Intl.NumberFormat('nl-NL', digits);
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/** A value as it is shown: "5", "8–13" for a range, "–" for a gap. */
export function formatValue(point: Point, decimals?: number): string {
  if (point === null) return '–';
  if (Array.isArray(point)) return `${formatNumber(point[0], decimals)}–${formatNumber(point[1], decimals)}`;
  return formatNumber(point, decimals);
}

/** A place on the x-axis as it is shown; numbers (years) without a thousands separator. */
export function formatX(value: string | number): string {
  return String(value);
}

export interface ChartTable {
  /** What the table shows, for its <caption>. */
  caption: string;
  /** Column headings: the x-axis title, then one per series. */
  columns: string[];
  /** One row per x value: its heading and one cell per series. */
  rows: Array<{ header: string; cells: string[] }>;
}

/** The data table of a chart: exactly the dataset's values, one row per x value. */
export function chartTable(dataset: Dataset): ChartTable {
  const xs: ReadonlyArray<string | number> = dataset.x.values;
  const schematic = dataset.schematic
    ? ' Schematische weergave: de waarden tekenen alleen de vorm, het zijn geen metingen.'
    : '';
  return {
    caption: `${chartTitle(dataset)}. Eenheid: ${dataset.unit}.${schematic}`,
    columns: [dataset.x.title, ...dataset.series.map((series) => series.label)],
    rows: xs.map((x, index) => ({
      header: formatX(x),
      cells: dataset.series.map((series) => formatValue(series.values[index] ?? null, dataset.decimals)),
    })),
  };
}
