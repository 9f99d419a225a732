import { describe, expect, it } from 'vitest';
import { citedSources, numberReferences, referenceAnchor } from '../../src/lib/content/references';
import type { Source } from '../../src/schemas/source';

const source = (id: string, author: string, year: number | 'z.j.' = 2020): Source => ({
  id,
  title: `Titel ${id}`,
  author,
  year,
});
const heckman = source('heckman-2008', 'Heckman, J.J.', 2008);
const rivm = source('rivm', 'RIVM', 2024);
const caspi = source('caspi', 'Caspi, A.', 2016);

const slides = [
  { id: 'titel', sources: [] },
  { id: 'rendement', sources: [heckman, rivm] },
  { id: 'risico', sources: [caspi, heckman] },
];

describe('numberReferences', () => {
  it('numbers sources in order of first citation and tells each slide its numbers', () => {
    const { references, numbersBySlide } = numberReferences(slides);
    expect(references).toEqual([
      { number: 1, source: heckman, citedBy: [slides[1], slides[2]] },
      { number: 2, source: rivm, citedBy: [slides[1]] },
      { number: 3, source: caspi, citedBy: [slides[2]] },
    ]);
    expect(numbersBySlide).toEqual(
      new Map([
        ['titel', []],
        ['rendement', [1, 2]],
        ['risico', [3, 1]],
      ]),
    );
  });

  it('counts a source a slide lists twice once', () => {
    const { references, numbersBySlide } = numberReferences([{ id: 'dubbel', sources: [rivm, rivm] }]);
    expect(references).toEqual([
      { number: 1, source: rivm, citedBy: [{ id: 'dubbel', sources: [rivm, rivm] }] },
    ]);
    expect(numbersBySlide.get('dubbel')).toEqual([1]);
  });
});

describe('citedSources', () => {
  it('lists every cited source once, alphabetically by author, with the slides that cite it', () => {
    expect(citedSources(slides)).toEqual([
      { source: caspi, citedBy: [slides[2]] },
      { source: heckman, citedBy: [slides[1], slides[2]] },
      { source: rivm, citedBy: [slides[1]] },
    ]);
  });
});

describe('referenceAnchor', () => {
  it('prefixes the source id so it cannot clash with a slide id on the same page', () => {
    expect(referenceAnchor('heckman-2008')).toBe('bron-heckman-2008');
  });
});
