// The slide size every deck is laid out in, and the two style sheets reveal.js's print view adds,
// which the hosting policy allows by hash: a wrong byte and printing a deck breaks.
import { describe, expect, it } from 'vitest';
import { deckSize, printViewStyles } from '../../src/lib/deck/size';

describe('the deck size', () => {
  it('lays out every deck at 1280 × 720 with a 5% margin', () => {
    expect(deckSize).toEqual({ width: 1280, height: 720, margin: 0.05 });
  });

  it('gives the print view’s styles exactly as reveal.js writes them for that size', () => {
    expect(printViewStyles()).toEqual([
      '@page{size:1344px 756px; margin: 0px;}',
      '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
    ]);
  });

  it('rounds the page size down to whole pixels for another size', () => {
    expect(printViewStyles({ width: 1001, height: 333, margin: 0.055 })).toEqual([
      '@page{size:1056px 351px; margin: 0px;}',
      '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1001px; max-height:333px}',
    ]);
  });
});
