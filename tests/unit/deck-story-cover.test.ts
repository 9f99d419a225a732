// What a ready-made deck's cover says about the story, from the story's own source record, and
// the speaker view's style sheet (the policy allows exactly that text by its hash).
import { describe, expect, it } from 'vitest';
import { speakerViewStyles } from '../../src/lib/deck/speaker-view-styles';
import { storyCover, storyLine } from '../../src/lib/deck/story-cover';

describe('storyCover', () => {
  it('takes the title up to the first full stop, the rest as the subtitle, and the maker without partners', () => {
    const cover = storyCover({
      title: ' Een Kansrijke Start voor iedereen.   Het verhaal over de eerste 1000 dagen.  Deel  twee ',
      author: ' Ministerie van VWS,   in afstemming met de coalitie ',
    });
    expect(cover).toEqual({
      title: 'Een Kansrijke Start voor iedereen',
      subtitle: 'Het verhaal over de eerste 1000 dagen. Deel  twee',
      maker: 'Ministerie van VWS',
    });
    expect(storyLine(cover)).toBe(
      'Een Kansrijke Start voor iedereen · Het verhaal over de eerste 1000 dagen. Deel  twee',
    );
  });

  it('gives no subtitle for a title of one sentence, and keeps a maker who worked alone', () => {
    const cover = storyCover({
      title: ' Een Kansrijke Start ',
      author: ' Pharos, in afstemmingmet niemand ',
    });
    expect(cover).toEqual({
      title: 'Een Kansrijke Start',
      subtitle: undefined,
      maker: 'Pharos, in afstemmingmet niemand',
    });
    expect(storyLine(cover)).toBe('Een Kansrijke Start');
  });
});

describe('speakerViewStyles', () => {
  it('gives the current slide three parts of the height and the next slide two, and the notes a large type', () => {
    expect(speakerViewStyles).toContain('grid-template-rows: auto minmax(0, 3fr) auto minmax(0, 2fr)');
    expect(speakerViewStyles).toMatch(/\.sv__notes \{[^}]*font-size: 22px/);
  });
});
