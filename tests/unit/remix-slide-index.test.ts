import { describe, expect, it } from 'vitest';
import {
  checkDeck,
  namedList,
  parseSlideIndex,
  unknownNotice,
  unreadableNotice,
  updatedLead,
  withSlideVersions,
} from '../../src/lib/remix/slide-index';
import { contentVersion, slideVersionText } from '../../src/lib/remix/version';

const index = parseSlideIndex({
  slides: {
    titel: { t: 'Titel', v: 'AAAA' },
    risico: { t: 'Risico', v: 'BBBB' },
    nieuw: { t: 'Nieuw', v: 'CCCC' },
  },
  redirects: { oud: ['nieuw', 'risico'], weg: [] },
});

describe('checking a link against the slide index', () => {
  it('stamps each library slide of a deck with its current version; own and unknown slides get none', () => {
    expect(withSlideVersions({ title: 't', slides: ['titel', '_1', 'onbekend', 'risico'] }, index)).toEqual({
      title: 't',
      slides: ['titel', '_1', 'onbekend', 'risico'],
      versions: { titel: 'AAAA', risico: 'BBBB' },
    });
    // Without an index (offline, a failed fetch) the link simply carries no versions.
    expect(withSlideVersions({ title: 't', slides: ['titel'] }, undefined).versions).toEqual({});
  });

  it('names unknown ids without fetching, keeps own slides and follows renamed ids', () => {
    expect(
      checkDeck({ title: 't', slides: ['titel', 'onbekend', '_1', 'oud', 'weg', 'onbekend'] }, index),
    ).toEqual({
      slides: ['titel', '_1', 'nieuw', 'risico'],
      unknown: ['onbekend'],
      changed: [],
    });
  });

  it('lists the slides whose version differs from the one in the link, and renamed slides', () => {
    expect(
      checkDeck(
        {
          title: 't',
          slides: ['titel', 'risico', 'oud'],
          versions: { titel: 'AAAA', risico: 'XXXX', oud: 'ZZZZ' },
        },
        index,
      ).changed,
    ).toEqual([
      { id: 'risico', title: 'Risico' },
      { id: 'nieuw', title: 'Nieuw' },
    ]);
  });

  it('reads a malformed index as an empty one', () => {
    expect(parseSlideIndex('nonsens')).toEqual({ slides: {}, redirects: {} });
    expect(parseSlideIndex({ slides: { a: { t: 1 } }, redirects: { b: 'c' } })).toEqual({
      slides: {},
      redirects: {},
    });
  });
});

describe('notices about a link', () => {
  it('name at most ten ids and count the rest', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `weg-${i}`);
    const text = unknownNotice(ids);
    expect(text).toBe(
      `5000 slides uit deze link bestaan niet (meer) in de verhaalkit: ${ids.slice(0, 10).join(', ')} en nog 4990 andere.`,
    );
    expect(unknownNotice(['weg'])).toBe('1 slide uit deze link bestaat niet (meer) in de verhaalkit: weg.');
    expect(namedList(['a', 'b', 'c'])).toBe('a, b en c');
    expect(unreadableNotice(['<b>'], 1)).toBe('Eén deel van de link is geen slide en is overgeslagen: <b>.');
    expect(unreadableNotice(['x', 'y'], 20000)).toBe(
      '20000 delen van de link zijn geen slide en zijn overgeslagen: x, y en nog 19998 andere.',
    );
    expect(updatedLead(2)).toBe('2 slides zijn bijgewerkt sinds deze link is gemaakt:');
  });
});

describe('the version of a slide', () => {
  const slide = { title: 'T', summary: 'S', layout: 'default', notes: 'N', sources: ['a'], body: 'Tekst.' };
  it('is four URL-safe characters that change when anything shown or said changes', () => {
    const version = contentVersion(slideVersionText(slide));
    expect(version).toMatch(/^[A-Za-z0-9_-]{4}$/);
    expect(contentVersion(slideVersionText(slide))).toBe(version);
    for (const changed of [
      { ...slide, body: 'Tekst!' },
      { ...slide, notes: 'M' },
      { ...slide, title: 'U' },
      { ...slide, sources: ['b'] },
    ])
      expect(contentVersion(slideVersionText(changed))).not.toBe(version);
  });
});

