// Used in the browser and in tests: "Mijn presentaties", the decks a visitor keeps in this browser.
// The deck being worked on stays where it always was (`savedDeckKey`, read by "Voeg toe" and the
// take-along menu); the others wait on a shelf under `shelfKey`. Stored data that cannot be read
// is never thrown away: it is kept aside, byte for byte, under a key of its own (`asidePrefix`),
// offered as a download, and only then is a new deck started.
import type { RemixDeck } from './link';
import { hasContent } from './own-slides';
import { parseSavedDeck, serialiseDeck } from './saved-deck';
import { dutchMonths } from './dates';

export const shelfKey = 'verhaalkit:presentaties';
export const asidePrefix = 'verhaalkit:onleesbaar:';
const shelfVersion = 1;
/** At most this many decks wait on the shelf; the builder says so when it is full. */
export const maxShelved = 50;

/** A deck on the shelf: an id of its own, when it was last put there, and the deck itself. */
export interface ShelvedDeck {
  id: string;
  saved: string;
  deck: RemixDeck;
}

export interface ShelfResult {
  decks: ShelvedDeck[];
  /** Stored text that could not be read (the whole shelf, or one deck of it): to keep aside. */
  unreadable: string[];
}

/** Whether a deck holds anything a visitor made (slides, a title, a cover or a closing slide). */
export function hasWork(deck: RemixDeck): boolean {
  return (
    deck.slides.length > 0 ||
    deck.title.trim() !== '' ||
    (deck.cover !== undefined && hasContent(deck.cover)) ||
    deck.closing !== undefined
  );
}

/** How a deck is called in the list: its title, or "Naamloze presentatie". */
export const deckName = (deck: RemixDeck): string => deck.title.trim() || 'Naamloze presentatie';

export function serialiseShelf(decks: readonly ShelvedDeck[]): string {
  return JSON.stringify({
    version: shelfVersion,
    decks: decks.slice(0, maxShelved).map(({ id, saved, deck }) => ({
      id,
      saved,
      deck: JSON.parse(serialiseDeck(deck)) as unknown,
    })),
  });
}

const idPattern = /^[A-Za-z0-9_-]{1,40}$/;

/** Reads the shelf; whatever cannot be read is returned as text to keep aside, never dropped. */
export function parseShelf(raw: string | null): ShelfResult {
  if (raw === null || raw === '') return { decks: [], unreadable: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { decks: [], unreadable: [raw] };
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (record['version'] !== shelfVersion || !Array.isArray(record['decks']))
    return { decks: [], unreadable: [raw] };
  const decks: ShelvedDeck[] = [];
  const unreadable: string[] = [];
  for (const item of record['decks'] as unknown[]) {
    const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { id, saved } = entry;
    const parsed = parseSavedDeck(JSON.stringify(entry['deck'] ?? null));
    if (
      typeof id !== 'string' ||
      !idPattern.test(id) ||
      decks.some((d) => d.id === id) ||
      parsed.problem !== undefined
    ) {
      unreadable.push(JSON.stringify(item));
      continue;
    }
    decks.push({ id, saved: typeof saved === 'string' ? saved.slice(0, 40) : '', deck: parsed.deck });
  }
  return { decks, unreadable };
}

/** A new id, from a source of random numbers in [0, 1) (Math.random in the browser). */
export function newDeckId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  for (let i = 0; i < 12; i += 1) id += alphabet[Math.floor(random() * alphabet.length) % alphabet.length];
  return id;
}

/** "Naam (kopie)", or "Naam (kopie 2)" and on when that is taken. */
export function copyTitle(title: string, taken: readonly string[]): string {
  const base =
    title.trim() === '' ? 'Naamloze presentatie' : title.trim().replace(/ \(kopie(?: \d+)?\)$/, '');
  const used = new Set(taken.map((t) => t.trim()));
  if (!used.has(`${base} (kopie)`)) return `${base} (kopie)`;
  for (let n = 2; ; n += 1) if (!used.has(`${base} (kopie ${n})`)) return `${base} (kopie ${n})`;
}

/** The key to keep unreadable data aside under: the moment, made unique against the taken keys. */
export function asideKey(now: Date, taken: (key: string) => boolean): string {
  const base = `${asidePrefix}${now.toISOString()}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export const isAsideKey = (key: string): boolean => key.startsWith(asidePrefix);

/** "5 december 2026 om 09:12" for an ISO time (in the visitor's time zone), or '' when unreadable. */
export function dutchMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${dutchMonths[date.getMonth()]} ${date.getFullYear()} om ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The name of data kept aside, from its key. */
export function asideName(key: string): string {
  const moment = dutchMoment(key.slice(asidePrefix.length).replace(/-\d+$/, ''));
  return moment === '' ? 'Onleesbare presentatie' : `Onleesbare presentatie, apart gezet op ${moment}`;
}

/** The download's file name for data kept aside. */
export function asideFileName(key: string): string {
  const stamp = key
    .slice(asidePrefix.length)
    .replace(/[^0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `onleesbare-presentatie-${stamp || 'kopie'}.json`;
}
