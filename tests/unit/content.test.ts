import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKit } from '../../src/lib/content/kit';
import { formatProblems } from '../../src/lib/content/problems';
import { readContent } from '../../src/content-check/read-content';
import { storyDeckId } from '../../src/lib/content/story';

const root = join(import.meta.dirname, '..', '..');
const { input, problems: readProblems } = readContent({
  root,
  slides: join(root, 'slides'),
  content: join(root, 'content'),
});
const { kit, problems } = assembleKit(input);

describe('the content in slides/ and content/', () => {
  it('matches the schemas and assembles without a single problem', () => {
    const all = [...readProblems, ...problems];
    expect(all.length === 0 ? '' : formatProblems(all)).toBe('');
  });

  it('resolves every slide of every ready-made deck', () => {
    for (const deck of kit.decks.values()) {
      expect(
        deck.slides.filter((id) => !kit.slides.has(id)),
        deck.id,
      ).toEqual([]);
    }
  });

  it('has the ready-made deck the story and the builder start from', () => {
    expect(kit.decks.get(storyDeckId)?.title).toBe('Het verhaal');
  });

  it('gives every slide a source or marks it as the programme’s own statement', () => {
    const unsourced = [...kit.slides.values()].filter((s) => s.sources.length === 0 && !s.programmeStatement);
    expect(unsourced.map((s) => s.id)).toEqual([]);
  });
});

describe('slide modules as written', () => {
  it('start every building block at the beginning of a line (indented ones after a list are read as list text)', () => {
    const indented = input.slides.flatMap((slide) =>
      slide.body
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => /^[ \t]+<\/?[A-Z]/.test(line))
        .map(({ index }) => `${slide.filePath}:${index + 1}`),
    );
    expect(indented).toEqual([]);
  });
});
