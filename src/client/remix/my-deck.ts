// Used in the browser: the visitor's own deck, kept in localStorage as they work. Saving can
// fail (storage switched off or full): then the last saved deck stays as it was and the caller
// gets a Dutch message to show; nothing already saved is lost.
import { parseSavedDeck, savedDeckKey, serialiseDeck } from '../../lib/remix/saved-deck';
import type { RemixDeck } from '../../lib/remix/link';
import { slideCount } from '../../lib/content/text';

export const myDeckChanged = 'verhaalkit:mijn-presentatie-gewijzigd';

export const storageFullMessage =
  'Je browser heeft geen ruimte meer om je presentatie te bewaren, dus deze wijziging is niet opgeslagen. ' +
  'Wat je eerder bewaarde is er nog. Maak ruimte vrij (bijvoorbeeld door websitegegevens te wissen) of deel je presentatie met de link.';
export const storageOffMessage =
  'Deze browser bewaart niets voor deze website, dus je presentatie blijft alleen zolang deze pagina open is. Deel hem met de link om hem te bewaren.';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved deck; corrupt data is reset and the problem returned for the page to show. */
export function loadMyDeck(): { deck: RemixDeck; problem?: string } {
  const store = storage();
  const read = (): string | null => {
    try {
      return store?.getItem(savedDeckKey) ?? null;
    } catch {
      return null;
    }
  };
  const result = parseSavedDeck(read());
  if (result.problem !== undefined) {
    try {
      store?.removeItem(savedDeckKey);
    } catch {
      // Nothing to clean up where storage is off.
    }
  }
  return result;
}

/** Saves the deck; returns a Dutch message when it could not be saved, otherwise undefined. */
export function saveMyDeck(deck: RemixDeck): string | undefined {
  const store = storage();
  if (store === undefined) return storageOffMessage;
  try {
    store.setItem(savedDeckKey, serialiseDeck(deck));
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`)
      ? storageFullMessage
      : storageOffMessage;
  }
  window.dispatchEvent(new CustomEvent(myDeckChanged));
  return undefined;
}

/** Adds slides at the end of the saved deck: the new number of slides, or why it failed. */
export function addToMyDeck(ids: readonly string[]): { total: number } | { problem: string } {
  const { deck } = loadMyDeck();
  const next = { ...deck, slides: [...deck.slides, ...ids] };
  const problem = saveMyDeck(next);
  return problem === undefined ? { total: next.slides.length } : { problem };
}

/** Wires every `button[data-add-slides]` (ids separated by commas) under root to the saved deck. */
export function wireAddButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-add-slides]')) {
    if (button.dataset['wired'] !== undefined) continue;
    button.dataset['wired'] = '';
    const status =
      button.parentElement?.querySelector<HTMLElement>('[data-add-status]') ??
      document.querySelector<HTMLElement>('[data-add-status]');
    button.hidden = false;
    button.addEventListener('click', () => {
      const ids = (button.dataset['addSlides'] ?? '').split(',').filter((id) => id !== '');
      const result = addToMyDeck(ids);
      if (status === null || status === undefined) return;
      status.textContent =
        'problem' in result
          ? result.problem
          : `Toegevoegd. Je presentatie heeft nu ${slideCount(result.total)}.`;
    });
  }
}
