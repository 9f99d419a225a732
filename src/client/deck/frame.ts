// Used in the browser: frames a remix (slides fetched from its link) as the deck player frames
// a ready-made deck at build time: a cover with the title the user gave, a divider per part
// when the deck crosses parts, and the closing slide (src/lib/deck/sequence.ts).
import { stripSoftHyphens } from '../../lib/hyphenation/soft-hyphens';
import { deckSequence, stepId, type SequencedSlide } from '../../lib/deck/sequence';
import { slideLayouts, slideParts } from '../../lib/content/slide-kinds';
import type { SlideLayout, SlidePart } from '../../schemas/slide';

const isPart = (value: string | undefined): value is SlidePart => slideParts.some((part) => part === value);
const isLayout = (value: string | undefined): value is SlideLayout => slideLayouts.some((l) => l === value);

/**
 * A remix's sections in the player's running order: the generated cover (by id `begin`), a
 * divider per part when the deck crosses parts, the sections, the closing slide. `generated`
 * holds the player's generated sections by id; they are copied, never moved. Also used by the
 * builder's exports and the hand-out, so they show what the player shows.
 */
export function framedSections(
  sections: readonly HTMLElement[],
  generated: ReadonlyMap<string, HTMLElement>,
  title: string,
): HTMLElement[] {
  const described: Array<SequencedSlide & { section: HTMLElement }> = sections.map((section) => ({
    id: section.id,
    part: isPart(section.dataset['part']) ? section.dataset['part'] : 'achtergrond',
    layout: isLayout(section.dataset['layout']) ? section.dataset['layout'] : 'default',
    section,
  }));
  const byId = new Map(described.map((slide) => [slide.id, slide.section]));
  const order = deckSequence(described, { alwaysFramed: true }).map((step) =>
    step.kind === 'slide' ? byId.get(step.id) : generated.get(stepId(step))?.cloneNode(true),
  );
  const framed = order.filter((node): node is HTMLElement => node instanceof HTMLElement);
  const coverTitle = framed
    .find((section) => section.id === stepId({ kind: 'cover' }))
    ?.querySelector('[data-deck-title]');
  if (coverTitle !== null && coverTitle !== undefined) {
    // Unless it already says so (a remix's own cover may carry soft hyphens: src/client/hyphenation).
    if (stripSoftHyphens(coverTitle.textContent ?? '') !== title) coverTitle.textContent = title;
    // Long titles are set smaller, as CoverSlide.astro does at build time.
    coverTitle.closest('.layout-cover')?.classList.toggle('cover--long', title.length > 36);
  }
  return framed;
}

/** The generated sections of a player's template, by id. */
export function generatedSections(template: HTMLTemplateElement): Map<string, HTMLElement> {
  return new Map(
    [...template.content.querySelectorAll<HTMLElement>('section[data-generated]')].map((section) => [
      section.id,
      section,
    ]),
  );
}

export function frameRemix(slides: HTMLElement): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]');
  if (template === null) return;
  const sections = [...slides.querySelectorAll<HTMLElement>(':scope > section')];
  const title = document.querySelector('.deck-heading')?.textContent ?? '';
  slides.replaceChildren(...framedSections(sections, generatedSections(template), title));
}
