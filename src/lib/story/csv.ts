// Used at build time: a chart's numbers as a CSV file (Dutch spreadsheet habits: semicolons,
// decimal commas, a byte-order mark so that Excel reads the accents), made once per build.
import type { Dataset } from '../../schemas/dataset';
import { chartTable } from '../charts/table';

function cell(text: string): string {
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The dataset as CSV: the table's columns and rows, then the unit and the sources on their own lines. */
export function datasetCsv(dataset: Dataset, sources: readonly string[]): string {
  const table = chartTable(dataset);
  const lines = [
    table.columns.map(cell).join(';'),
    ...table.rows.map((row) =>
      [row.header, ...row.cells.map((value) => (value === '–' ? '' : value))].map(cell).join(';'),
    ),
    '',
    cell(`Eenheid: ${dataset.unit}`),
    ...sources.map((source) => cell(`Bron: ${source}`)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Where the build writes a chart's CSV. */
export function csvPath(datasetId: string): string {
  return `/verhaal/data/${datasetId}.csv`;
}
