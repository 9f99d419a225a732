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
