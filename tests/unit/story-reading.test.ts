import { describe, expect, it } from 'vitest';
import { countWords, proseWords, readingMinutes, type ProseNode } from '../../src/lib/story/reading';

// A tiny DOM-like tree: elements match a selector by their class or tag name only.
const text = (value: string): ProseNode => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (name: string, children: ProseNode[]): ProseNode => ({
  nodeType: 1,
  nodeValue: null,
  childNodes: children,
  matches: (selector) =>
    selector
      .split(',')
      .map((part) => part.trim())
      .some((part) => part === name || part === `.${name}`),
});

describe('the story reading time', () => {
  it('counts words, not dashes or bullets', () => {
    expect(countWords('  De eerste 1.000 dagen – een kans!  ')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('counts the prose and skips data tables, Data en bron panels, buttons and hidden text', () => {
    const chapter = el('section', [
      el('p', [text('Vijf woorden lees je hier.')]),
      el('table', [text('2019 2020 2021 2022 2023 2024 2025')]),
      el('story-data', [text('Data en bron: cijfers per jaar')]),
      el('button', [text('Zet in mijn presentatie')]),
      el('visually-hidden', [text('externe link')]),
      el('back-to-guide', [text('Terug naar de leeswijzer')]),
      el('li', [text('Nog drie woorden')]),
    ]);
    expect(proseWords(chapter)).toBe(8);
  });

  it('reads 220 words a minute, at least one minute', () => {
    expect([0, 100, 1100, 8100].map((words) => readingMinutes(words))).toEqual([1, 1, 5, 37]);
  });
});
