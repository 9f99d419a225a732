// Used in the browser: the self-made deck as kept in localStorage, read defensively.
import { cleanTitle, isSlideId, maxRemixSlides, type RemixDeck } from './link';
import {
  cleanClosing,
  cleanCover,
  cleanChartSlide,
  cleanFigureSlide,
  cleanTextSlide,
  hasContent,
  isOwnKey,
  maxOwnSlides,
  type OwnSlide,
} from './own-slides';

export const savedDeckKey = 'verhaalkit:mijn-presentatie';
const version = 2;

/**
 * `problem` (Dutch) is set when stored data could not be read; `newer` when it was written by a
 * newer version of the kit. The caller keeps such data aside: it is never thrown away.
 */
export type SavedDeckResult = { deck: RemixDeck; problem?: string; newer?: true };

export const emptyDeck = (): RemixDeck => ({ title: '', slides: [] });

/** An own slide as stored: its fields by name (a text slide has no `kind`, as before key figures). */
function storedOwn(slide: OwnSlide): Record<string, unknown> {
  if (slide.kind === 'figure' || slide.kind === 'chart') return { ...slide };
  return { key: slide.key, title: slide.title, bullets: slide.bullets };
}

/** Serialises a deck for storage: the title, the slide list and the own slides. */
export function serialiseDeck(deck: RemixDeck): string {
  const own = (deck.own ?? []).filter((slide) => deck.slides.includes(slide.key));
  return JSON.stringify({
    version,
    title: cleanTitle(deck.title),
    slides: deck.slides.slice(0, maxRemixSlides),
    ...(deck.cover !== undefined && hasContent(deck.cover) ? { cover: deck.cover } : {}),
    ...(deck.closing !== undefined && hasContent(deck.closing) ? { closing: deck.closing } : {}),
    ...(own.length > 0 ? { own: own.map(storedOwn) } : {}),
  });
}

export const damagedMessage =
  'Je opgeslagen presentatie kon niet worden gelezen: de gegevens zijn beschadigd.';
export const newerMessage =
  'Je opgeslagen presentatie komt uit een nieuwere versie van de verhaalkit en kan hier niet worden geopend.';
const damaged = damagedMessage;

/** Reads stored data; anything unreadable gives an empty deck and a Dutch explanation. */
export function parseSavedDeck(raw: string | null): SavedDeckResult {
  if (raw === null || raw === '') return { deck: emptyDeck() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { deck: emptyDeck(), problem: damaged };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { deck: emptyDeck(), problem: damaged };
  const record = data as Record<string, unknown>;
  if (record['version'] !== 1 && record['version'] !== version) {
    return typeof record['version'] === 'number' && record['version'] > version
      ? { deck: emptyDeck(), problem: newerMessage, newer: true }
      : { deck: emptyDeck(), problem: damaged };
  }
  const { title, slides } = record;
  if (typeof title !== 'string' || !Array.isArray(slides) || !slides.every((id) => typeof id === 'string')) {
    return { deck: emptyDeck(), problem: damaged };
  }
  const own: OwnSlide[] = [];
  if (Array.isArray(record['own'])) {
    for (const item of record['own'].slice(0, maxOwnSlides) as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const fields = item as Record<string, unknown>;
      const { key, title: slideTitle, bullets, kind } = fields;
      if (typeof key !== 'string' || !isOwnKey(key) || own.some((o) => o.key === key)) continue;
      if (kind === 'figure') own.push(cleanFigureSlide(key, fields));
      else if (kind === 'chart') own.push(cleanChartSlide(key, fields));
      else own.push(cleanTextSlide(key, slideTitle, bullets));
    }
  }
  const ownKeys = new Set(own.map((slide) => slide.key));
  const deck: RemixDeck = {
    title: cleanTitle(title),
    slides: slides.slice(0, maxRemixSlides).filter((item) => (isOwnKey(item) ? ownKeys.has(item) : true)),
  };
  const cover = record['cover'];
  if (typeof cover === 'object' && cover !== null) deck.cover = cleanCover(cover);
  const closing = record['closing'];
  if (typeof closing === 'object' && closing !== null) {
    const fields = cleanClosing(closing);
    if (hasContent(fields)) deck.closing = fields;
  }
  if (own.length > 0) deck.own = own.filter((slide) => deck.slides.includes(slide.key));
  return { deck };
}

/** Library slides the kit no longer has are dropped; returns the kept deck and the dropped ids. */
export function dropUnknown(
  deck: RemixDeck,
  known: ReadonlySet<string>,
): { deck: RemixDeck; dropped: string[] } {
  const keep = (id: string) => isOwnKey(id) || (isSlideId(id) && known.has(id));
  const dropped = deck.slides.filter((id) => !keep(id));
  return { deck: { ...deck, slides: deck.slides.filter(keep) }, dropped };
}

/** Moves the slide at `from` to `to`; out-of-range moves change nothing. */
export function moveTo(slides: readonly string[], from: number, to: number): string[] {
  if (from < 0 || from >= slides.length || to < 0 || to >= slides.length) return [...slides];
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Moves the slide at `from` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveSlide(slides: readonly string[], from: number, by: -1 | 1): string[] {
  return moveTo(slides, from, from + by);
}

/**
 * Rough presenting time: a quote takes about a minute, other slides about a minute and a half,
 * the cover and the closing slide half a minute each.
 */
export function estimateMinutes(slideIds: readonly string[], extraSlides = 0): number {
  const minutes = slideIds.reduce((sum, id) => sum + (id.startsWith('ambassadeur-') ? 1 : 1.5), 0);
  return Math.ceil(minutes + extraSlides * 0.5);
}
