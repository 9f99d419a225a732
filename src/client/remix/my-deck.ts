// Used in the browser: the visitor's own deck, kept in localStorage as they work.
import { parseSavedDeck, savedDeckKey, serialiseDeck } from '../../lib/remix/saved-deck';
import type { RemixDeck } from '../../lib/remix/link';

export const myDeckChanged = 'verhaalkit:mijn-presentatie-gewijzigd';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Storage can be switched off; the builder then works for this visit only.
  }
}

/** The saved deck; corrupt data is reset and the problem returned for the page to show. */
export function loadMyDeck(): { deck: RemixDeck; problem?: string } {
  const store = storage();
  const result = parseSavedDeck(store?.getItem(savedDeckKey) ?? null);
  if (result.problem !== undefined) store?.removeItem(savedDeckKey);
  return result;
}

export function saveMyDeck(deck: RemixDeck): void {
  storage()?.setItem(savedDeckKey, serialiseDeck(deck));
  window.dispatchEvent(new CustomEvent(myDeckChanged));
}

/** Adds slides at the end of the saved deck; returns the new number of slides. */
export function addToMyDeck(ids: readonly string[]): number {
  const { deck } = loadMyDeck();
  const next = { ...deck, slides: [...deck.slides, ...ids] };
  saveMyDeck(next);
  return next.slides.length;
}

/** Wires every `button[data-add-slides]` (ids separated by commas) under root to the saved deck. */
export function wireAddButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-add-slides]')) {
    const status =
      button.parentElement?.querySelector<HTMLElement>('[data-add-status]') ??
      document.querySelector<HTMLElement>('[data-add-status]');
    button.hidden = false;
    button.addEventListener('click', () => {
      const ids = (button.dataset['addSlides'] ?? '').split(',').filter((id) => id !== '');
      const total = addToMyDeck(ids);
      if (status !== null && status !== undefined) {
        status.textContent = `Toegevoegd. Je presentatie heeft nu ${total === 1 ? '1 slide' : `${total} slides`}.`;
      }
    });
  }
}
