import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asideFileName,
  asideKey,
  asideName,
  copyTitle,
  deckName,
  dutchMoment,
  hasWork,
  isAsideKey,
  maxShelved,
  newDeckId,
  parseShelf,
  serialiseShelf,
  type ShelvedDeck,
} from '../../src/lib/remix/my-decks';
import { parseDeckFile, serialiseDeckFile } from '../../src/lib/remix/deck-file';
import { isTooLongForLink, maxLinkBytes, tooLongMessage } from '../../src/lib/remix/link-limit';

const raad: ShelvedDeck = {
  id: 'abc123',
  saved: '2026-12-05T09:00:00.000Z',
  deck: {
    title: 'Voor de raad',
    slides: ['titel', '_1'],
    own: [{ key: '_1', title: 'Zwolle', bullets: ['a'] }],
  },
};
const leeg: ShelvedDeck = {
  id: 'def456',
  saved: '2026-12-04T08:00:00.000Z',
  deck: { title: '', slides: ['titel'] },
};

describe('the shelf of saved decks', () => {
  it('reads back what was put on it, own slides included', () => {
    expect(parseShelf(serialiseShelf([raad, leeg]))).toEqual({ decks: [raad, leeg], unreadable: [] });
  });

  it('is empty without a complaint when nothing was stored', () => {
    expect(parseShelf(null)).toEqual({ decks: [], unreadable: [] });
    expect(parseShelf('')).toEqual({ decks: [], unreadable: [] });
  });

  it('returns an unreadable shelf whole, to keep aside, instead of dropping it', () => {
    for (const raw of ['{kapot', 'null', '[]', '{"version":2,"decks":[]}', '{"version":1}'])
      expect(parseShelf(raw)).toEqual({ decks: [], unreadable: [raw] });
  });

  it('keeps the readable decks and returns each unreadable one to keep aside', () => {
    const newer = { id: 'nieuw1', saved: '', deck: { version: 9, title: 'x', slides: [] } };
    const raw = JSON.stringify({
      version: 1,
      decks: [
        (JSON.parse(serialiseShelf([raad])) as { decks: unknown[] }).decks[0],
        newer,
        { id: 'abc123', deck: { version: 2, title: '', slides: [] } },
        7,
      ],
    });
    const result = parseShelf(raw);
    expect(result.decks).toEqual([raad]);
    expect(result.unreadable.map((t) => JSON.parse(t) as unknown)).toEqual([
      newer,
      { id: 'abc123', deck: { version: 2, title: '', slides: [] } },
      7,
    ]);
  });

  it('never throws and never loses a deck it was given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const result = parseShelf(raw);
        if (raw !== '' && result.decks.length === 0) expect(result.unreadable.length).toBeGreaterThan(0);
      }),
    );
  });

  it(`keeps at most ${maxShelved} decks`, () => {
    const many = Array.from({ length: maxShelved + 5 }, (_, i) => ({ ...leeg, id: `d${i}` }));
    expect(parseShelf(serialiseShelf(many)).decks).toHaveLength(maxShelved);
  });
});

describe('names and ids', () => {
  it('names a deck by its title, or calls it nameless', () => {
    expect(deckName(raad.deck)).toBe('Voor de raad');
    expect(deckName({ title: '  ', slides: [] })).toBe('Naamloze presentatie');
  });

  it('names a copy so it differs from the decks there are', () => {
    expect(copyTitle('Voor de raad', ['Voor de raad'])).toBe('Voor de raad (kopie)');
    expect(copyTitle('Voor de raad', ['Voor de raad (kopie)'])).toBe('Voor de raad (kopie 2)');
    expect(copyTitle('Voor de raad (kopie)', ['Voor de raad (kopie)', 'Voor de raad (kopie 2)'])).toBe(
      'Voor de raad (kopie 3)',
    );
    expect(copyTitle('', [])).toBe('Naamloze presentatie (kopie)');
  });

  it('makes ids of twelve letters and digits', () => {
    expect(newDeckId(() => 0)).toBe('aaaaaaaaaaaa');
    expect(newDeckId(() => 0.9999)).toBe('999999999999');
    expect(newDeckId()).toMatch(/^[a-z0-9]{12}$/);
  });

  it('tells whether a deck holds work', () => {
    expect(hasWork({ title: '', slides: [] })).toBe(false);
    expect(
      hasWork({
        title: ' ',
        slides: [],
        cover: { subtitle: '', presenter: '', organisation: '', date: '', place: '' },
      }),
    ).toBe(false);
    expect(hasWork({ title: 'x', slides: [] })).toBe(true);
    expect(hasWork({ title: '', slides: ['titel'] })).toBe(true);
    expect(hasWork({ title: '', slides: [], closing: { contact: 'a', website: '' } })).toBe(true);
    expect(
      hasWork({
        title: '',
        slides: [],
        cover: { subtitle: '', presenter: 'Anna', organisation: '', date: '', place: '' },
      }),
    ).toBe(true);
  });
});

