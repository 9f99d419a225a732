import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damagedMessage,
  dropUnknown,
  emptyDeck,
  estimateMinutes,
  moveSlide,
  moveTo,
  newerMessage,
  parseSavedDeck,
  serialiseDeck,
} from '../../src/lib/remix/saved-deck';

describe('the deck saved in the browser', () => {
  it('reads back what was saved', () => {
    const deck = { title: 'Voor de wethouder', slides: ['titel', 'risicofactoren'] };
    expect(parseSavedDeck(serialiseDeck(deck))).toEqual({ deck });
  });

  it('starts empty without a complaint when nothing was saved', () => {
    expect(parseSavedDeck(null)).toEqual({ deck: { title: '', slides: [] } });
  });

  it('reads corrupt or newer data as an empty deck and says why in Dutch', () => {
    expect(parseSavedDeck('{kapot')).toEqual({
      deck: { title: '', slides: [] },
      problem: 'Je opgeslagen presentatie kon niet worden gelezen: de gegevens zijn beschadigd.',
    });
    expect(parseSavedDeck('{"version":0,"slides":[]}').problem).toMatch(/beschadigd/);
    expect(parseSavedDeck('{"version":9,"title":"x","slides":[]}').problem).toMatch(/nieuwere versie/);
    expect(parseSavedDeck('{"version":9,"title":"x","slides":[]}').newer).toBe(true);
    expect(parseSavedDeck('{kapot').newer).toBeUndefined();
    expect(parseSavedDeck('{"version":1,"title":"x","slides":[1,2]}').problem).toMatch(/beschadigd/);
    const damaged = {
      deck: { title: '', slides: [] },
      problem: 'Je opgeslagen presentatie kon niet worden gelezen: de gegevens zijn beschadigd.',
    };
    expect(
      [
        '{"version":1,"title":"x","slides":["titel",5]}',
        '{"version":1,"title":7,"slides":[]}',
        '{"version":1,"title":"x"}',
      ].map(parseSavedDeck),
    ).toEqual([damaged, damaged, damaged]);
    expect(parseSavedDeck('null').problem).toMatch(/beschadigd/);
  });

  it('reads a deck saved by the previous version of the kit', () => {
    expect(parseSavedDeck('{"version":1,"title":"Oud","slides":["titel"]}')).toEqual({
      deck: { title: 'Oud', slides: ['titel'] },
    });
  });

  it('keeps own slides, cover and closing slide, cleaned of bidi controls', () => {
    const deck = {
      title: 'Raad\u202e',
      slides: ['titel', '_2'],
      cover: { subtitle: 'Sub', presenter: 'Anna', organisation: '', date: '', place: 'Zwolle' },
      closing: { contact: 'anna@zwolle.nl', website: 'www.zwolle.nl' },
      own: [{ key: '_2', title: 'Lokaal\u2066', bullets: ['een', 'twee'] }],
    };
    expect(parseSavedDeck(serialiseDeck(deck))).toEqual({
      deck: { ...deck, title: 'Raad', own: [{ key: '_2', title: 'Lokaal', bullets: ['een', 'twee'] }] },
    });
  });

  it('never throws on any stored string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void parseSavedDeck(raw)));
  });

  it('drops slides the kit no longer has', () => {
    expect(dropUnknown({ title: 't', slides: ['a', 'weg', 'b'] }, new Set(['a', 'b']))).toEqual({
      deck: { title: 't', slides: ['a', 'b'] },
      dropped: ['weg'],
    });
  });
});

