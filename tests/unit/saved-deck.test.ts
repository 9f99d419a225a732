import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropUnknown,
  estimateMinutes,
  moveSlide,
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
