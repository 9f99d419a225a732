// Used in the browser by the deck player: a remix opens on its cover alone, as soon as its link is
// read; its slides join behind the cover once they are in. Steps the presenter takes meanwhile are
// counted and taken then, so pressing "next" on the cover is never lost.
import type { RevealApi } from 'reveal.js';
import { retargetSlideLinks } from './slide-links';

/** reveal.js's keys for the next and the previous step. */
const forwardKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N', 'l', 'L', 'j', 'J']);
const backKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'h', 'H', 'k', 'K']);

/**
 * Counts the steps a presenter takes while a remix shows only its cover, so that they are taken
 * when the slides are in; the returned function stops counting and gives the count.
 */
export function countSteps(): () => number {
  let steps = 0;
  const count = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (forwardKeys.has(event.key) && !event.shiftKey) steps += 1;
    else if (backKeys.has(event.key) || (event.key === ' ' && event.shiftKey)) steps = Math.max(0, steps - 1);
  };
  document.addEventListener('keydown', count, true);
  return () => {
    document.removeEventListener('keydown', count, true);
    return steps;
  };
}

/** A remix's slides after its cover, framed, or undefined when none could be had (the notice says why). */
export type RemixRest = Promise<HTMLElement[] | undefined>;

/**
 * Puts the rest of a remix behind the cover it opened with, once it is in: reveal.js counts the
 * new slides, links between them go within the page, and the steps taken meanwhile are taken.
 */
export async function completeRemix(
  deck: RevealApi,
  root: HTMLElement,
  cover: HTMLElement,
  rest: RemixRest,
  stepsTaken: () => number,
): Promise<void> {
  const sections = await rest.catch(() => undefined);
  const steps = stepsTaken();
  if (sections === undefined) {
    root.setAttribute('hidden', '');
    document.documentElement.dataset['deckReady'] = 'leeg';
    return;
  }
  cover.after(...sections);
  deck.sync();
  retargetSlideLinks(root, (id) => `#/${id}`);
  if (steps > 0 && deck.getIndices().h === 0) deck.slide(Math.min(steps, deck.getTotalSlides() - 1));
}
