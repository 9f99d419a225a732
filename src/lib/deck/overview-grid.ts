// Used in the browser by the deck overview (src/client/deck/overview.ts) and by unit tests: how
// many columns the grid of all slides needs so that every slide fits on one screen, as large
// as the screen allows.

/** Room the grid has, and what each miniature needs besides its 16:9 picture. */
export interface GridRoom {
  /** Slides to show. */
  count: number;
  /** The grid's width and height in CSS pixels. */
  width: number;
  height: number;
  /** Space between miniatures, and the height of the caption under each. */
  gap: number;
  caption: number;
}

/**
 * The fewest columns (so the largest miniatures) with which all slides fit the height; when
 * even one row each per column would not fit, as many columns as the width allows at a
 * smallest readable miniature of `minWidth` px (the grid then scrolls).
 */
export function overviewColumns(room: GridRoom, minWidth = 120): number {
  const { count, width, height, gap, caption } = room;
  if (count <= 0) return 1;
  for (let columns = 1; columns <= count; columns++) {
    const tileWidth = (width - gap * (columns - 1)) / columns;
    if (tileWidth < minWidth) return Math.max(1, columns - 1);
    const rows = Math.ceil(count / columns);
    const tileHeight = (tileWidth * 9) / 16 + caption;
    if (rows * tileHeight + gap * (rows - 1) <= height) return columns;
  }
  return count;
}

/** The slide a grid arrow key moves to, staying within the deck. */
export function overviewMove(index: number, key: string, columns: number, count: number): number {
  const step: Record<string, number> = {
    ArrowLeft: -1,
    ArrowRight: 1,
    ArrowUp: -columns,
    ArrowDown: columns,
  };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const delta = step[key];
  if (delta === undefined) return index;
  const target = index + delta;
  return target < 0 || target >= count ? index : target;
}
