import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle, decodeRemix, encodeRemix, maxRemixSlides, remixHref } from '../../src/lib/remix/link';

const slideId = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const deck = fc.record({
  title: fc
    .string({ maxLength: 120 })
    .map(cleanTitle)
    .filter((t) => t !== ''),
  slides: fc.array(slideId, { minLength: 1, maxLength: 60 }),
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

  it('round-trips any deck: decoding the encoded link gives the same title and slides', () => {
    fc.assert(
      fc.property(deck, (d) => {
        expect(decodeRemix(encodeRemix(d))).toEqual({ ok: true, deck: d, unreadable: [] });
      }),
    );
  });

  it('never throws on any string, and always gives a deck or a Dutch reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.webQueryParameters(),
          fc.webQueryParameters().map((q) => `?slides=${q}`),
        ),
        (search) => {
          const result = decodeRemix(search);
          if (result.ok) {
            expect(result.deck.slides.length).toBeGreaterThan(0);
            expect(result.deck.slides.length).toBeLessThanOrEqual(maxRemixSlides);
          } else {
            expect(result.message).toMatch(/^Deze link/);
          }
        },
      ),
      { numRuns: 500 },
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

  it('keeps the readable ids and reports script or HTML in the link as unreadable text', () => {
    const result = decodeRemix(
      '?titel=<img src=x onerror=alert(1)>&slides=titel,<script>alert(1)</script>,leeswijzer',
    );
    expect(result).toEqual({
      ok: true,
      deck: { title: '<img src=x onerror=alert(1)>', slides: ['titel', 'leeswijzer'] },
      unreadable: ['<script>alert(1)</script>'],
    });
  });

  it('gives a default title and keeps up to the maximum number of slides', () => {
    const many = Array.from({ length: maxRemixSlides + 5 }, (_, i) => `slide-${i}`);
    const result = decodeRemix(encodeRemix({ title: '', slides: many }));
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
    });
  });

  it('turns control characters in a title into spaces and cuts it at 200 characters', () => {
    expect(cleanTitle(' Mijn\u0000\tpresentatie\u007f ')).toBe('Mijn presentatie');
    expect(cleanTitle('a'.repeat(250))).toBe('a'.repeat(200));
  });

  it('leaves the title out of a link for a deck without one, and keeps commas readable', () => {
    expect(encodeRemix({ title: '  ', slides: ['a', 'b'] })).toBe('?slides=a,b');
  });
});
