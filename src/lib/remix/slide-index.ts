// Used in the browser, at build time and in tests: the small index of library slides (id, title,
// version) that the player and builder check a link against before fetching anything.
import { maxRemixSlides, type RemixDeck } from './link';
import { isOwnKey } from './own-slides';
import { slideCount } from '../content/text';
import { redirectMap, resolveSlideId } from '../content/redirects';
import { dutchDate, isIsoDate } from './dates';

/** Where the build writes the index. */
export const slideIndexPath = '/slides/index.json';

/** One library slide in the index. */
export interface IndexedSlide {
  /** Title. */
  t: string;
  /** Content version (see version.ts). */
  v: string;
  /** The day that version was committed, "2026-12-05" (see dates.ts); absent when unknown. */
  d?: string;
}

export interface SlideIndex {
  slides: Record<string, IndexedSlide>;
  /** Old ids of renamed or split slides, mapped to their new ids (none: the slide was retired). */
  redirects: Record<string, string[]>;
}

/** The deck with each library slide's current version, as share and export links carry them. */
export function withSlideVersions(deck: RemixDeck, index: SlideIndex | undefined): RemixDeck {
  const versions: Record<string, string> = {};
  for (const id of deck.slides)
    if (index !== undefined && Object.hasOwn(index.slides, id)) versions[id] = index.slides[id]!.v;
  return { ...deck, versions };
}

/** Reads an index that came over the network; anything malformed gives an empty index. */
export function parseSlideIndex(data: unknown): SlideIndex {
  const index: SlideIndex = { slides: {}, redirects: {} };
  if (typeof data !== 'object' || data === null) return index;
  const { slides, redirects } = data as { slides?: unknown; redirects?: unknown };
  if (typeof slides === 'object' && slides !== null) {
    for (const [id, entry] of Object.entries(slides)) {
      const { t, v, d } = (entry ?? {}) as { t?: unknown; v?: unknown; d?: unknown };
      if (typeof t === 'string' && typeof v === 'string')
        index.slides[id] = typeof d === 'string' && isIsoDate(d) ? { t, v, d } : { t, v };
    }
  }
  if (typeof redirects === 'object' && redirects !== null) {
    for (const [id, targets] of Object.entries(redirects)) {
      if (Array.isArray(targets) && targets.every((t) => typeof t === 'string'))
        index.redirects[id] = targets;
    }
  }
  return index;
}

const has = (record: object, key: string) => Object.hasOwn(record, key);

/** A library slide changed since a link was made. */
export interface ChangedSlide {
  id: string;
  title: string;
  /** "2026-12-05": the day of the slide's current content, when known. */
  date?: string;
}

/** A deck checked against the index: the ids to show, what is unknown, what changed since the link. */
export interface CheckedDeck {
  /** The slide list with renamed ids replaced by their new ids and unknown ids left out. */
  slides: string[];
  /** Distinct ids the kit does not know, in order of first use. */
  unknown: string[];
  /**
   * Distinct library slides whose content changed since the link was made (or that were renamed),
   * with the day their current content dates from when the build knew it.
   */
  changed: ChangedSlide[];
  /** Slides that redirects brought in beyond the maximum of maxRemixSlides, left out. */
  overLimit?: number;
}

export function checkDeck(deck: RemixDeck, index: SlideIndex): CheckedDeck {
  const slides: string[] = [];
  const unknown = new Set<string>();
  const changed = new Map<string, IndexedSlide>();
  const versions = deck.versions ?? {};
  const redirects = redirectMap(index.redirects);
  const isSlide = (id: string) => has(index.slides, id);
  let overLimit = 0;
  for (const item of deck.slides) {
    if (isOwnKey(item)) {
      slides.push(item);
      continue;
    }
    const targets = resolveSlideId(item, redirects, isSlide);
    if (targets.length === 1 && targets[0] === item && !isSlide(item)) {
      unknown.add(item);
      continue;
    }
    // A split slide's old id brings in several: the deck still holds at most maxRemixSlides.
    const room = maxRemixSlides - slides.length;
    if (targets.length > room) overLimit += targets.length - Math.max(room, 0);
    slides.push(...targets.slice(0, Math.max(room, 0)));
    const recorded = has(versions, item) ? versions[item] : undefined;
    for (const target of targets) {
      const current = index.slides[target]!;
      if (recorded !== undefined && (target !== item || recorded !== current.v)) changed.set(target, current);
    }
  }
  return {
    slides,
    unknown: [...unknown],
    changed: [...changed].map(([id, { t, d }]) => ({
      id,
      title: t,
      ...(d !== undefined ? { date: d } : {}),
    })),
    ...(overLimit > 0 ? { overLimit } : {}),
  };
}

/** "a, b en c", or the first ten and "en nog 12 andere". */
export function namedList(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} en nog ${rest} andere`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} en ${shown.at(-1)}`;
}

/** The notice for slides a link names that the kit does not have. */
export function unknownNotice(unknown: readonly string[]): string {
  return `${slideCount(unknown.length)} uit deze link ${unknown.length === 1 ? 'bestaat' : 'bestaan'} niet (meer) in de verhaalkit: ${namedList(unknown)}.`;
}

/** The notice for parts of a link that are no slide at all: `shown` are the first few of `count`. */
export function unreadableNotice(shown: readonly string[], count: number): string {
  const rest = count - shown.length;
  const list = rest > 0 ? `${shown.join(', ')} en nog ${rest} andere` : namedList(shown);
  return count === 1
    ? `Eén deel van de link is geen slide en is overgeslagen: ${list}.`
    : `${count} delen van de link zijn geen slide en zijn overgeslagen: ${list}.`;
}

/** "Deze slide is bijgewerkt op 5 december 2026", or '' when the day is unknown. */
export function updatedOn(date: string | undefined): string {
  const day = date === undefined ? '' : dutchDate(date);
  return day === '' ? '' : `Deze slide is bijgewerkt op ${day}`;
}

/** What follows a changed slide's title in the notice: " (bijgewerkt op 5 december 2026)", or ''. */
export function updatedOnSuffix(date: string | undefined): string {
  const day = date === undefined ? '' : dutchDate(date);
  return day === '' ? '' : ` (bijgewerkt op ${day})`;
}

/** The opening of the "bijgewerkt" notice; the titles follow as links. */
export function updatedLead(count: number): string {
  return count === 1
    ? '1 slide is bijgewerkt sinds deze link is gemaakt:'
    : `${count} slides zijn bijgewerkt sinds deze link is gemaakt:`;
}
