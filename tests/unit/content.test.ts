import { describe, expect, it } from 'vitest';
import { assembleKit } from '../../src/lib/kit';
import { formatProblems } from '../../src/lib/problems';
import { loadContent } from '../support/content-files';

describe('the content in slides/ and content/', () => {
  const input = loadContent();
  const { kit, problems } = assembleKit(input);

  it('assembles without a single problem', () => {
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('resolves every slide of every ready-made deck', () => {
    for (const deck of kit.decks.values()) {
      expect(deck.slides.filter((id) => !kit.slides.has(id)), deck.id).toEqual([]);
    }
  });

  it('gives every slide a source or marks it as the programme’s own statement', () => {
    const unsourced = [...kit.slides.values()].filter((s) => s.sources.length === 0 && !s.programmeStatement);
    expect(unsourced.map((s) => s.id)).toEqual([]);
  });
});
