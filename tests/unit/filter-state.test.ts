import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  hasSearch,
  maxQueryLength,
  pagefindFilters,
  readSearchState,
  readSectorFilter,
  searchStateSearch,
  sectorFilterSearch,
} from '../../src/lib/filters/url-state';
import { slideParts } from '../../src/schemas/slide';
import { ambassadorSectors } from '../../src/schemas/ambassador';

const choices = { parts: slideParts, sectors: ambassadorSectors };

describe('the sector filter in the address', () => {
  it('reads a known sector, also one with a space', () => {
    expect(readSectorFilter('?sector=zorg', ambassadorSectors)).toBe('zorg');
    expect(readSectorFilter('?sector=sociaal+domein', ambassadorSectors)).toBe('sociaal domein');
  });

  it('ignores a missing, unknown or injected sector', () => {
    expect(readSectorFilter('', ambassadorSectors)).toBeUndefined();
    expect(readSectorFilter('?sector=bakkers', ambassadorSectors)).toBeUndefined();
    expect(
      readSectorFilter('?sector=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ambassadorSectors),
    ).toBeUndefined();
  });

  it('writes a sector back so that reading it gives the same sector', () => {
    expect(sectorFilterSearch('sociaal domein')).toBe('?sector=sociaal+domein');
    expect(readSectorFilter(sectorFilterSearch('sociaal domein'), ambassadorSectors)).toBe('sociaal domein');
    expect(sectorFilterSearch(undefined)).toBe('');
  });
});

describe('the search state in the address', () => {
  it('reads the search text and known filters', () => {
    expect(readSearchState('?q=Heckman&deel=verhaal&sector=wetenschap', choices)).toEqual({
      query: 'Heckman',
      part: 'verhaal',
      sector: 'wetenschap',
    });
  });

  it('drops unknown filters and tidies the search text', () => {
    expect(
      readSearchState('?q=%20%20rendement%0A%20op%20%20investering%20&deel=onzin&sector=', choices),
    ).toEqual({
      query: 'rendement op investering',
      part: undefined,
      sector: undefined,
    });
  });

  it('keeps markup in the search text as plain text, cut to the maximum length', () => {
    const long = `<script>${'x'.repeat(300)}`;
    const state = readSearchState(`?q=${encodeURIComponent(long)}`, choices);
    expect(state.query).toBe(long.slice(0, maxQueryLength));
  });

  it('drops direction overrides and invisible characters, so the status sentence reads as typed (security L8)', () => {
    const state = readSearchState('?q=%E2%80%AETSET%E2%80%AC%E2%80%8Bhersenen%E2%81%A6x%E2%81%A9', choices);
    expect(state.query).toBe('TSEThersenenx');
  });

  it('never cuts an emoji in half at the maximum length, nor keeps a lone half from the address (security L8)', () => {
    const emoji = '😀'.repeat(300);
    const state = readSearchState(`?q=${encodeURIComponent(`a${emoji}`)}`, choices);
    // 'a' plus 99 whole emoji is 199 units; the 100th would be split, so it goes whole.
    expect(state.query).toBe(`a${'😀'.repeat(99)}`);
    expect(state.query.isWellFormed()).toBe(true);
    expect(readSearchState(`?q=${encodeURIComponent('😀'.repeat(300))}`, choices).query).toBe(
      '😀'.repeat(100),
    );
    expect(cleanQuery('a\ud83db\ude00c')).toBe('abc');
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const state = { query: 'eerste 1.000 dagen', part: 'ambassadeurs', sector: 'sociaal domein' };
    expect(searchStateSearch(state)).toBe('?q=eerste+1.000+dagen&deel=ambassadeurs&sector=sociaal+domein');
    expect(readSearchState(searchStateSearch(state), choices)).toEqual(state);
    expect(searchStateSearch({ query: '', part: undefined, sector: undefined })).toBe('');
  });

  it('knows when there is something to search and which Pagefind filters that means', () => {
    expect(hasSearch({ query: '', part: undefined, sector: undefined })).toBe(false);
    expect(hasSearch({ query: '', part: undefined, sector: 'zorg' })).toBe(true);
    expect(pagefindFilters({ query: 'x', part: 'verhaal', sector: 'zorg' })).toEqual({
      deel: 'verhaal',
      sector: 'zorg',
    });
    expect(pagefindFilters({ query: 'x', part: undefined, sector: undefined })).toEqual({});
    expect(hasSearch({ query: 'heckman', part: undefined, sector: undefined })).toBe(true);
    expect(hasSearch({ query: '', part: 'verhaal', sector: undefined })).toBe(true);
    expect(pagefindFilters({ query: '', part: 'verhaal', sector: undefined })).toStrictEqual({
      deel: 'verhaal',
    });
    expect(pagefindFilters({ query: '', part: undefined, sector: 'zorg' })).toStrictEqual({ sector: 'zorg' });
  });
});
