// Used at build time: the outline of the story (parts, arguments) from the story deck's slides.
import type { SlidePart } from '../../schemas/slide';

/** A run of consecutive story slides that belong to the same part. */
export interface PartGroup<S> {
  part: SlidePart;
  slides: S[];
}

/**
 * Groups slides, in the order given, into runs of the same part. A part that comes back
 * later in the deck starts a new group, so the outline never reorders the story.
 */
export function groupByPart<S extends { part: SlidePart }>(slides: readonly S[]): PartGroup<S>[] {
  const groups: PartGroup<S>[] = [];
  for (const slide of slides) {
    const last = groups.at(-1);
    if (last !== undefined && last.part === slide.part) last.slides.push(slide);
    else groups.push({ part: slide.part, slides: [slide] });
  }
  return groups;
}

/** One of the seven arguments, with the slides that make it, in story order. */
export interface StoryArgument<S> {
  number: number;
  slides: S[];
}

/** The arguments (1–7) the given slides support, in number order; slides without one are left out. */
export function argumentsOf<S extends { argument: number | undefined }>(
  slides: readonly S[],
): StoryArgument<S>[] {
  const byNumber = new Map<number, S[]>();
  for (const slide of slides) {
    if (slide.argument === undefined) continue;
    const list = byNumber.get(slide.argument) ?? [];
    list.push(slide);
    byNumber.set(slide.argument, list);
  }
  return [...byNumber]
    .sort(([a], [b]) => a - b)
    .map(([number, argumentSlides]) => ({ number, slides: argumentSlides }));
}
