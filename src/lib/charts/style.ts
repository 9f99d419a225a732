// Used at build time (legend) and in the browser (canvas): how each series of a chart is told
// apart without colour, by a dash style and point shape for lines and a fill pattern for bars.

/** Fill patterns for bars; `hatch` is kept for the part of a bar between a range's minimum and maximum. */
export type Pattern = 'solid' | 'dots' | 'grid' | 'stripes' | 'hatch';

/** Point shapes, by their Chart.js names. */
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot';

export interface SeriesStyle {
  /** CSS custom property that holds the series colour (AA contrast on white, see tokens.css). */
  colourVar: string;
  /** Line dash as [dash, gap, …] in pixels; empty for a solid line. */
  dash: number[];
  /** Shape of the points on a line. */
  pointShape: PointShape;
  /** Fill pattern of bars. */
  pattern: Pattern;
}

const styles: ReadonlyArray<Omit<SeriesStyle, 'colourVar'>> = [
  { dash: [], pointShape: 'circle', pattern: 'solid' },
  { dash: [12, 6], pointShape: 'rect', pattern: 'dots' },
  { dash: [3, 5], pointShape: 'triangle', pattern: 'grid' },
  { dash: [14, 5, 3, 5], pointShape: 'rectRot', pattern: 'stripes' },
];

/** The pattern of the part of a bar that runs from a range's minimum to its maximum. */
export const rangePattern: Pattern = 'hatch';

/** Style of the series at `index`; styles repeat after four series. */
export function seriesStyle(index: number): SeriesStyle {
  const slot = index % styles.length;
  return { colourVar: `--chart-${slot + 1}`, ...styles[slot]! };
}
