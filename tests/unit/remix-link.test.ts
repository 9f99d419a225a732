import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../support/property-runs';
import {
  cleanTitle,
  decodeRemix,
  decodeRemixLink,
  encodeRemix,
  encodeRemixCompact,
  maxRemixSlides,
  playableDeck,
  remixHref,
  shortPart,
  type RemixDeck,
} from '../../src/lib/remix/link';
import {
  cleanClosing,
  cleanCover,
  cleanTextSlide,
  hasContent,
  ownLimits,
} from '../../src/lib/remix/own-slides';
import type { IndexedSlide, SlideIndex } from '../../src/lib/remix/slide-index';

const slideId = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const version = fc.stringMatching(/^[A-Za-z0-9_-]{4}$/);
/** Any text a visitor could type, payloads, bidi controls and astral characters included. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</title><script>alert(1)</script>',
    '\u202eabc\u202c',
    '${alert(1)}{{constructor.constructor("alert(1)")()}}',
    'javascript:alert(1)',
    '__proto__',
  ),
);

/** A deck with own slides, in the form the link gives it back: own keys numbered by first use. */
const deckWithOwnSlides = fc
  .record({
    title: anyText.map(cleanTitle).filter((t) => t !== '' && t !== 'Mijn presentatie'),
    items: fc.array(
      fc.oneof(slideId, fc.record({ title: anyText, bullets: fc.array(anyText, { maxLength: 8 }) })),
      { minLength: 1, maxLength: 20 },
    ),
    cover: fc.record({
      subtitle: anyText,
      presenter: anyText,
      organisation: anyText,
      date: anyText,
      place: anyText,
    }),
    closing: fc.record({ contact: anyText, website: anyText }),
    versions: fc.array(version, { minLength: 20, maxLength: 20 }),
  })
  .map(({ title, items, cover, closing, versions }) => {
    const deck: RemixDeck = { title, slides: [], cover: cleanCover(cover) };
    const own: NonNullable<RemixDeck['own']> = [];
    for (const item of items) {
      if (typeof item === 'string') deck.slides.push(item);
      else {
        const key = `_${own.length + 1}`;
        own.push(cleanTextSlide(key, item.title, item.bullets));
        deck.slides.push(key);
      }
    }
    if (own.length > 0) deck.own = own;
    const closingFields = cleanClosing(closing);
    if (hasContent(closingFields)) deck.closing = closingFields;
    const ids = [...new Set(deck.slides.filter((s) => !s.startsWith('_')))];
    if (ids.length > 0) deck.versions = Object.fromEntries(ids.map((id, i) => [id, versions[i]!]));
    return deck;
  });

