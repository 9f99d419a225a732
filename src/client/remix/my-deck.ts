// Used in the browser: the visitor's own decks, kept in localStorage as they work. The deck being
// worked on sits under `savedDeckKey`; the others wait on the shelf ("Mijn presentaties"). Saving
// can fail (storage switched off or full): then what was saved stays as it was and the caller
// gets a Dutch message to show. Stored data that cannot be read is never thrown away: it is kept
// aside under a key of its own and offered as a download before anything new is saved.
import { parseSavedDeck, savedDeckKey, serialiseDeck } from '../../lib/remix/saved-deck';
import type { RemixDeck } from '../../lib/remix/link';
import {
  asideFileName,
  asideKey,
  isAsideKey,
  parseShelf,
  serialiseShelf,
  shelfKey,
  type ShelvedDeck,
} from '../../lib/remix/my-decks';
import { slideCount } from '../../lib/content/text';

export const myDeckChanged = 'verhaalkit:mijn-presentatie-gewijzigd';

export const storageFullMessage =
  'Je browser heeft geen ruimte meer om je presentatie te bewaren, dus deze wijziging is niet opgeslagen. ' +
  'Wat je eerder bewaarde is er nog. Maak ruimte vrij (bijvoorbeeld door websitegegevens te wissen) of deel je presentatie met de link.';
export const storageOffMessage =
  'Deze browser bewaart niets voor deze website, dus je presentatie blijft alleen zolang deze pagina open is. Deel hem met de link om hem te bewaren.';
export const keptAsideMessage =
  'Er is niets weggegooid: een kopie staat apart bij Mijn presentaties in de bouwdoos, waar je hem kunt downloaden. Je begint met een nieuwe presentatie.';
export const notKeptAsideMessage =
  'Apart zetten lukte niet, omdat deze browser er geen ruimte voor heeft. Download hem hier, dan is er niets verloren; pas daarna wordt je nieuwe presentatie bewaard.';

