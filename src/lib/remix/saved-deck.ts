// Used in the browser: the self-made deck as kept in localStorage, read defensively.
import { cleanTitle, maxRemixSlides, type RemixDeck } from './link';

export const savedDeckKey = 'verhaalkit:mijn-presentatie';
const version = 1;

export type SavedDeckResult = { deck: RemixDeck; problem?: string };

export const emptyDeck = (): RemixDeck => ({ title: '', slides: [] });

/** Serialises a deck for storage. */
export function serialiseDeck(deck: RemixDeck): string {
  return JSON.stringify({
    version,
    title: cleanTitle(deck.title),
    slides: deck.slides.slice(0, maxRemixSlides),
  });
}

/** Reads stored data; anything corrupt or outdated gives an empty deck and a Dutch explanation. */
export function parseSavedDeck(raw: string | null): SavedDeckResult {
  if (raw === null || raw === '') return { deck: emptyDeck() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { deck: emptyDeck(), problem: 'Je opgeslagen presentatie was beschadigd en is leeggemaakt.' };
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== version) {
    return {
      deck: emptyDeck(),
      problem: 'Je opgeslagen presentatie kwam uit een oudere versie van de verhaalkit en is leeggemaakt.',
    };
  }
  const { title, slides } = data as { title?: unknown; slides?: unknown };
  if (typeof title !== 'string' || !Array.isArray(slides) || !slides.every((id) => typeof id === 'string')) {
    return { deck: emptyDeck(), problem: 'Je opgeslagen presentatie was beschadigd en is leeggemaakt.' };
  }
  return { deck: { title: cleanTitle(title), slides: slides.slice(0, maxRemixSlides) } };
}

/** Slides the kit no longer has are dropped; returns the kept deck and the dropped ids. */
export function dropUnknown(
  deck: RemixDeck,
  known: ReadonlySet<string>,
): { deck: RemixDeck; dropped: string[] } {
  const dropped = deck.slides.filter((id) => !known.has(id));
  return { deck: { ...deck, slides: deck.slides.filter((id) => known.has(id)) }, dropped };
}

/** Moves the slide at `from` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveSlide(slides: readonly string[], from: number, by: -1 | 1): string[] {
  const to = from + by;
  if (from < 0 || from >= slides.length || to < 0 || to >= slides.length) return [...slides];
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Rough presenting time: a quote takes about a minute, other slides about a minute and a half. */
export function estimateMinutes(slideIds: readonly string[]): number {
  const minutes = slideIds.reduce((sum, id) => sum + (id.startsWith('ambassadeur-') ? 1 : 1.5), 0);
  return Math.ceil(minutes);
}
