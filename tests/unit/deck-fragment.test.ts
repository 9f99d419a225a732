import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragmentId, landingFor, missingSlideNotice, readFragment } from '../../src/lib/deck/fragment';

const redirects = new Map<string, readonly string[]>([
  ['titel', ['begin']],
  ['gesplitst', ['deel-a', 'deel-b']],
  ['weg', []],
]);
const slides = new Set(['begin', 'deel-b', 'risicofactoren', 'één']);
const has = (id: string) => slides.has(id);

describe('reading a deep link fragment', () => {
  it('reads nothing, reveal.js indices, ids, escaped ids and fragment steps', () => {
    expect(['', '#', '#/'].map(readFragment)).toEqual([{ kind: 'none' }, { kind: 'none' }, { kind: 'none' }]);
    expect(['#/3', '#/3/0', '#/3/0/1', '#3'].map(readFragment)).toEqual(Array(4).fill({ kind: 'index' }));
    expect(readFragment('#/risicofactoren')).toEqual({ kind: 'id', id: 'risicofactoren' });
    expect(readFragment('#risicofactoren')).toEqual({ kind: 'id', id: 'risicofactoren' });
    expect(readFragment('#/%C3%A9%C3%A9n')).toEqual({ kind: 'id', id: 'één' });
    expect(readFragment('#/risicofactoren/2')).toEqual({ kind: 'id', id: 'risicofactoren' });
    expect(readFragment('#/risicofactoren/-1')).toEqual({ kind: 'id', id: 'risicofactoren' });
  });

  it('calls a malformed escape malformed instead of throwing, keeping what it carried', () => {
    expect(readFragment('#/%E0%A4%A')).toEqual({ kind: 'malformed', raw: '%E0%A4%A' });
    expect(readFragment('#/%ZZ')).toEqual({ kind: 'malformed', raw: '%ZZ' });
    expect(readFragment('#/%')).toEqual({ kind: 'malformed', raw: '%' });
    expect(readFragment('#/%ED%A0%80')).toEqual({ kind: 'malformed', raw: '%ED%A0%80' });
  });

  it('does not decode a fragment too long to be a slide id, and shows it cut to 40 characters', () => {
    const long = `#/${'a'.repeat(5000)}`;
    expect(readFragment(long)).toEqual({ kind: 'malformed', raw: `${'a'.repeat(40)}…` });
    expect(readFragment(`#/${'%ZZ'.repeat(20)}`)).toEqual({
      kind: 'malformed',
      raw: `${'%ZZ'.repeat(13)}%…`,
    });
  });

  it('names the slide id of a fragment only when it names one', () => {
    expect(fragmentId('#/begin')).toBe('begin');
    expect(fragmentId('#/%ZZ')).toBeUndefined();
    expect(fragmentId('#/4')).toBeUndefined();
    expect(fragmentId('')).toBeUndefined();
  });
});

describe('where a deck lands for a fragment', () => {
  it('keeps a slide it has, an index and no fragment', () => {
    for (const hash of ['', '#/', '#/begin', '#/begin/1', '#/%C3%A9%C3%A9n', '#/7'])
      expect(landingFor(hash, has, redirects)).toEqual({ keep: true });
  });

  it('follows an old id to the slide that replaced it, and a retired id to the start, silently', () => {
    expect(landingFor('#/titel', has, redirects)).toEqual({ keep: false, hash: '#/begin' });
    expect(landingFor('#/gesplitst', has, redirects)).toEqual({ keep: false, hash: '#/deel-b' });
    expect(landingFor('#/weg', has, redirects)).toEqual({ keep: false, hash: '' });
  });

  it('opens an unknown id and a malformed fragment on slide 1 with the same Dutch notice', () => {
    expect(landingFor('#/bestaat-niet', has, redirects)).toEqual({
      keep: false,
      hash: '',
      notice:
        'De link wijst naar slide “bestaat-niet”, maar die zit niet in deze presentatie. De presentatie begint bij de eerste slide.',
    });
    expect(landingFor('#/%E0%A4%A', has, redirects)).toEqual({
      keep: false,
      hash: '',
      notice: missingSlideNotice('%E0%A4%A'),
    });
    expect(missingSlideNotice('x'.repeat(50))).toContain(`“${'x'.repeat(40)}…”`);
  });

  it('never throws for any string, and answers a long one in time linear in its length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 30 }),
        (text, prefix) => {
          for (const hash of [text, `#/${text}`, `#/${prefix}%${text}`, `#${encodeURI(text)}`]) {
            const landing = landingFor(hash, has, redirects);
            expect(landing.keep || typeof landing.hash === 'string').toBe(true);
          }
        },
      ),
    );
    const time = (n: number) => {
      const hash = `#/${'%E0%A4'.repeat(n)}`;
      const start = performance.now();
      for (let i = 0; i < 20; i += 1) landingFor(hash, has, redirects);
      return performance.now() - start;
    };
    time(1000);
    expect(time(200_000)).toBeLessThan(500);
  });
});
