// Used at build time and in the browser: the running order of a deck as projected. Around the
// slides the author chose, the player adds a cover, a divider where the deck crosses into
// another part of the story, and a closing slide, all generated from the deck's metadata.
import type { SlideLayout, SlidePart } from '../../schemas/slide';
import { ambassadorSectors } from '../content/slide-kinds';

/** One projected slide: a slide of the kit, or one the player generates. */
export type DeckStep =
  | { kind: 'cover' }
  | { kind: 'section'; part: SlidePart }
  /** The wall of voices: every ambassador of the deck by sector, each linking to their quote. */
  | { kind: 'voices' }
  /** A divider before the ambassadors of one sector. */
  | { kind: 'sector'; sector: string }
  | { kind: 'slide'; id: string }
  | { kind: 'end' };

/** What the sequence needs to know of each slide. */
export interface SequencedSlide {
  id: string;
  part: SlidePart;
  layout: SlideLayout;
  /** An ambassador's sector (content/ambassadors), for decks grouped by sector. */
  sector?: string | undefined;
}

/** What the sequence needs of a kit slide: an ambassador's slide carries their sector. */
export function sequenced(slide: {
  id: string;
  part: SlidePart;
  layout: SlideLayout;
  ambassador?: { sector: string };
}): SequencedSlide {
  return { id: slide.id, part: slide.part, layout: slide.layout, sector: slide.ambassador?.sector };
}

/** Parts that get a divider; background slides continue whichever part they stand in. */
export const dividedParts: readonly SlidePart[] = ['verhaal', 'ambities', 'ambassadeurs'];

/** Ids of the generated slides in a deck (deep links `#/<id>`); no slide may use them. */
export const generatedIds = {
  cover: 'begin',
  end: 'meer-weten',
  section: (part: SlidePart) => `deel-${part}`,
  voices: 'stemmen',
  sector: (sector: string) => `sector-${sector.replace(/\s+/g, '-')}`,
} as const;

/** Every id the player may generate, for the content check. */
export const reservedSlideIds: readonly string[] = [
  generatedIds.cover,
  generatedIds.end,
  ...dividedParts.map(generatedIds.section),
  generatedIds.voices,
  ...ambassadorSectors.map(generatedIds.sector),
];

/** The id of a step as a deep link target. */
export function stepId(step: DeckStep): string {
  switch (step.kind) {
    case 'cover':
      return generatedIds.cover;
    case 'end':
      return generatedIds.end;
    case 'section':
      return generatedIds.section(step.part);
    case 'voices':
      return generatedIds.voices;
    case 'sector':
      return generatedIds.sector(step.sector);
    case 'slide':
      return step.id;
  }
}

/**
 * Cover, then the slides with a divider before each part when the deck tells more than one
 * part (unless the author's own first slide of that part is a divider), then the end.
 * A deck of one slide (the "Presenteer deze slide" player) gets nothing added, unless
 * `alwaysFramed` (a remix: its cover carries the title the user gave).
 * `bySector` (a deck whose content groups its ambassadors by sector, content/decks): before the
 * first ambassador a wall of voices, and a divider before each sector's run of ambassadors.
 */
export function deckSequence(
  slides: readonly SequencedSlide[],
  options: { alwaysFramed?: boolean; bySector?: boolean | undefined } = {},
): DeckStep[] {
  if (slides.length <= 1 && options.alwaysFramed !== true)
    return slides.map((slide) => ({ kind: 'slide', id: slide.id }));
  const parts = new Set(slides.map((slide) => slide.part).filter((part) => dividedParts.includes(part)));
  const steps: DeckStep[] = [{ kind: 'cover' }];
  let current: SlidePart | undefined;
  const divided = new Set<SlidePart>();
  let sector: string | undefined;
  for (const slide of slides) {
    if (dividedParts.includes(slide.part) && slide.part !== current) {
      current = slide.part;
      if (parts.size > 1 && slide.layout !== 'section' && !divided.has(slide.part))
        steps.push({ kind: 'section', part: slide.part });
      divided.add(slide.part);
    }
    if (options.bySector === true && slide.sector !== undefined && slide.sector !== sector) {
      if (sector === undefined) steps.push({ kind: 'voices' });
      sector = slide.sector;
      steps.push({ kind: 'sector', sector });
    }
    steps.push({ kind: 'slide', id: slide.id });
  }
  steps.push({ kind: 'end' });
  return steps;
}
