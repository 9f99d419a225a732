import { describe, expect, it } from 'vitest';
import { deckSequence, reservedSlideIds, stepId } from '../../src/lib/deck/sequence';
import type { SequencedSlide } from '../../src/lib/deck/sequence';

const slide = (id: string, part: SequencedSlide['part'], layout: SequencedSlide['layout'] = 'default') => ({
  id,
  part,
  layout,
});

describe('deckSequence', () => {
  it('frames a deck of one part with a cover and a closing slide, without dividers', () => {
    expect(deckSequence([slide('a', 'verhaal'), slide('b', 'verhaal')]).map(stepId)).toEqual([
      'begin',
      'a',
      'b',
      'meer-weten',
    ]);
  });

  it('puts a divider before each part of a deck that tells several, background slides staying in their part', () => {
    const ids = deckSequence([
      slide('a', 'verhaal'),
      slide('bg', 'achtergrond'),
      slide('b', 'ambities'),
      slide('c', 'ambassadeurs', 'quote'),
    ]).map(stepId);
    expect(ids).toEqual([
      'begin',
      'deel-verhaal',
      'a',
      'bg',
      'deel-ambities',
      'b',
      'deel-ambassadeurs',
      'c',
      'meer-weten',
    ]);
  });

  it('uses the author’s own divider instead of generating one', () => {
    const ids = deckSequence([
      slide('a', 'verhaal'),
      slide('eigen', 'ambities', 'section'),
      slide('b', 'ambities'),
    ]).map(stepId);
    expect(ids).toEqual(['begin', 'deel-verhaal', 'a', 'eigen', 'b', 'meer-weten']);
  });

  it('adds nothing to a single slide presented on its own', () => {
    expect(deckSequence([slide('a', 'verhaal')]).map(stepId)).toEqual(['a']);
  });

  it('groups a deck’s ambassadors by sector: a wall of voices, then a divider before each sector', () => {
    const voice = (id: string, sector: string) => ({ ...slide(id, 'ambassadeurs', 'quote'), sector });
    const slides = [
      slide('opening', 'ambassadeurs', 'section'),
      voice('a', 'zorg'),
      voice('b', 'zorg'),
      voice('c', 'gemeente'),
    ];
    expect(deckSequence(slides, { bySector: true }).map(stepId)).toEqual([
      'begin',
      'opening',
      'stemmen',
      'sector-zorg',
      'a',
      'b',
      'sector-gemeente',
      'c',
      'meer-weten',
    ]);
    // Without the deck asking for it (a remix, say) nothing is added.
    expect(deckSequence(slides).map(stepId)).toEqual(['begin', 'opening', 'a', 'b', 'c', 'meer-weten']);
  });

  it('names a sector divider with dashes, and reserves every sector’s id', () => {
    expect(stepId({ kind: 'sector', sector: 'kinderopvang en onderwijs' })).toBe(
      'sector-kinderopvang-en-onderwijs',
    );
    expect(reservedSlideIds).toContain('sector-kinderopvang-en-onderwijs');
    expect(reservedSlideIds).toContain('stemmen');
  });
});
