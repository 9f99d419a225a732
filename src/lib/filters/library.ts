// Used in the browser and at build time: the slide library's filters, as kept in its URL
// (?deel=verhaal&argument=2&tag=kwetsbaarheid&sector=zorg&zoek=heckman), and its order.
// The typed words are matched by the kit's one search (src/client/search/slide-search.ts);
// this module only combines that answer with the other filters.
import { slideParts } from '../content/slide-kinds';
import type { SlidePart } from '../../schemas/slide';
import type { KitSlide } from '../content/kit';

/** What a library card knows about its slide. */
export interface LibraryEntry {
  id: string;
  part: SlidePart;
  argument: number | undefined;
  tags: string[];
  sector: string | undefined;
}

export interface LibraryFilter {
  part: SlidePart | undefined;
  argument: number | undefined;
  tag: string | undefined;
  sector: string | undefined;
  text: string;
}

export const noFilter: LibraryFilter = {
  part: undefined,
  argument: undefined,
  tag: undefined,
  sector: undefined,
  text: '',
};

/** Reads the filter from a query string, keeping only values the library knows. */
export function parseLibraryFilter(
  search: string,
  known: { tags: readonly string[]; sectors: readonly string[] },
): LibraryFilter {
  const params = new URLSearchParams(search);
  const part = slideParts.find((p) => p === params.get('deel'));
  const argumentValue = Number(params.get('argument'));
  const tag = known.tags.find((t) => t === params.get('tag'));
  const sector = known.sectors.find((s) => s === params.get('sector'));
  return {
    part,
    argument:
      Number.isInteger(argumentValue) && argumentValue >= 1 && argumentValue <= 7 ? argumentValue : undefined,
    tag,
    sector,
    text: (params.get('zoek') ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
  };
}

/** The query string for a filter ("" for no filter). */
export function libraryFilterQuery(filter: LibraryFilter): string {
  const params = new URLSearchParams();
  if (filter.part !== undefined) params.set('deel', filter.part);
  if (filter.argument !== undefined) params.set('argument', String(filter.argument));
  if (filter.tag !== undefined) params.set('tag', filter.tag);
  if (filter.sector !== undefined) params.set('sector', filter.sector);
  if (filter.text.trim() !== '') params.set('zoek', filter.text.trim());
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * True when the entry passes every chosen filter. `textMatches` holds the ids the search found
 * for the typed words; it is only consulted when there are words.
 */
export function matchesLibraryFilter(
  entry: LibraryEntry,
  filter: LibraryFilter,
  textMatches: ReadonlySet<string> = new Set(),
): boolean {
  if (filter.part !== undefined && entry.part !== filter.part) return false;
  if (filter.argument !== undefined && entry.argument !== filter.argument) return false;
  if (filter.tag !== undefined && !entry.tags.includes(filter.tag)) return false;
  if (filter.sector !== undefined && entry.sector !== filter.sector) return false;
  return filter.text.trim() === '' || textMatches.has(entry.id);
}

/** The library card data of a slide. */
export function libraryEntry(slide: KitSlide): LibraryEntry {
  const { id, part, argument, tags } = slide;
  return {
    id,
    part,
    argument,
    tags,
    sector: slide.kind === 'ambassador' ? slide.ambassador.sector : undefined,
  };
}

/**
 * The library's order: by part of the story, and within a part in the order the ready-made
 * decks tell them (the story deck first, then the other decks as given); slides in no deck
 * come last, by title.
 */
export function libraryOrder<S extends { id: string; part: SlidePart; title: string }>(
  slides: Iterable<S>,
  decks: ReadonlyArray<{ id: string; slides: readonly string[] }>,
  storyDeckId: string,
): S[] {
  const ordered = [...decks].sort((a, b) => Number(b.id === storyDeckId) - Number(a.id === storyDeckId));
  const rank = new Map<string, number>();
  for (const deck of ordered) for (const id of deck.slides) if (!rank.has(id)) rank.set(id, rank.size);
  return [...slides].sort(
    (a, b) =>
      slideParts.indexOf(a.part) - slideParts.indexOf(b.part) ||
      (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) ||
      a.title.localeCompare(b.title, 'nl'),
  );
}

/** Each argument's name: the title of the first slide that makes it, in the story's order. */
export function argumentNames(
  storySlides: ReadonlyArray<{ argument: number | undefined; title: string }>,
): Map<number, string> {
  const names = new Map<number, string>();
  for (const slide of storySlides) {
    if (slide.argument !== undefined && !names.has(slide.argument)) names.set(slide.argument, slide.title);
  }
  return new Map([...names].sort(([a], [b]) => a - b));
}