/** Data that could not be read, as it was stored; `key` is where it is kept aside, if it could be. */
export interface Unreadable {
  raw: string;
  key?: string;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Why a write failed, in Dutch. */
function writeProblem(error: unknown): string {
  return error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`)
    ? storageFullMessage
    : storageOffMessage;
}

/** Keeps unreadable data aside, byte for byte; returns its key, or undefined when that failed. */
export function keepAside(raw: string): string | undefined {
  const store = storage();
  if (store === undefined) return undefined;
  const key = asideKey(new Date(), (k) => read(k) !== null);
  try {
    store.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

/** Everything kept aside in this browser, oldest first. */
export function keptAside(): Array<{ key: string; raw: string }> {
  const store = storage();
  const found: Array<{ key: string; raw: string }> = [];
  if (store === undefined) return found;
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key === null || !isAsideKey(key)) continue;
      const raw = store.getItem(key);
      if (raw !== null) found.push({ key, raw });
    }
  } catch {
    // Storage switched off while reading: what was found so far.
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}

/** Removes data kept aside (the visitor asked for it). */
export function dropAside(key: string): void {
  if (!isAsideKey(key)) return;
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to remove where storage is off.
  }
}

/** A link that downloads data as it was stored. */
export function downloadLink(raw: string, fileName: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
  link.download = fileName;
  link.textContent = text;
  return link;
}

/** The download link for unreadable data, named after where it was kept aside. */
export const unreadableLink = (unreadable: Unreadable): HTMLAnchorElement =>
  downloadLink(
    unreadable.raw,
    asideFileName(unreadable.key ?? `verhaalkit:onleesbaar:${new Date().toISOString()}`),
    'Download de onleesbare presentatie',
  );

/**
 * The deck being worked on. Unreadable data is kept aside first (and only then removed from its
 * place); `problem` says in Dutch what happened, `unreadable` carries the data for a download.
 */
export function loadMyDeck(): { deck: RemixDeck; problem?: string; unreadable?: Unreadable } {
  const raw = read(savedDeckKey);
  const result = parseSavedDeck(raw);
  if (result.problem === undefined || raw === null) return { deck: result.deck };
  const key = keepAside(raw);
  if (key === undefined)
    return { deck: result.deck, problem: `${result.problem} ${notKeptAsideMessage}`, unreadable: { raw } };
  try {
    storage()?.removeItem(savedDeckKey);
  } catch {
    // Kept aside already; the place is overwritten by the next save.
  }
  return { deck: result.deck, problem: `${result.problem} ${keptAsideMessage}`, unreadable: { raw, key } };
}

/** Saves the deck; returns a Dutch message when it could not be saved, otherwise undefined. */
export function saveMyDeck(deck: RemixDeck): string | undefined {
  const store = storage();
  if (store === undefined) return storageOffMessage;
  // Unreadable data in the deck's place (from another tab or an older load) is kept aside first.
  const there = read(savedDeckKey);
  if (there !== null && parseSavedDeck(there).problem !== undefined && keepAside(there) === undefined)
    return `Je presentatie is niet bewaard: op zijn plaats staat een presentatie die niet gelezen kan worden. ${notKeptAsideMessage}`;
  try {
    store.setItem(savedDeckKey, serialiseDeck(deck));
  } catch (error) {
    return writeProblem(error);
  }
  window.dispatchEvent(new CustomEvent(myDeckChanged));
  return undefined;
}

/** The decks on the shelf; unreadable ones are kept aside (and then left off the shelf). */
export function loadShelf(): { decks: ShelvedDeck[]; unreadable: Unreadable[] } {
  const raw = read(shelfKey);
  const { decks, unreadable } = parseShelf(raw);
  if (unreadable.length === 0) return { decks, unreadable: [] };
  const kept = unreadable.map((text) => ({ raw: text, key: keepAside(text) }));
  // Rewritten without the unreadable parts only once every one of them is safe.
  if (kept.every((item) => item.key !== undefined)) void saveShelf(decks);
  return {
    decks,
    unreadable: kept.map(({ raw: text, key }) => (key === undefined ? { raw: text } : { raw: text, key })),
  };
}

/** Saves the shelf; a Dutch message when that failed. */
export function saveShelf(decks: readonly ShelvedDeck[]): string | undefined {
  const store = storage();
  if (store === undefined) return storageOffMessage;
  try {
    if (decks.length === 0) store.removeItem(shelfKey);
    else store.setItem(shelfKey, serialiseShelf(decks));
  } catch (error) {
    return writeProblem(error);
  }
  return undefined;
}

/** Adds slides at the end of the saved deck: the new number of slides, or why it failed. */
export function addToMyDeck(
  ids: readonly string[],
):
  | { total: number; problem?: string; unreadable?: Unreadable }
  | { problem: string; unreadable?: Unreadable } {
  const loaded = loadMyDeck();
  const next = { ...loaded.deck, slides: [...loaded.deck.slides, ...ids] };
  const problem = saveMyDeck(next);
  if (problem !== undefined)
    return loaded.unreadable === undefined ? { problem } : { problem, unreadable: loaded.unreadable };
  return {
    total: next.slides.length,
    ...(loaded.problem === undefined ? {} : { problem: loaded.problem }),
    ...(loaded.unreadable === undefined ? {} : { unreadable: loaded.unreadable }),
  };
}

/** Adds the slides of an add button (`data-add-slides`, ids separated by commas) and says so in its status line. */
export function addFromButton(button: HTMLButtonElement): void {
  const status =
    button.parentElement?.querySelector<HTMLElement>('[data-add-status]') ??
    document.querySelector<HTMLElement>('[data-add-status]');
  const ids = (button.dataset['addSlides'] ?? '').split(',').filter((id) => id !== '');
  const result = addToMyDeck(ids);
  if (status === null) return;
  const lines: Array<string | Node> = [];
  if ('total' in result) {
    if (result.problem !== undefined) lines.push(result.problem, ' ');
    lines.push(`Toegevoegd. Je presentatie heeft nu ${slideCount(result.total)}.`);
  } else lines.push(result.problem);
  if (result.unreadable !== undefined) lines.push(' ', unreadableLink(result.unreadable));
  status.replaceChildren(...lines);
}
