import { describe, expect, it } from 'vitest';
import {
  argumentNames,
  libraryFilterQuery,
  libraryOrder,
  matchesLibraryFilter,
  libraryEntry,
  noFilter,
  parseLibraryFilter,
  type LibraryEntry,
} from '../../src/lib/filters/library';
import type { AmbassadorSlide, ModuleSlide } from '../../src/lib/content/kit';

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

describe('the slide library’s filters, at their edges', () => {
  const ambassadorEntry: LibraryEntry = {
    id: 'ambassadeur-tessa-roseboom',
    part: 'ambassadeurs',
    argument: undefined,
    tags: ['ambassadeur', 'zorg'],
    sector: 'zorg',
  };
  const library = [heckman, ambassadorEntry];
  const shown = (filter: Partial<typeof noFilter>) =>
    library
      .filter((entry) => matchesLibraryFilter(entry, { ...noFilter, ...filter }))
      .map((entry) => entry.id);

  it('show every slide, ambassadors included, while nothing is chosen', () => {
    expect(shown({})).toEqual(['financieel-aantrekkelijk', 'ambassadeur-tessa-roseboom']);
  });

  it('keep only the slides of the chosen argument, tag or sector', () => {
    expect([
      shown({ argument: 4 }),
      shown({ argument: 2 }),
      shown({ tag: 'zorg' }),
      shown({ sector: 'zorg' }),
    ]).toEqual([
      ['financieel-aantrekkelijk'],
      [],
      ['ambassadeur-tessa-roseboom'],
      ['ambassadeur-tessa-roseboom'],
    ]);
  });

  it('show only slides the search found for typed words, combined with the other filters', () => {
    const found = new Set(['ambassadeur-tessa-roseboom']);
    const shownWith = (filter: Partial<typeof noFilter>) =>
      library
        .filter((entry) => matchesLibraryFilter(entry, { ...noFilter, ...filter }, found))
        .map((entry) => entry.id);
    expect([
      shownWith({ text: 'roseboom' }),
      shownWith({ text: 'roseboom', sector: 'gemeente' }),
      shownWith({ text: '   ' }),
    ]).toEqual([
      ['ambassadeur-tessa-roseboom'],
      [],
      ['financieel-aantrekkelijk', 'ambassadeur-tessa-roseboom'],
    ]);
  });

  it('accept the arguments 1 to 7 from the URL and nothing else', () => {
    const argument = (value: string) => parseLibraryFilter(`?argument=${value}`, known).argument;
    expect(['0', '1', '7', '8', '2.5', 'twee', ''].map(argument)).toEqual([
      undefined,
      1,
      7,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('cut a typed search in the URL at 200 characters and leave blank text out of the URL', () => {
    expect(parseLibraryFilter(`?zoek=${'a'.repeat(250)}`, known).text).toBe('a'.repeat(200));
    expect(libraryFilterQuery({ ...noFilter, text: '  heckman  ' })).toBe('?zoek=heckman');
    expect(libraryFilterQuery({ ...noFilter, text: '   ' })).toBe('');
  });

  it('make a card of a slide, with the sector of an ambassador and none for other slides', () => {
    const base = {
      title: 'Titel',
      part: 'ambassadeurs' as const,
      argument: undefined,
      tags: ['ambassadeur'],
      summary: 'Samenvatting.',
      layout: 'quote' as const,
      notes: '',
      sources: [],
      programmeStatement: false,
      filePath: 'x',
    };
    const ambassadorSlide: AmbassadorSlide = {
      ...base,
      id: 'ambassadeur-a',
      kind: 'ambassador',
      ambassador: { id: 'a', name: 'A', quote: 'Q', sector: 'gemeente', sources: [] },
    };
    const moduleSlide: ModuleSlide = { ...base, id: 'b', kind: 'module', keyFigureIds: [], chartIds: [] };
    expect([libraryEntry(ambassadorSlide), libraryEntry(moduleSlide)]).toStrictEqual([
      {
        id: 'ambassadeur-a',
        part: 'ambassadeurs',
        argument: undefined,
        tags: ['ambassadeur'],
        sector: 'gemeente',
      },
      {
        id: 'b',
        part: 'ambassadeurs',
        argument: undefined,
        tags: ['ambassadeur'],
        sector: undefined,
      },
    ]);
  });
});

describe('the library’s order', () => {
  const s = (id: string, part: LibraryEntry['part'], title = id) => ({ id, part, title });

  it('goes by part of the story, then the story deck’s order, then the other decks’, then by title', () => {
    const slides = [
      s('z-los', 'verhaal', 'Zee'),
      s('b-los', 'verhaal', 'Appel'),
      s('ander', 'verhaal'),
      s('amb', 'ambassadeurs'),
      s('tweede', 'verhaal'),
      s('eerste', 'verhaal'),
      s('ach', 'achtergrond'),
      s('amb-2', 'ambities'),
    ];
    const decks = [
      { id: 'kort', slides: ['ander', 'eerste'] },
      { id: 'het-verhaal', slides: ['eerste', 'tweede'] },
    ];
    expect(libraryOrder(slides, decks, 'het-verhaal').map((slide) => slide.id)).toEqual([
      'eerste',
      'tweede',
      'ander',
      'b-los',
      'z-los',
      'amb-2',
      'amb',
      'ach',
    ]);
    // Without the story deck among them, the decks count as given.
    expect(
      libraryOrder(slides, decks, 'geen')
        .map((slide) => slide.id)
        .slice(0, 3),
    ).toEqual(['ander', 'eerste', 'tweede']);
  });

  it('sorts titles as Dutch readers expect, not by character code', () => {
    expect(
      libraryOrder(
        [s('a', 'verhaal', 'Zorg'), s('b', 'verhaal', 'ézelsbrug'), s('c', 'verhaal', 'appel')],
        [],
        'x',
      ).map((slide) => slide.title),
    ).toEqual(['appel', 'ézelsbrug', 'Zorg']);
  });

  it('names each argument after the first slide that makes it, in number order', () => {
    const names = argumentNames([
      { argument: undefined, title: 'Inleiding' },
      { argument: 2, title: 'Het loont' },
      { argument: 1, title: 'Het kan' },
      { argument: 2, title: 'Het loont ook hier' },
    ]);
    expect([...names]).toEqual([
      [1, 'Het kan'],
      [2, 'Het loont'],
    ]);
    expect(argumentNames([]).size).toBe(0);
  });
});
