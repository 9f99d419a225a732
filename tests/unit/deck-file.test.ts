import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../support/property-runs';
import {
  deckFileName,
  maxDeckFileLength,
  parseDeckFile,
  serializeDeckFile,
} from '../../src/lib/remix/deck-file';
import type { RemixDeck } from '../../src/lib/remix/link';
import { cleanClosing, cleanCover, cleanTextSlide } from '../../src/lib/remix/own-slides';

const deck: RemixDeck = {
  title: 'Kansrijke Start voor de raad',
  slides: ['leeswijzer', '_1', 'risicofactoren', '_2', 'leeswijzer'],
  cover: cleanCover({ presenter: 'Anna de Vries', organisation: 'Gemeente Zwolle' }),
  closing: cleanClosing({ contact: 'anna@zwolle.example', website: 'zwolle.example' }),
  own: [
    cleanTextSlide('_1', 'Wat we al doen', ['Een coalitie', 'Een wijkteam']),
    cleanTextSlide('_2', 'Vraag', []),
  ],
  versions: { leeswijzer: 'Ab3x', risicofactoren: 'Q9_k' },
};

describe('a deck file', () => {
  it('round-trips a deck with own slides, cover, closing and versions', () => {
    const text = serializeDeckFile(deck);
    expect(JSON.parse(text)).toMatchObject({ kind: 'kansrijke-start-presentatie', version: 1 });
    expect(parseDeckFile(text)).toEqual({ ok: true, deck, problems: [] });
    expect(deckFileName(deck)).toBe('kansrijke-start-voor-de-raad.json');
    expect(deckFileName({ title: '', slides: [] })).toBe('presentatie.json');
  });

  it('round-trips any deck whose text is already clean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('leeswijzer', 'risicofactoren', 'begin', '_1'), {
          minLength: 1,
          maxLength: 50,
        }),
        fc.string({ maxLength: 120 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }),
        (slides, title, bullets) => {
          const own = [cleanTextSlide('_1', title, bullets)];
          const input: RemixDeck = {
            title: 'Titel',
            slides,
            cover: cleanCover({}),
            ...(slides.includes('_1') ? { own } : {}),
          };
          expect(parseDeckFile(serializeDeckFile(input))).toEqual({ ok: true, deck: input, problems: [] });
        },
      ),
    );
  });

  it('says in Dutch why a file is no deck: not JSON, another kind, too large, newer, empty', () => {
    expect(parseDeckFile('{"kind":')).toEqual({
      ok: false,
      message: 'Dit bestand is geen presentatie uit de verhaalkit. Het is geen leesbaar JSON-bestand.',
    });
    for (const other of ['[]', 'null', '5', '{"kind":"iets-anders","version":1}', '{"version":1}'])
      expect(parseDeckFile(other)).toEqual({
        ok: false,
        message: 'Dit bestand is geen presentatie uit de verhaalkit.',
      });
    expect(parseDeckFile('{"kind":"kansrijke-start-presentatie","version":"1"}')).toEqual({
      ok: false,
      message: 'Dit bestand is geen presentatie uit de verhaalkit. Het versienummer ontbreekt.',
    });
    expect(
      parseDeckFile(JSON.stringify({ kind: 'kansrijke-start-presentatie', version: 2, slides: ['a'] })),
    ).toEqual({
      ok: false,
      message:
        'Dit bestand komt uit een nieuwere versie van de verhaalkit. Laad de pagina opnieuw (de nieuwste versie) en open het bestand dan nog eens.',
    });
    expect(parseDeckFile(' '.repeat(maxDeckFileLength + 1))).toEqual({
      ok: false,
      message: 'Dit bestand is te groot voor een presentatie uit de verhaalkit.',
    });
    expect(
      parseDeckFile(JSON.stringify({ kind: 'kansrijke-start-presentatie', version: 1, slides: [] })),
    ).toEqual({
      ok: false,
      message: 'Dit bestand bevat geen enkele slide.',
    });
  });

  it('keeps what it can read and names the rest: bad ids, damaged or missing own slides, bad versions', () => {
    const text = JSON.stringify({
      kind: 'kansrijke-start-presentatie',
      version: 1,
      title: '\u202eTitel\u202c <b>',
      slides: ['leeswijzer', '<img src=x>', 5, '_1', '_2', '_3'],
      own: { _1: ['Goed', 'punt'], _2: 7, weird: ['x'] },
      versions: { leeswijzer: 'Ab3x', risicofactoren: 'Q9_k', '<x>': 'Ab3x', _1: 'zz' },
      cover: { presenter: 'Anna', organisation: 5 },
    });
    expect(parseDeckFile(`\ufeff${text}`)).toEqual({
      ok: true,
      deck: {
        title: 'Titel <b>',
        slides: ['leeswijzer', '_1'],
        cover: cleanCover({ presenter: 'Anna' }),
        own: [cleanTextSlide('_1', 'Goed', ['punt'])],
        versions: { leeswijzer: 'Ab3x' },
      },
      problems: [
        'Eigen slide 2 in dit bestand is beschadigd en wordt niet getoond.',
        '2 delen van de slidelijst zijn geen slide en zijn overgeslagen: <img src=x>, 5.',
        '2 eigen slides uit dit bestand ontbreken.',
      ],
    });
  });

  it('takes at most 1,000 slides and 20 own slides, and says so', () => {
    const own = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`_${i + 1}`, [`S${i + 1}`]]));
    const result = parseDeckFile(
      JSON.stringify({
        kind: 'kansrijke-start-presentatie',
        version: 1,
        title: 'Groot',
        slides: [...Array.from({ length: 1200 }, () => 'leeswijzer'), '_1'],
        own,
      }),
    );
    expect(result.ok && result.deck.slides.length).toBe(1000);
    expect(result.ok && result.problems).toEqual([
      'Een presentatie heeft hoogstens 20 eigen slides; de rest is weggelaten.',
      'Dit bestand noemt 1201 slides; een presentatie heeft er hoogstens 1000. De eerste 1000 zijn overgenomen.',
    ]);
  });

  it('never throws on any text, and reads a large file in time linear in its length', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((v) =>
            JSON.stringify({
              kind: 'kansrijke-start-presentatie',
              version: 1,
              slides: v,
              own: v,
              cover: v,
              closing: v,
              versions: v,
            }),
          ),
        ),
        (text) => {
          const result = parseDeckFile(text);
          expect(result.ok ? Array.isArray(result.problems) : result.message.length > 0).toBe(true);
        },
      ),
      { numRuns: propertyRuns(100) },
    );
    const versions = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`slide-${i}`, 'Ab3x']));
    const big = JSON.stringify({
      kind: 'kansrijke-start-presentatie',
      version: 1,
      slides: Object.keys(versions),
      versions,
    });
    const started = performance.now();
    parseDeckFile(big);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
