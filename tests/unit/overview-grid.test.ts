import { describe, expect, it } from 'vitest';
import { overviewColumns, overviewMove } from '../../src/lib/deck/overview-grid';

describe('overviewColumns', () => {
  it('puts the 29 slides of the story deck on one 1920×1080 screen, as large as they fit', () => {
    const room = { count: 29, width: 1840, height: 960, gap: 16, caption: 28 };
    const columns = overviewColumns(room);
    expect(columns).toBe(7);
    // One column fewer and the fifth row would not fit.
    const tile = (room.width - room.gap * 5) / 6;
    expect(5 * ((tile * 9) / 16 + room.caption) + 4 * room.gap).toBeGreaterThan(room.height);
  });

  it('uses one column for one slide and at least one for none', () => {
    expect(overviewColumns({ count: 1, width: 1000, height: 600, gap: 16, caption: 28 })).toBe(1);
    expect(overviewColumns({ count: 0, width: 1000, height: 600, gap: 16, caption: 28 })).toBe(1);
  });

  it('stops at the smallest readable miniature and lets the grid scroll', () => {
    // 200 slides in 1000 px: at most 7 columns of at least 120 px (7 × 120 + 6 × 16 = 936).
    expect(overviewColumns({ count: 200, width: 1000, height: 600, gap: 16, caption: 28 })).toBe(7);
  });
});

describe('overviewMove', () => {
  it('moves by one across a row and by a row up and down, never off the deck', () => {
    expect(
      ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'a'].map((key) =>
        overviewMove(8, key, 7, 29),
      ),
    ).toEqual([9, 7, 15, 1, 0, 28, 8]);
    expect([overviewMove(0, 'ArrowLeft', 7, 29), overviewMove(25, 'ArrowDown', 7, 29)]).toEqual([0, 25]);
  });
});
