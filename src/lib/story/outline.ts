// Used at build time: the outline of the public story: chapter labels for the chapter bar,
// reading time, the slides a scene stands for and where "Presenteer dit" opens them.
import type { Chapter, Scene, Story, TextRef } from '../../schemas/story';

/** The short label of a chapter in the chapter bar. */
export function chapterLabel(chapter: Pick<Chapter, 'kind' | 'argument'>): string {
  switch (chapter.kind) {
    case 'intro':
      return 'Inleiding';
    case 'argument':
      return `Argument ${chapter.argument ?? ''}`.trim();
    case 'approach':
      return 'Wat er gebeurt';
    case 'closing':
      return 'Verder';
  }
}

/** Slides named by text references, in order, without repeats. */
function textSlides(refs: readonly TextRef[]): string[] {
  return refs.flatMap((ref) => ('slide' in ref ? [ref.slide] : []));
}

/** The slides a scene tells: the chart's slide first, then every slide its steps quote, once each. */
export function sceneSlides(scene: Scene): string[] {
  return [...new Set([scene.slide, ...scene.steps.flatMap((step) => textSlides(step.text))])];
}

/** Every slide a chapter tells, in reading order, once each (scenes give their slides). */
export function chapterSlides(chapter: Chapter): string[] {
  return [
    ...new Set(chapter.items.flatMap((item) => ('slide' in item ? [item.slide] : sceneSlides(item.scene)))),
  ];
}

/** Where "Presenteer dit" opens a slide: in the first deck that holds it (the story's deck first), else alone. */
export function presentHref(
  slideId: string,
  storyDeck: string,
  decks: ReadonlyArray<{ id: string; slides: readonly string[] }>,
): string {
  const ordered = [...decks].sort((a, b) => Number(b.id === storyDeck) - Number(a.id === storyDeck));
  const deck = ordered.find((candidate) => candidate.slides.includes(slideId));
  return deck === undefined
    ? `/presenteer/?slides=${encodeURIComponent(slideId)}`
    : `/decks/${deck.id}/#/${slideId}`;
}

/** A story of the deck's slides, one chapter, for a site without a story file (test fixtures). */
export function storyFromDeck(deck: { id: string; title: string; slides: readonly string[] }): Story {
  const first = deck.slides[0] ?? '';
  return {
    id: 'verhaal',
    deck: deck.id,
    opening: { promise: { slide: first, part: 'summary' }, keyFigure: '' },
    chapters: [
      {
        id: 'verhaal',
        kind: 'intro',
        title: deck.title,
        items: deck.slides.map((slide) => ({ slide })),
        quotes: [],
        aliases: [],
      },
    ],
    glossary: [],
  };
}
