import { describe, expect, it } from 'vitest';
import {
  queryForRevealStart,
  revealOnlyQuery,
  safeDeckQuery,
  shortQueryLength,
} from '../../src/lib/deck/reveal-query';

describe('the query string a deck page lets reveal.js see', () => {
  it('keeps print mode, the speaker view’s settings and the remix link', () => {
    expect(safeDeckQuery('?print-pdf')).toBe('?print-pdf');
    expect(safeDeckQuery('?receiver&progress=false&transition=none')).toBe(
      '?receiver&progress=false&transition=none',
    );
    expect(safeDeckQuery('?titel=Mijn+deck&slides=a,b')).toBe('?titel=Mijn+deck&slides=a,b');
  });

  it('drops configuration that could load something from another host or run code', () => {
    expect(safeDeckQuery('?parallaxBackgroundImage=https://example.org/x.png&slides=a')).toBe('?slides=a');
    expect(safeDeckQuery('?transition=<script>alert(1)</script>')).toBe('');
    expect(safeDeckQuery('')).toBe('');
  });

  it('keeps a remix link whole, and shows reveal.js only its own keys while it starts', () => {
    const link = `?titel=Raad&slides=a,_1&versies=AbCd&eigen=z${'A'.repeat(50)}&showNotes=true`;
    expect(safeDeckQuery(link)).toBe(link);
    expect(revealOnlyQuery(link)).toBe('?showNotes=true');
    expect(revealOnlyQuery('?slides=a&print-pdf')).toBe('?print-pdf');
  });
});

describe('the deck query, key by key', () => {
  it('lets through each of reveal.js’s allowed keys and each of ours, nothing else', () => {
    const reveal = [
      'print-pdf',
      'receiver',
      'progress',
      'history',
      'transition',
      'autoSlide',
      'backgroundTransition',
      'scrollActivationWidth',
      'postMessageEvents',
      'controls',
      'showNotes',
    ];
    for (const key of reveal) expect(safeDeckQuery(`?${key}=1&x=2`), key).toBe(`?${key}=1`);
    for (const key of ['titel', 'slides', 'versies', 'eigen', 'afdrukken'])
      expect(safeDeckQuery(`?${key}=a&dependencies=b`), key).toBe(`?${key}=a`);
    expect(safeDeckQuery('?Slides=a&embedded=true&keyboard=false')).toBe('');
  });

  it('keeps a speaker-view value of up to twenty word characters, dots and dashes', () => {
    expect(safeDeckQuery(`?autoSlide=${'5'.repeat(20)}`)).toBe(`?autoSlide=${'5'.repeat(20)}`);
    expect(safeDeckQuery(`?autoSlide=${'5'.repeat(21)}`)).toBe('');
    expect(safeDeckQuery('?transition=convex-in.fade_out')).toBe('?transition=convex-in.fade_out');
    expect(safeDeckQuery('?transition=a b')).toBe('');
    expect(safeDeckQuery('?controls=&progress')).toBe('?controls&progress');
    // Our own keys may hold anything: they are never configuration.
    expect(safeDeckQuery('?titel=a%20b%2Cc')).toBe('?titel=a+b,c');
  });

  it('shows reveal.js nothing when only our keys are present', () => {
    expect(revealOnlyQuery('?titel=T&slides=a,b&versies=x&eigen=y&afdrukken')).toBe('');
    expect(revealOnlyQuery('?print-pdf&afdrukken')).toBe('?print-pdf');
    expect(revealOnlyQuery('')).toBe('');
  });

  it('hides only a long address from reveal.js while it starts, so a short one never changes', () => {
    // A short link keeps its address: each change would make the browser fetch the page's icon again.
    expect(queryForRevealStart('?titel=Raad&slides=a,b,c')).toBeUndefined();
    expect(queryForRevealStart('')).toBeUndefined();
    const long = `?slides=${'a'.repeat(shortQueryLength)}&showNotes=true`;
    expect(queryForRevealStart(long)).toBe('?showNotes=true');
    expect(queryForRevealStart(`?slides=${'a'.repeat(shortQueryLength)}`)).toBe('');
    // Nothing of ours in it: nothing to hide, however long.
    expect(queryForRevealStart(`?transition=${'a'.repeat(20)}`)).toBeUndefined();
  });
});