describe('moving a slide', () => {
  it('moves one place up or down and leaves the ends alone', () => {
    expect(moveSlide(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveSlide(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(['a', 'b', 'c'], 3, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSlide(['a', 'b', 'c'], -1, 1)).toEqual(['a', 'b', 'c']);
    expect(moveSlide(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveSlide(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSlide(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every slide exactly once, whatever is moved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 20 }),
        fc.nat(25),
        fc.constantFrom<-1 | 1>(-1, 1),
        (slides, from, by) => {
          expect([...moveSlide(slides, from, by)].sort()).toEqual([...slides].sort());
        },
      ),
    );
  });
});

describe('estimated duration', () => {
  it('counts about a minute per quote and a minute and a half per other slide', () => {
    expect(estimateMinutes(['titel', 'ambassadeur-a', 'risicofactoren'])).toBe(4);
    expect(estimateMinutes([])).toBe(0);
    expect(estimateMinutes(['titel'], 2)).toBe(3);
  });
});

describe('the saved deck, at its edges', () => {
  const own = (key: string, title = `Eigen ${key}`) => ({ key, title, bullets: ['punt'] });

  it('saves only own slides that are in the deck, and no empty cover or closing slide', () => {
    const saved = JSON.parse(
      serialiseDeck({
        title: ' Mijn\u202e deck ',
        slides: ['titel', '_1'],
        own: [own('_1'), own('_2')],
        cover: { subtitle: '', presenter: '', organisation: '', date: '', place: '' },
        closing: { contact: '', website: '' },
      }),
    ) as Record<string, unknown>;
    expect(saved).toEqual({ version: 2, title: 'Mijn deck', slides: ['titel', '_1'], own: [own('_1')] });
    const filled = JSON.parse(
      serialiseDeck({
        title: 'D',
        slides: ['a'],
        cover: { subtitle: 'S', presenter: '', organisation: '', date: '', place: '' },
        closing: { contact: 'c', website: '' },
      }),
    ) as Record<string, unknown>;
    expect(Object.keys(filled)).toEqual(['version', 'title', 'slides', 'cover', 'closing']);
    expect(JSON.parse(serialiseDeck({ title: 'D', slides: ['a'], own: [own('_1')] }))).not.toHaveProperty(
      'own',
    );
  });

  it('saves and reads back at most 1,000 slides', () => {
    const slides = Array.from({ length: 1005 }, (_, i) => `slide-${i}`);
    const saved = JSON.parse(serialiseDeck({ title: 'D', slides })) as { slides: string[] };
    expect(saved.slides).toHaveLength(1000);
    expect(parseSavedDeck(JSON.stringify({ version: 2, title: 'D', slides })).deck.slides).toHaveLength(1000);
  });

  it('reads version 1 and 2, calls a higher number newer and anything else damaged', () => {
    const deck = (version: unknown) => parseSavedDeck(JSON.stringify({ version, title: 'D', slides: ['a'] }));
    expect(deck(1)).toEqual({ deck: { title: 'D', slides: ['a'] } });
    expect(deck(2)).toEqual({ deck: { title: 'D', slides: ['a'] } });
    expect(deck(3)).toEqual({ deck: emptyDeck(), problem: newerMessage, newer: true });
    for (const version of [0, '2', null, 1.5, -1])
      expect(deck(version), String(version)).toEqual({ deck: emptyDeck(), problem: damagedMessage });
    for (const raw of [
      '[]',
      'null',
      '5',
      '"x"',
      '{"version":2,"title":5,"slides":[]}',
      '{"version":2,"title":"D","slides":"a"}',
      '{"version":2,"title":"D","slides":[1]}',
    ])
      expect(parseSavedDeck(raw), raw).toEqual({ deck: emptyDeck(), problem: damagedMessage });
    expect(parseSavedDeck('')).toEqual({ deck: emptyDeck() });
  });

  it('keeps each own slide once, at most twenty, only under a valid key and only when the deck shows it', () => {
    const keys = Array.from({ length: 22 }, (_, i) => `_${i + 1}`);
    const result = parseSavedDeck(
      JSON.stringify({
        version: 2,
        title: 'D',
        slides: ['titel', '_1', '_2', '_21', '_5', 'x'],
        own: [own('_1'), own('_1', 'Dubbel'), null, 'x', own('_0'), ...keys.slice(1).map((key) => own(key))],
      }),
    );
    expect(result.deck.slides).toEqual(['titel', '_1', '_2', '_5', 'x']);
    expect(result.deck.own).toEqual([own('_1'), own('_2'), own('_5')].map((o) => ({ ...o })));
    // Without own slides, an own key in the list is dropped and no own list is made.
    const bare = parseSavedDeck(JSON.stringify({ version: 2, title: 'D', slides: ['_1', 'a'], own: 'x' }));
    expect(bare.deck).toEqual({ title: 'D', slides: ['a'] });
  });

  it('keeps a cover as it was filled in, and a closing slide only when it has text', () => {
    const read = (extra: object) =>
      parseSavedDeck(JSON.stringify({ version: 2, title: 'D', slides: [], ...extra })).deck;
    expect(read({ cover: { presenter: 'Ik' } }).cover).toEqual({
      subtitle: '',
      presenter: 'Ik',
      organisation: '',
      date: '',
      place: '',
    });
    expect(read({ cover: null, closing: null })).toEqual({ title: 'D', slides: [] });
    expect(read({ closing: { contact: '', website: 5 } })).toEqual({ title: 'D', slides: [] });
    expect(read({ closing: { website: 'www.x.nl' } }).closing).toEqual({ contact: '', website: 'www.x.nl' });
    expect(read({ cover: 'x', closing: 'y' })).toEqual({ title: 'D', slides: [] });
  });

  it('keeps own slides and known ids, and drops ids that are not slide ids even when listed', () => {
    expect(dropUnknown({ title: 't', slides: ['_1', 'a', 'A b', 'weg'] }, new Set(['a', 'A b']))).toEqual({
      deck: { title: 't', slides: ['_1', 'a'] },
      dropped: ['A b', 'weg'],
    });
  });

  it('moves a slide to any place in the list', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 0, 3)).toEqual(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('counts half a minute for the cover and the closing slide, rounded up to whole minutes', () => {
    expect(estimateMinutes(['titel'], 1)).toBe(2);
    expect(estimateMinutes(['ambassadeur-x'], 1)).toBe(2);
    expect(estimateMinutes(['ambassadeur-x', 'ambassadeur-y'])).toBe(2);
    expect(estimateMinutes(['een-ambassadeur-x'])).toBe(2);
  });
});