describe('the slide index, at its edges', () => {
  it('keeps the readable entries of a partly malformed index and skips the rest', () => {
    expect(
      parseSlideIndex({
        slides: { a: { t: 'A', v: 'AAAA' }, b: null, c: { t: 'C' }, d: { v: 'DDDD' }, e: 'x' },
        redirects: { x: ['a'], y: [], z: ['a', 5], w: null },
      }),
    ).toEqual({ slides: { a: { t: 'A', v: 'AAAA' } }, redirects: { x: ['a'], y: [] } });
    expect(parseSlideIndex(null)).toEqual({ slides: {}, redirects: {} });
    expect(parseSlideIndex({ slides: null, redirects: 'x' })).toEqual({ slides: {}, redirects: {} });
  });

  it('stamps no versions without an index, and never one from an object’s prototype', () => {
    expect(withSlideVersions({ title: 'D', slides: ['titel'] }, undefined)).toEqual({
      title: 'D',
      slides: ['titel'],
      versions: {},
    });
    expect(withSlideVersions({ title: 'D', slides: ['toString', 'titel'] }, index).versions).toEqual({
      titel: 'AAAA',
    });
  });

  it('names a retired slide as gone from the deck without calling it unknown, and an id like toString as unknown', () => {
    expect(checkDeck({ title: 'D', slides: ['weg', 'toString', 'titel'] }, index)).toEqual({
      slides: ['titel'],
      unknown: ['toString'],
      changed: [],
    });
  });

  it('marks a slide changed only when the link recorded another version, each slide once', () => {
    const checked = checkDeck(
      {
        title: 'D',
        slides: ['titel', 'risico', 'titel', 'nieuw'],
        versions: { titel: 'AAAA', risico: 'OUD1', nieuw: 'CCCC' },
      },
      index,
    );
    expect(checked).toEqual({
      slides: ['titel', 'risico', 'titel', 'nieuw'],
      unknown: [],
      changed: [{ id: 'risico', title: 'Risico' }],
    });
  });

  it('counts what redirects would add past 1,000 slides, and keeps the deck at 1,000', () => {
    const slides = [...Array.from({ length: 999 }, () => 'titel'), 'oud', 'oud'];
    const checked = checkDeck({ title: 'D', slides }, index);
    expect(checked.slides).toHaveLength(1000);
    expect(checked.slides.at(-1)).toBe('nieuw');
    expect(checked.overLimit).toBe(3);
    expect(
      checkDeck({ title: 'D', slides: Array.from({ length: 1000 }, () => 'titel') }, index),
    ).not.toHaveProperty('overLimit');
    const withOwn = checkDeck(
      { title: 'D', slides: [...Array.from({ length: 1000 }, () => 'titel'), '_1'] },
      index,
    );
    expect(withOwn.slides).toHaveLength(1001);
  });

  it('writes lists and notices in plain Dutch for one, two and many', () => {
    expect(namedList([])).toBe('');
    expect(namedList(['a'])).toBe('a');
    expect(namedList(['a', 'b'])).toBe('a en b');
    expect(namedList(['a', 'b', 'c'], 2)).toBe('a, b en nog 1 andere');
    expect(namedList(Array.from({ length: 10 }, (_, i) => `s${i}`))).toBe(
      's0, s1, s2, s3, s4, s5, s6, s7, s8 en s9',
    );
    expect(unknownNotice(['a', 'b'])).toBe(
      '2 slides uit deze link bestaan niet (meer) in de verhaalkit: a en b.',
    );
    expect(unreadableNotice(['x', 'y'], 2)).toBe(
      '2 delen van de link zijn geen slide en zijn overgeslagen: x en y.',
    );
    expect(updatedLead(1)).toBe('1 slide is bijgewerkt sinds deze link is gemaakt:');
  });
});
