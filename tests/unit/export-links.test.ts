import { describe, expect, it } from 'vitest';
import { handoutHref, offlineHref, printHref, printQuery } from '../../src/lib/export/links';
import { safeDeckQuery } from '../../src/lib/deck/reveal-query';

describe('the addresses of a deck’s exports', () => {
  it('opens a deck page in reveal.js’s print view that prints itself for "Download als PDF"', () => {
    expect(printHref('/decks/het-verhaal/')).toBe('/decks/het-verhaal/?print-pdf&afdrukken');
  });

  it('links the printable hand-out of a ready-made deck', () => {
    expect(handoutHref('het-verhaal')).toBe('/decks/het-verhaal/hand-out/?afdrukken');
  });

  it('links the offline file of a ready-made deck written after the build', () => {
    expect(offlineHref('het-verhaal')).toBe('/offline/het-verhaal.html');
  });

  it('keeps both print keys through the deck player’s query filter, so the print view prints itself', () => {
    expect(safeDeckQuery(`?${printQuery}`)).toBe('?print-pdf&afdrukken');
  });
});