describe('unreadable data kept aside', () => {
  it('gets a key of its own, never one already taken', () => {
    const now = new Date('2026-12-05T09:12:00.000Z');
    const key = asideKey(now, () => false);
    expect(key).toBe('verhaalkit:onleesbaar:2026-12-05T09:12:00.000Z');
    expect(isAsideKey(key)).toBe(true);
    expect(isAsideKey('verhaalkit:mijn-presentatie')).toBe(false);
    expect(asideKey(now, (k) => k === key)).toBe(`${key}-2`);
    expect(asideKey(now, (k) => k === key || k === `${key}-2`)).toBe(`${key}-3`);
  });

  it('is named with its moment in Dutch and downloads under a plain file name', () => {
    const at = new Date(2026, 11, 5, 9, 7);
    const key = `verhaalkit:onleesbaar:${at.toISOString()}-2`;
    expect(dutchMoment(at.toISOString())).toBe('5 december 2026 om 09:07');
    expect(asideName(key)).toBe('Onleesbare presentatie, apart gezet op 5 december 2026 om 09:07');
    expect(asideName('verhaalkit:onleesbaar:onzin')).toBe('Onleesbare presentatie');
    expect(asideFileName('verhaalkit:onleesbaar:2026-12-05T09:12:00.000Z')).toBe(
      'onleesbare-presentatie-2026-12-05-09-12-00-000.json',
    );
    expect(asideFileName('verhaalkit:onleesbaar:')).toBe('onleesbare-presentatie-kopie.json');
    expect(dutchMoment('gisteren')).toBe('');
  });
});

describe('the deck file', () => {
  it('reads back the deck it was made of, own slides, cover and closing included', () => {
    const deck = {
      ...raad.deck,
      cover: { subtitle: 'Sub', presenter: 'Anna', organisation: '', date: '', place: '' },
      closing: { contact: 'anna@zwolle.nl', website: '' },
    };
    const text = serialiseDeckFile(deck);
    expect(JSON.parse(text)).toMatchObject({ kind: 'kansrijke-start-presentatie', version: 1 });
    expect(parseDeckFile(text)).toEqual({ ok: true, deck, problems: [] });
    expect(parseDeckFile(`\ufeff${text}`)).toEqual({ ok: true, deck, problems: [] });
  });

  it('opens a deck as the browser stores it, such as a kept-aside copy', () => {
    expect(parseDeckFile('{"version":1,"title":"Oud","slides":["titel"]}')).toEqual({
      ok: true,
      deck: { title: 'Oud', slides: ['titel'] },
      problems: [],
    });
  });

  it('says in Dutch what is wrong with a file it cannot open', () => {
    const message = (text: string) => {
      const result = parseDeckFile(text);
      return result.ok ? 'ok' : result.message;
    };
    expect(message('<html>')).toMatch(/^Dit bestand is geen presentatie uit de verhaalkit/);
    expect(message('[1,2]')).toMatch(/^Dit bestand is geen presentatie/);
    expect(message('{"name":"x"}')).toMatch(/^Dit bestand is geen presentatie/);
    expect(message('{"kind":"kansrijke-start-presentatie","version":2,"slides":[]}')).toMatch(
      /nieuwere versie/,
    );
    expect(message('{"kind":"kansrijke-start-presentatie","slides":[]}')).toMatch(/versienummer ontbreekt/);
    expect(message('{"version":9,"title":"","slides":[]}')).toBe(
      'Deze presentatie komt uit een nieuwere versie van de verhaalkit en kan hier niet worden geopend.',
    );
    expect(message('{"version":1,"slides":3}')).toMatch(/beschadigd/);
    expect(message(`{"x":"${'a'.repeat(2_000_001)}"}`)).toMatch(/te groot/);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void parseDeckFile(text)));
  });
});

describe('the link length limit', () => {
  it('allows links up to the limit and explains in Dutch beyond it', () => {
    expect(isTooLongForLink(`/presenteer/?slides=${'a'.repeat(maxLinkBytes - 20)}`)).toBe(false);
    expect(isTooLongForLink(`/presenteer/?slides=${'a'.repeat(maxLinkBytes - 19)}`)).toBe(true);
    expect(tooLongMessage('x'.repeat(19123))).toMatch(
      /^Deze presentatie is te groot voor een link \(19\.123 tekens/,
    );
  });
});
