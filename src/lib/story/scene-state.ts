// Used at build time and in the browser: what a scene's chart shows at one step, as data the
// chart client applies (which series and points stay in full colour) and as Dutch words that
// say the change for those who do not see it.
import type { Dataset } from '../../schemas/dataset';
import type { Highlight } from '../../schemas/story';
import { formatValue, formatX } from '../charts/table';

/** Per series (in dataset order), per x value: shown in full colour (true) or faded. */
export type SceneEmphasis = boolean[][];

/** Index of each x value of the highlight's range, inclusive, or undefined when there is no range. */
function rangeIndexes(dataset: Dataset, highlight: Highlight): [number, number] | undefined {
  if (highlight.range === undefined) return undefined;
  const xs: ReadonlyArray<string | number> = dataset.x.values;
  const from = xs.indexOf(highlight.range.from);
  const to = xs.indexOf(highlight.range.to);
  return [Math.min(from, to), Math.max(from, to)];
}

/** Which points a step keeps in full colour: its series, then its points or its range (all when none). */
export function sceneEmphasis(dataset: Dataset, highlight: Highlight): SceneEmphasis {
  const xs: ReadonlyArray<string | number> = dataset.x.values;
  const range = rangeIndexes(dataset, highlight);
  return dataset.series.map((series) => {
    const inFocus = highlight.series.length === 0 || highlight.series.includes(series.id);
    return xs.map((x, index) => {
      if (!inFocus) return false;
      if (highlight.points.length > 0) return highlight.points.includes(x);
      if (range !== undefined) return index >= range[0] && index <= range[1];
      return true;
    });
  });
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`;

/**
 * The step's chart state in words: what is brought forward, with the values of the marked points,
 * so that a screen reader hears what the picture shows.
 */
export function describeEmphasis(dataset: Dataset, highlight: Highlight): string {
  const focused = dataset.series.filter(
    (series) => highlight.series.length === 0 || highlight.series.includes(series.id),
  );
  const xs: ReadonlyArray<string | number> = dataset.x.values;
  const parts: string[] = [];
  if (highlight.series.length > 0 && focused.length < dataset.series.length)
    parts.push(`Uitgelicht: ${list(focused.map((series) => series.label))}.`);
  if (highlight.points.length > 0) {
    const values = focused.flatMap((series) =>
      highlight.points.flatMap((x) => {
        const value = series.values[xs.indexOf(x)] ?? null;
        if (value === null) return [];
        const who = focused.length > 1 ? `${series.label}, ` : '';
        return [`${who}${formatX(x)}: ${formatValue(value, dataset.decimals)}`];
      }),
    );
    if (values.length > 0) parts.push(`Gemarkeerd (${dataset.unit}): ${values.join('; ')}.`);
  } else if (highlight.range !== undefined) {
    parts.push(`In beeld: van ${formatX(highlight.range.from)} tot en met ${formatX(highlight.range.to)}.`);
  }
  if (parts.length === 0) parts.push('Alle cijfers in beeld.');
  return parts.join(' ');
}
