import { describe, expect, it } from 'vitest';
import {
  libraryFilterQuery,
  matchesLibraryFilter,
  noFilter,
  parseLibraryFilter,
  type LibraryEntry,
} from '../../src/lib/filters/library';

const known = { tags: ['kwetsbaarheid', 'financieel'], sectors: ['zorg', 'gemeente'] };
const heckman: LibraryEntry = {
  id: 'financieel-aantrekkelijk',
  part: 'verhaal',
  argument: 4,
  tags: ['financieel'],
  sector: undefined,
};

describe('the slide library’s filters', () => {
  it('read back from the URL what they wrote into it', () => {
    const filter = {
      part: 'verhaal' as const,
      argument: 4,
      tag: 'financieel',
      sector: 'zorg',
      text: 'heckman curve',
    };
    expect(libraryFilterQuery(filter)).toBe(
      '?deel=verhaal&argument=4&tag=financieel&sector=zorg&zoek=heckman+curve',
    );
    expect(parseLibraryFilter(libraryFilterQuery(filter), known)).toEqual(filter);
  });

  it('ignore values the library does not know', () => {
    expect(parseLibraryFilter('?deel=<script>&argument=9&tag=onbekend&sector=x', known)).toEqual(noFilter);
  });

  it('match on every chosen filter, and on typed words only through what the search found', () => {
    const found = new Set(['financieel-aantrekkelijk']);
    expect(
      matchesLibraryFilter(heckman, { ...noFilter, argument: 4, text: 'HECKMAN rendement' }, found),
    ).toBe(true);
    expect(matchesLibraryFilter(heckman, { ...noFilter, text: 'heckman' }, new Set(['titel']))).toBe(false);
    expect(matchesLibraryFilter(heckman, { ...noFilter, text: '   ' })).toBe(true);
    expect(matchesLibraryFilter(heckman, { ...noFilter, argument: 3, text: 'heckman' }, found)).toBe(false);
    expect(matchesLibraryFilter(heckman, { ...noFilter, part: 'ambities' })).toBe(false);
    expect(matchesLibraryFilter(heckman, { ...noFilter, sector: 'zorg' })).toBe(false);
  });
});
