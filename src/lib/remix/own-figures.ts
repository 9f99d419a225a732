// Used in the browser and in tests: the numbers of a visitor's own key figure and own chart.
// A chart's table is typed or pasted from a spreadsheet (label TAB value per line, or "label;
// value", or "label value"); numbers are read the Dutch way ("12,5", "1.250"). What cannot be
// read is named by its line, in Dutch; nothing here throws. The table becomes a dataset in the
// kit's own form, so the kit's chart code draws it (src/lib/charts/config.ts) and the PowerPoint
// makes a native chart of it (src/lib/export/chart.ts).
import type { Dataset } from '../../schemas/dataset';

/** An own chart shows at most this many rows. */
export const maxChartRows = 12;

export interface ChartRow {
  label: string;
  value: number;
}

export interface ChartTableResult {
  /** The rows that could be read, in order (at most maxChartRows). */
  rows: ChartRow[];
  /** Column names from a first line whose second cell is no number ("Wijk<TAB>Aantal"). */
  header?: { label: string; value: string };
  /** What is wrong, in Dutch, each naming its line. */
  problems: string[];
}

/**
 * A number written the Dutch way: "12,5", "1.250", "1.250,75", "-3", "12 %" (the % is dropped).
 * A single dot followed by other than three digits ("12.5") is read as a decimal point, as a
 * spreadsheet in English writes it. Undefined when the text is no number.
 */
export function parseDutchNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (/^[-+−]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact))
    return Number(compact.replace(/\./g, '').replace(',', '.').replace('−', '-'));
  if (/^[-+−]?\d+(,\d+)?$/.test(compact)) return Number(compact.replace(',', '.').replace('−', '-'));
  if (/^[-+−]?\d*\.\d+$/.test(compact)) return Number(compact.replace('−', '-'));
  return undefined;
}

/** A line cut into cells: at tabs (a spreadsheet), else at semicolons, else before its last word. */
function cellsOf(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((cell) => cell.trim());
  if (line.includes(';')) return line.split(';').map((cell) => cell.trim());
  const match = /^(.*\S)\s+(\S+)$/.exec(line.trim());
  return match === null ? [line.trim()] : [match[1]!, match[2]!];
}

/** Reads a small two-column table, typed or pasted; empty lines and trailing empty cells are skipped. */
export function parseChartTable(text: string): ChartTableResult {
  const result: ChartTableResult = { rows: [], problems: [] };
  const lines = text.split(/\r\n|\r|\n/);
  let seenData = false;
  let extra = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const at = `Regel ${index + 1}`;
    const cells = cellsOf(line);
    while (cells.length > 2 && cells.at(-1) === '') cells.pop();
    if (cells.length > 2) {
      result.problems.push(`${at} heeft ${cells.length} kolommen. Gebruik er twee: een naam en een getal.`);
      return;
    }
    const [label = '', raw = ''] = cells;
    const value = parseDutchNumber(raw);
    if (
      value === undefined &&
      !seenData &&
      result.header === undefined &&
      result.problems.length === 0 &&
      raw !== ''
    ) {
      // A heading line ("Wijk<TAB>Aantal") names the columns.
      result.header = { label, value: raw };
      return;
    }
    if (label === '') {
      result.problems.push(`${at} heeft geen naam vóór het getal.`);
      return;
    }
    if (raw === '') {
      result.problems.push(`${at} (“${label}”) heeft geen getal. Zet het getal na een tab of een puntkomma.`);
      return;
    }
    if (value === undefined) {
      result.problems.push(`${at}: “${raw}” is geen getal. Schrijf bijvoorbeeld 12,5 of 1.250.`);
      return;
    }
    seenData = true;
    if (result.rows.length >= maxChartRows) {
      extra += 1;
      return;
    }
    result.rows.push({ label, value });
  });
  if (extra > 0)
    result.problems.push(
      `Een eigen grafiek heeft hoogstens ${maxChartRows} rijen; ${extra === 1 ? 'de laatste rij staat' : `de laatste ${extra} rijen staan`} er niet in.`,
    );
  return result;
}

/** The problems of an own chart's table, or a request for one when it has no rows. */
export function chartTableProblems(text: string): string[] {
  const parsed = parseChartTable(text);
  if (parsed.rows.length === 0 && parsed.problems.length === 0)
    return ['Vul de tabel van je grafiek: per regel een naam en een getal.'];
  return parsed.problems;
}

/**
 * The dataset of an own chart, in the form the kit's charts take: bars, left to right when the
 * names are long or many. It has no fixed number of decimals, so each value shows as typed. Its id is `id`; its source is named on the slide, not by an id.
 */
export function ownChartDataset(
  id: string,
  title: string,
  unit: string,
  rows: readonly ChartRow[],
  header?: { label: string; value: string },
): Dataset {
  const long = rows.some((row) => row.label.length > 14) || rows.length > 6;
  const name = unit !== '' ? unit : (header?.value ?? '') !== '' ? header!.value : 'Waarde';
  return {
    id,
    title: title === '' ? 'Eigen grafiek' : title,
    type: 'bar',
    horizontal: long,
    schematic: false,
    unit: name,
    // No fixed decimals: each value is written as it was typed ("1.250", "980,5", "12,5"), not
    // all with the decimals of the most precise one. The PowerPoint's native chart picks its own.
    x: {
      title: header?.label !== undefined && header.label !== '' ? header.label : 'Naam',
      values: rows.map((row) => row.label),
    },
    valueAxis: { min: Math.min(0, ...rows.map((row) => row.value)) },
    series: [{ id: 'waarde', label: name, values: rows.map((row) => row.value) }],
    directLabels: [],
    bands: [],
    referenceLines: [],
    keyFigures: [],
    sources: ['eigen-bron'],
  };
}

/** True when a key figure's number holds a digit ("1.250", "1 op 5", "23%"). */
export const hasDigit = (value: string): boolean => /\d/.test(value);
