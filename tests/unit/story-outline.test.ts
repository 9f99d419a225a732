import { describe, expect, it } from 'vitest';
import { argumentsOf, groupByPart } from '../../src/lib/content/story-outline';
import type { SlidePart } from '../../src/schemas/slide';

const slide = (id: string, part: SlidePart, argument?: number) => ({ id, part, argument });

describe('groupByPart', () => {
  it('groups consecutive slides of the same part, keeping the story’s order', () => {
    const slides = [
      slide('a', 'verhaal'),
      slide('b', 'verhaal'),
      slide('c', 'ambities'),
      slide('d', 'ambassadeurs'),
    ];
    expect(groupByPart(slides)).toEqual([
      { part: 'verhaal', slides: [slides[0], slides[1]] },
      { part: 'ambities', slides: [slides[2]] },
      { part: 'ambassadeurs', slides: [slides[3]] },
    ]);
  });

  it('starts a new group when a part comes back later instead of moving slides forward', () => {
    const slides = [slide('a', 'verhaal'), slide('b', 'ambities'), slide('c', 'verhaal')];
    expect(groupByPart(slides).map((group) => [group.part, group.slides.map((s) => s.id)])).toEqual([
      ['verhaal', ['a']],
      ['ambities', ['b']],
      ['verhaal', ['c']],
    ]);
  });

  it('gives no groups for no slides', () => {
    expect(groupByPart([])).toEqual([]);
  });
});

describe('argumentsOf', () => {
  it('lists each argument once, in number order, with its slides in story order', () => {
    const slides = [
      slide('titel', 'verhaal'),
      slide('twee-a', 'verhaal', 2),
      slide('een', 'verhaal', 1),
      slide('twee-b', 'verhaal', 2),
      slide('zeven', 'verhaal', 7),
    ];
    expect(argumentsOf(slides)).toEqual([
      { number: 1, slides: [slides[2]] },
      { number: 2, slides: [slides[1], slides[3]] },
      { number: 7, slides: [slides[4]] },
    ]);
  });
});
