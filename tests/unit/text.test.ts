import { describe, expect, it } from 'vitest';
import { paragraphs, slideCount } from '../../src/lib/content/text';

describe('paragraphs', () => {
  it('splits speaker notes on blank lines and joins the lines within a paragraph', () => {
    const notes = 'Begin met de vraag.\nWacht op antwoord.\n\n  Noem dan het cijfer.  \n \n\nSluit af.';
    expect(paragraphs(notes)).toEqual([
      'Begin met de vraag. Wacht op antwoord.',
      'Noem dan het cijfer.',
      'Sluit af.',
    ]);
  });

  it('keeps a single line as one paragraph, with its inner spaces collapsed', () => {
    expect(paragraphs('Eén  zin\tmet   ruimte.')).toEqual(['Eén zin met ruimte.']);
  });

  it('gives no paragraphs for empty or blank notes', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs('  \n\n \n ')).toEqual([]);
  });
});

describe('slideCount', () => {
  it('says "1 slide" for one and "n slides" for any other number', () => {
    expect([0, 1, 2, 12].map(slideCount)).toEqual(['0 slides', '1 slide', '2 slides', '12 slides']);
  });
});