describe('the share link of a self-made deck', () => {
  it('is readable: the title and the slide ids in order', () => {
    expect(
      remixHref({
        title: 'Mijn presentatie voor de raad',
        slides: ['titel', 'leeswijzer', 'risicofactoren'],
      }),
    ).toBe('/presenteer/?titel=Mijn+presentatie+voor+de+raad&slides=titel,leeswijzer,risicofactoren');
  });

  it('records a four-character version per library slide after the readable ids', () => {
    expect(
      encodeRemix({
        title: 'Raad',
        slides: ['titel', 'leeswijzer', 'titel'],
        versions: { titel: 'Ab3x', leeswijzer: 'Q9_k' },
      }),
    ).toBe('?titel=Raad&slides=titel,leeswijzer,titel&versies=Ab3xQ9_k');
  });

  it('round-trips any deck with own slides, compressed or not', async () => {
    await fc.assert(
      fc.asyncProperty(deckWithOwnSlides, async (deck) => {
        // A long link names its slides by code (link format 2): the player reads it with the index.
        const index: SlideIndex = {
          slides: Object.fromEntries(
            deck.slides.filter((s) => !s.startsWith('_')).map((id) => [id, {} as IndexedSlide]),
          ),
          redirects: {},
        };
        expect(await decodeRemixLink(await encodeRemixCompact(deck), index)).toEqual({
          ok: true,
          deck,
          unreadable: [],
          unreadableCount: 0,
          problems: [],
        });
        expect((await decodeRemixLink(encodeRemix(deck), index)).ok && true).toBe(true);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('compresses own text when that makes the link shorter', async () => {
    const deck: RemixDeck = {
      title: 'Kansrijke Start voor de gemeenteraad',
      slides: ['titel', '_1', '_2'],
      cover: cleanCover({
        presenter: 'Anna de Vries',
        organisation: 'Gemeente Zwolle',
        date: '12 maart 2027',
      }),
      own: [
        cleanTextSlide('_1', 'Wat we in Zwolle al doen', [
          'Een lokale coalitie met de jeugdgezondheidszorg en de verloskundigen',
          'Een lokale coalitie met de kraamzorg en het sociaal wijkteam',
        ]),
        cleanTextSlide('_2', 'Wat we van de raad vragen', ['Een lokale coalitie voor de komende vier jaar']),
      ],
    };
    const compact = await encodeRemixCompact(deck);
    expect(compact).toMatch(/&eigen=z[A-Za-z0-9_-]+$/);
    expect(compact.length).toBeLessThan(encodeRemix(deck).length);
  });

  it('gives any string a deck or a Dutch reason, never an exception', async () => {
    const search = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.webQueryParameters(),
      fc.webQueryParameters().map((q) => `?slides=${q}`),
      fc.tuple(fc.webQueryParameters(), fc.string()).map(([s, e]) => `?slides=titel,_1&${s}&eigen=${e}`),
      fc.base64String().map((b) => `?titel=x&slides=_1&eigen=z${b}`),
      fc.base64String().map((b) => `?titel=x&slides=_1,_2&eigen=j${b}`),
    );
    await fc.assert(
      fc.asyncProperty(search, async (text) => {
        for (const result of [decodeRemix(text), await decodeRemixLink(text)]) {
          if (result.ok) {
            expect(result.deck.slides.length).toBeLessThanOrEqual(maxRemixSlides);
            expect(result.unreadable.length).toBeLessThanOrEqual(10);
          } else {
            expect(result.message).toMatch(/^Deze link/);
          }
        }
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('explains an empty or garbled link', () => {
    expect(decodeRemix('')).toEqual({
      ok: false,
      reason: 'leeg',
      message: 'Deze link bevat geen presentatie.',
    });
    expect(decodeRemix('?titel=Leeg&slides=')).toEqual({
      ok: false,
      reason: 'leeg',
      message: 'Deze link bevat geen slides.',
    });
    expect(decodeRemix('?slides=%E0%A4%A,<script>')).toEqual({
      ok: false,
      reason: 'onleesbaar',
      message: 'Deze link bevat geen enkele geldige slide.',
    });
  });

  it('says when the own slides in a link are damaged, and plays the rest', async () => {
    const result = await decodeRemixLink('?titel=Raad&slides=titel,_1&eigen=zkapot!!');
    expect(result).toEqual({
      ok: true,
      deck: { title: 'Raad', slides: ['titel'], cover: cleanCover({}) },
      unreadable: [],
      unreadableCount: 0,
      problems: ['De eigen slides in deze link zijn beschadigd en worden niet getoond.'],
    });
  });

  it('keeps the readable ids and names at most ten unreadable parts, each cut short', () => {
    const parts = Array.from({ length: 25 }, (_, i) => `<script>alert(${i})</script>`);
    const result = decodeRemix(
      `?titel=<img src=x onerror=alert(1)>&slides=titel,${parts.join(',')},${'A'.repeat(500)}`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.deck.title).toBe('<img src=x onerror=alert(1)>');
    expect(result.deck.slides).toEqual(['titel']);
    expect(result.unreadableCount).toBe(26);
    expect(result.unreadable).toEqual(
      parts.slice(0, 10).map((p) => (p.length > 40 ? `${p.slice(0, 40)}…` : p)),
    );
  });

  it('removes bidi controls and control characters from the title and own text', async () => {
    expect(cleanTitle('\u202eabc\u202c \u2066def\u2069\u0007 gh\u200f')).toBe('abc def gh');
    const result = await decodeRemixLink(
      await encodeRemixCompact({
        title: 'x',
        slides: ['_1'],
        own: [{ key: '_1', title: 'A\u202eB', bullets: ['\u2067c\u2069'] }],
      }),
    );
    expect(result.ok && result.deck.own).toEqual([{ key: '_1', title: 'AB', bullets: ['c'] }]);
  });

  it('cuts own text to its limit and keeps at most six bullets', () => {
    const slide = cleanTextSlide(
      '_1',
      'T'.repeat(500),
      Array.from({ length: 9 }, (_, i) => `${i}`.repeat(400)),
    );
    expect(slide.title).toHaveLength(ownLimits.slideTitle);
    expect(slide.bullets).toHaveLength(6);
    expect(slide.bullets.every((b) => b.length === ownLimits.bullet)).toBe(true);
  });

  it('answers a 100,000-character link within a second, in time linear in its length', async () => {
    const time = async (search: string) => {
      const started = performance.now();
      await decodeRemixLink(search);
      return performance.now() - started;
    };
    const long = `?titel=${'<b onmouseover=alert(1)>x</b>'.repeat(3500)}&slides=titel,${'A'.repeat(100_000)}`;
    expect(await time(long)).toBeLessThan(1000);
    const commas = `?slides=titel${','.repeat(100_000)}`;
    expect(await time(commas)).toBeLessThan(1000);
    const ids = `?slides=${Array.from({ length: 5000 }, (_, i) => `onbekend-${i}`).join(',')}`;
    const result = decodeRemix(ids);
    expect(result.ok && result.deck.slides.length).toBe(maxRemixSlides);
  });

  it('gives a default title and keeps up to the maximum number of slides', () => {
    const many = Array.from({ length: maxRemixSlides + 5 }, (_, i) => `slide-${i}`);
    // So long a list goes into a short link, whose codes are looked up in the slide index.
    const index = { slides: Object.fromEntries(many.map((id) => [id, { t: id, v: 'AAAA' }])), redirects: {} };
    const result = decodeRemix(encodeRemix({ title: '', slides: many }), index);
    expect(result.ok && result.deck.title).toBe('Mijn presentatie');
    expect(result.ok && result.deck.slides.length).toBe(maxRemixSlides);
  });
});

describe('the remix link, at its edges', () => {
  it('reports parts that only begin or end like a slide id as unreadable, never as ids', () => {
    const result = decodeRemix('?slides=titel,titel/../x,x/titel,titel-,-titel,Titel,a--b,titel"><img');
    expect(result).toEqual({
      ok: true,
      deck: { title: 'Mijn presentatie', slides: ['titel'] },
      unreadable: ['titel/../x', 'x/titel', 'titel-', '-titel', 'Titel', 'a--b', 'titel"><img'],
      unreadableCount: 7,
      problems: [],
    });
  });

  it('removes control characters from a title and cuts it at 120 characters', () => {
    expect(cleanTitle(' Mijn\u0000\tpresentatie\u007f ')).toBe('Mijn presentatie');
    expect(cleanTitle('a'.repeat(250))).toBe('a'.repeat(120));
  });

  it('leaves the title out of a link for a deck without one, and keeps commas readable', () => {
    expect(encodeRemix({ title: '  ', slides: ['a', 'b'] })).toBe('?slides=a,b');
  });
});

describe('what a link plays', () => {
  const own = (key: string, title: string) => cleanTextSlide(key, title, ['punt']);

  it('opens a deck with a title with a cover, and one without under the default title and no cover', () => {
    expect(playableDeck({ title: ' Voor \u202ede raad ', slides: ['a'] })).toEqual({
      title: 'Voor de raad',
      slides: ['a'],
      cover: cleanCover({}),
    });
    const cover = { ...cleanCover({}), presenter: 'Ans' };
    expect(playableDeck({ title: 'T', slides: ['a'], cover }).cover).toEqual(cover);
    expect(playableDeck({ title: '  ', slides: ['a'], cover })).toEqual({
      title: 'Mijn presentatie',
      slides: ['a'],
    });
  });

  it('shows a long part of a link cut to forty characters', () => {
    expect(shortPart('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shortPart('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
  });

  it('plays a link with only own slides and a closing slide, under its title with its cover', async () => {
    const deck: RemixDeck = {
      title: 'Wijkavond',
      slides: [],
      cover: { ...cleanCover({}), presenter: 'Ans' },
      closing: cleanClosing({ contact: 'ans@ggd.nl' }),
    };
    const result = await decodeRemixLink(encodeRemix(deck));
    expect(result).toEqual({ ok: true, deck, unreadable: [], unreadableCount: 0, problems: [] });
    const { cover, ...withoutCover } = deck;
    expect(cover?.presenter).toBe('Ans');
    const untitled = await decodeRemixLink(encodeRemix({ ...withoutCover, title: '' }));
    expect(result.ok && untitled.ok && untitled.deck).toEqual({
      title: 'Mijn presentatie',
      slides: [],
      closing: deck.closing,
    });
  });

  it('refuses a link whose own part has neither a closing slide nor own slides', async () => {
    const onlyCover = encodeRemix({ title: 'T', slides: [], cover: { ...cleanCover({}), place: 'Utrecht' } });
    expect(onlyCover).toContain('eigen=');
    expect(await decodeRemixLink(onlyCover)).toEqual({
      ok: false,
      reason: 'leeg',
      message: 'Deze link bevat geen slides.',
    });
  });

  it('says in Dutch how many own slides a link names but does not carry, and plays the rest', async () => {
    const deck: RemixDeck = { title: 'T', slides: ['a', '_1', '_2'], own: [own('_1', 'Eén')] };
    const query = encodeRemix(deck);
    const withMissing = (extra: string) => query.replace('slides=a,_1', `slides=a,_1${extra}`);
    const one = await decodeRemixLink(withMissing(',_5'));
    expect(one.ok && one.problems).toEqual(['Eén eigen slide uit deze link ontbreekt.']);
    expect(one.ok && one.deck.slides).toEqual(['a', '_1']);
    const two = await decodeRemixLink(withMissing(',_5,_6'));
    expect(two.ok && two.problems).toEqual(['2 eigen slides uit deze link ontbreken.']);
  });

  it('uses the cover a link carries only for a deck with a title, and keeps own slides the list names', async () => {
    const deck: RemixDeck = {
      title: 'T',
      slides: ['a', '_1'],
      cover: { ...cleanCover({}), organisation: 'GGD' },
      own: [own('_1', 'Eén'), own('_2', 'Twee')],
    };
    const result = await decodeRemixLink(encodeRemix(deck));
    expect(result.ok && result.deck.cover).toEqual(deck.cover);
    expect(result.ok && result.deck.own).toEqual([own('_1', 'Eén')]);
    const untitled = await decodeRemixLink(encodeRemix({ ...deck, title: '' }));
    expect(untitled.ok && untitled.deck.cover).toBeUndefined();
  });

  it('drops a list of only own keys whose own part cannot be read, saying the slides are damaged', async () => {
    const result = await decodeRemixLink('?titel=T&slides=_1&eigen=j!!!');
    expect(result).toMatchObject({ ok: false, message: 'Deze link bevat geen enkele geldige slide.' });
    const withLibrary = await decodeRemixLink('?titel=T&slides=a,_1&eigen=j!!!');
    expect(withLibrary.ok && withLibrary.problems).toEqual([
      'De eigen slides in deze link zijn beschadigd en worden niet getoond.',
    ]);
    expect(withLibrary.ok && withLibrary.deck.slides).toEqual(['a']);
  });
});
