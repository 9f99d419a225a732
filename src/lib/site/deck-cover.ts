// Used at build time: the cover art of a deck on the decks page, drawn from the kit's palette.
// Each part of the story has its own colour and motif (the story: circles that grow, the
// ambitions: rising steps, the ambassadors: speech bubbles); the deck's id varies their
// placement, so decks of the same part are told apart too. No images: SVG shapes only.
import type { SlidePart } from '../../schemas/slide';

/** One shape of the motif, in a 160×90 view box. */
export type CoverShape =
  | { kind: 'circle'; cx: number; cy: number; r: number; tone: 'light' | 'mid' | 'ring' }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; tone: 'light' | 'mid' }
  | { kind: 'bubble'; x: number; y: number; width: number; height: number; tone: 'light' | 'mid' | 'ring' };

/** A small deterministic number sequence from a deck id (FNV-1a, then xorshift). */
function sequence(id: string): () => number {
  let state = 2166136261;
  for (const char of id) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The motif of a deck's cover: its part's shapes, placed by its id, kept right of 60 % (the title's side). */
export function coverMotif(part: SlidePart, id: string): CoverShape[] {
  const next = sequence(id);
  const between = (min: number, max: number) => round(min + (max - min) * next());
  switch (part) {
    case 'ambities': {
      // Rising steps, from a varying start height and step count.
      const steps = 3 + Math.floor(next() * 3);
      const width = 60 / steps;
      const start = between(12, 30);
      return Array.from({ length: steps }, (_, index) => {
        const height = round(start + ((70 - start) * (index + 1)) / steps);
        return {
          kind: 'rect' as const,
          x: round(96 + index * width),
          y: round(90 - height),
          width: round(width - 2),
          height,
          tone: index === steps - 1 ? ('light' as const) : ('mid' as const),
        };
      });
    }
    case 'ambassadeurs':
      // Speech bubbles of different sizes, side by side and overlapping.
      return [0, 1, 2].map((index) => ({
        kind: 'bubble' as const,
        x: between(98 + index * 12, 104 + index * 12),
        y: between(8 + index * 20, 16 + index * 20),
        width: between(28, 36),
        height: between(18, 24),
        tone: (['light', 'mid', 'ring'] as const)[index]!,
      }));
    case 'verhaal':
    case 'achtergrond':
    default: {
      // Circles that grow, the largest running off the top or the bottom edge.
      const low = next() < 0.5;
      const small = { cx: between(112, 130), cy: low ? between(14, 30) : between(58, 76), r: between(8, 12) };
      return [
        {
          kind: 'circle',
          cx: between(136, 150),
          cy: low ? between(62, 92) : between(-2, 28),
          r: between(28, 36),
          tone: 'mid',
        },
        { kind: 'circle', ...small, tone: 'light' },
        {
          kind: 'circle',
          cx: round(small.cx + small.r + 10),
          cy: between(small.cy - 8, small.cy + 8),
          r: between(4, 7),
          tone: 'ring',
        },
      ];
    }
  }
}
