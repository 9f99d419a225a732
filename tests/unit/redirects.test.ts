import { describe, expect, it } from 'vitest';
import { checkRedirects, followRedirects, resolveSlideId } from '../../src/lib/content/redirects';

const slides = new Set(['a', 'b1', 'b2', 'c-nieuw', 'd']);
const isSlide = (id: string) => slides.has(id);
const redirects = new Map<string, string[]>([
  ['b', ['b1', 'b2']],
  ['c', ['c-tussen']],
  ['c-tussen', ['c-nieuw']],
  ['titel', []],
]);

describe('resolveSlideId', () => {
  it('leads a slide id to itself, a split id to its parts and a twice renamed id to its last name', () => {
    expect(['a', 'b', 'c'].map((id) => resolveSlideId(id, redirects, isSlide))).toEqual([
      ['a'],
      ['b1', 'b2'],
      ['c-nieuw'],
    ]);
  });

  it('gives a retired id nothing and an unknown id back unchanged, so it can be named', () => {
    expect(resolveSlideId('titel', redirects, isSlide)).toEqual([]);
    expect(resolveSlideId('bestaat-niet', redirects, isSlide)).toEqual(['bestaat-niet']);
  });

  it('stops instead of looping when redirects run in a circle', () => {
    const circle = new Map([
      ['x', ['y']],
      ['y', ['x']],
    ]);
    expect(resolveSlideId('x', circle, isSlide)).toEqual([]);
  });
});

describe('followRedirects', () => {
  it('replaces old ids in a deck by the new ones in place and drops retired ones', () => {
    expect(followRedirects(['titel', 'a', 'b', 'c', 'd'], redirects, isSlide)).toEqual([
      'a',
      'b1',
      'b2',
      'c-nieuw',
      'd',
    ]);
  });

  it('does not add a part of a split slide that the deck already lists itself', () => {
    expect(followRedirects(['b', 'b2', 'a', 'a'], redirects, isSlide)).toEqual(['b1', 'b2', 'a', 'a']);
  });
});

describe('checkRedirects', () => {
  it('accepts a map whose targets exist, also through a chain', () => {
    expect(checkRedirects(redirects, slides, 'content/redirects.yaml')).toEqual([]);
  });

  it('reports a reused old id, an unknown target and a circle, with the file and the old id', () => {
    const broken = new Map([
      ['a', ['d']],
      ['oud', ['weg']],
      ['x', ['y']],
      ['y', ['x']],
    ]);
    expect(checkRedirects(broken, slides, 'content/redirects.yaml')).toEqual([
      {
        file: 'content/redirects.yaml',
        field: 'a',
        message: '"a" is weer een slide-id; een oude id mag nooit opnieuw gebruikt worden',
      },
      { file: 'content/redirects.yaml', field: 'oud[0]', message: 'verwijst naar onbekende slide-id "weg"' },
      {
        file: 'content/redirects.yaml',
        field: 'x',
        message: 'de verwijzingen lopen in een kring: x → y → x',
      },
      {
        file: 'content/redirects.yaml',
        field: 'y',
        message: 'de verwijzingen lopen in een kring: y → x → y',
      },
    ]);
  });
});
