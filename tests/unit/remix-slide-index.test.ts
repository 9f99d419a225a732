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
