import { describe, expect, it } from 'vitest';
import { coverMotif } from '../../src/lib/site/deck-cover';

const leftEdge = (shape: ReturnType<typeof coverMotif>[number]) =>
  shape.kind === 'circle' ? shape.cx - shape.r : shape.x;

describe('coverMotif', () => {
  it('draws each part’s own motif: circles for the story, steps for the ambitions, bubbles for the ambassadors', () => {
    expect(new Set(coverMotif('verhaal', 'het-verhaal').map((s) => s.kind))).toEqual(new Set(['circle']));
    expect(new Set(coverMotif('ambities', 'ambities').map((s) => s.kind))).toEqual(new Set(['rect']));
    expect(new Set(coverMotif('ambassadeurs', 'amb').map((s) => s.kind))).toEqual(new Set(['bubble']));
  });

  it('places the same deck’s motif the same way every build, and other decks’ differently', () => {
    expect(coverMotif('verhaal', 'het-verhaal')).toEqual(coverMotif('verhaal', 'het-verhaal'));
    const ids = ['het-verhaal', 'tien-minuten', 'actieprogramma-2018', 'investeren-loont', 'wat-kosten'];
    const placements = new Set(ids.map((id) => JSON.stringify(coverMotif('verhaal', id))));
    expect(placements.size).toBe(ids.length);
  });

  it('keeps every shape right of 60 % of the cover, clear of the title', () => {
    for (const part of ['verhaal', 'ambities', 'ambassadeurs'] as const)
      for (const id of ['a', 'b', 'het-verhaal', 'structurele-aanpak-2026-2030'])
        for (const shape of coverMotif(part, id))
          expect(leftEdge(shape), `${part} ${id}`).toBeGreaterThanOrEqual(96);
  });
});

const manyIds = Array.from({ length: 60 }, (_, n) => `deck-${n}`).concat(['het-verhaal', 'ambities', 'amb']);
/** Rounded to one decimal, as the cover's SVG writes its numbers. */
const oneDecimal = (value: number) => Number(value.toFixed(1)) === value;

describe('coverMotif geometry', () => {
  it('draws the ambitions as three to five equal steps rising from the bottom edge to 70 of 90', () => {
    const counts = new Set<number>();
    for (const id of manyIds) {
      const steps = coverMotif('ambities', id);
      counts.add(steps.length);
      const width = 60 / steps.length;
      steps.forEach((step, index) => {
        if (step.kind !== 'rect') throw new Error('no step');
        expect(step.x).toBeCloseTo(96 + index * width, 1);
        expect(step.width).toBeCloseTo(width - 2, 1);
        expect(step.y + step.height).toBeCloseTo(90, 1);
        expect(step.tone).toBe(index === steps.length - 1 ? 'light' : 'mid');
        if (index > 0) expect(step.height).toBeGreaterThan((steps[index - 1] as { height: number }).height);
      });
      const last = steps.at(-1)!;
      expect(last.kind === 'rect' ? last.height : undefined).toBe(70);
    }
    expect([...counts].sort()).toEqual([3, 4, 5]);
  });

  it('starts the lowest step between 12 and 30 high, whatever the id', () => {
    for (const id of manyIds) {
      const steps = coverMotif('ambities', id);
      const first = steps[0]!;
      if (first.kind !== 'rect') throw new Error('no step');
      // height of step 1 = start + (70 - start) / steps, so start = (h·n − 70) / (n − 1)
      const start = (first.height * steps.length - 70) / (steps.length - 1);
      expect(start).toBeGreaterThanOrEqual(12 - 0.2);
      expect(start).toBeLessThanOrEqual(30 + 0.2);
    }
  });

  it('draws three speech bubbles of 28–36 by 18–24, stepping right and down, light, mid and ring', () => {
    for (const id of manyIds) {
      const bubbles = coverMotif('ambassadeurs', id);
      expect(bubbles.map((b) => b.tone)).toEqual(['light', 'mid', 'ring']);
      bubbles.forEach((bubble, index) => {
        if (bubble.kind !== 'bubble') throw new Error('no bubble');
        expect(bubble.x).toBeGreaterThanOrEqual(98 + index * 12);
        expect(bubble.x).toBeLessThanOrEqual(104 + index * 12);
        expect(bubble.y).toBeGreaterThanOrEqual(8 + index * 20);
        expect(bubble.y).toBeLessThanOrEqual(16 + index * 20);
        expect(bubble.width).toBeGreaterThanOrEqual(28);
        expect(bubble.width).toBeLessThanOrEqual(36);
        expect(bubble.height).toBeGreaterThanOrEqual(18);
        expect(bubble.height).toBeLessThanOrEqual(24);
        for (const value of [bubble.x, bubble.y, bubble.width, bubble.height])
          expect(oneDecimal(value)).toBe(true);
      });
    }
  });

  it('spreads positions over their whole range, not one corner of it', () => {
    const xs = manyIds
      .map((id) => coverMotif('ambassadeurs', id)[0]!)
      .map((b) => (b.kind === 'bubble' ? b.x : 0));
    expect(Math.min(...xs)).toBeLessThan(99.5);
    expect(Math.max(...xs)).toBeGreaterThan(102.5);
  });

  it('draws the story as a large mid circle off one edge, a small light one and a ring just right of it', () => {
    const lows = new Set<boolean>();
    for (const id of manyIds) {
      const [large, small, ring] = coverMotif('verhaal', id);
      if (large?.kind !== 'circle' || small?.kind !== 'circle' || ring?.kind !== 'circle')
        throw new Error('no circles');
      expect([large.tone, small.tone, ring.tone]).toEqual(['mid', 'light', 'ring']);
      expect(large.cx).toBeGreaterThanOrEqual(136);
      expect(large.cx).toBeLessThanOrEqual(150);
      expect(large.r).toBeGreaterThanOrEqual(28);
      expect(large.r).toBeLessThanOrEqual(36);
      expect(small.cx).toBeGreaterThanOrEqual(112);
      expect(small.cx).toBeLessThanOrEqual(130);
      expect(small.r).toBeGreaterThanOrEqual(8);
      expect(small.r).toBeLessThanOrEqual(12);
      expect(ring.r).toBeGreaterThanOrEqual(4);
      expect(ring.r).toBeLessThanOrEqual(7);
      expect(ring.cx).toBeCloseTo(small.cx + small.r + 10, 1);
      expect(Math.abs(ring.cy - small.cy)).toBeLessThanOrEqual(8);
      const low = large.cy >= 62;
      lows.add(low);
      if (low) {
        expect(large.cy).toBeLessThanOrEqual(92);
        expect(small.cy).toBeGreaterThanOrEqual(14);
        expect(small.cy).toBeLessThanOrEqual(30);
      } else {
        expect(large.cy).toBeGreaterThanOrEqual(-2);
        expect(large.cy).toBeLessThanOrEqual(28);
        expect(small.cy).toBeGreaterThanOrEqual(58);
        expect(small.cy).toBeLessThanOrEqual(76);
      }
    }
    expect(lows).toEqual(new Set([true, false]));
    expect(coverMotif('achtergrond', 'x')).toEqual(coverMotif('verhaal', 'x'));
  });
});
