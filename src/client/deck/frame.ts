// Used in the browser: frames a remix (slides fetched from its link) as the deck player frames
// a ready-made deck at build time: a cover with the title the user gave, a divider per part
// when the deck crosses parts, and the closing slide (src/lib/deck/sequence.ts).
import { stripSoftHyphens } from '../../lib/hyphenation/soft-hyphens';
import { deckSequence, stepId, type SequencedSlide } from '../../lib/deck/sequence';
import { slideLayouts, slideParts } from '../../lib/content/slide-kinds';
import type { SlideLayout, SlidePart } from '../../schemas/slide';

const isPart = (value: string | undefined): value is SlidePart => slideParts.some((part) => part === value);
const isLayout = (value: string | undefined): value is SlideLayout => slideLayouts.some((l) => l === value);

export function frameRemix(slides: HTMLElement): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]');
  if (template === null) return;
  const generated = new Map(
    [...template.content.querySelectorAll<HTMLElement>('section[data-generated]')].map((section) => [
      section.id,
      section,
    ]),
  );
  const sections = [...slides.querySelectorAll<HTMLElement>(':scope > section')];
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
  const title = document.querySelector('.deck-heading')?.textContent ?? '';
  slides.replaceChildren(...order.filter((node): node is HTMLElement => node instanceof HTMLElement));
  const coverTitle = slides.querySelector('[data-deck-title]');
  // Unless it already says so (a remix's own cover may carry soft hyphens: src/client/hyphenation).
  if (coverTitle !== null && stripSoftHyphens(coverTitle.textContent ?? '') !== title)
    coverTitle.textContent = title;
  // Long titles are set smaller, as CoverSlide.astro does at build time.
  coverTitle?.closest('.layout-cover')?.classList.toggle('cover--long', title.length > 36);
}
