// Used in the browser and at build time: the slide library's filters, as kept in its URL
// (?deel=verhaal&argument=2&tag=kwetsbaarheid&sector=zorg&zoek=heckman).
import { slideParts } from '../content/slide-kinds';
import type { SlidePart } from '../../schemas/slide';
import type { KitSlide } from '../content/kit';

/** What a library card knows about its slide. */
export interface LibraryEntry {
  id: string;
  title: string;
  summary: string;
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

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

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
    text: (params.get('zoek') ?? '').slice(0, 200),
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

/** True when the entry passes every filter; text matches title, summary, tags and id, ignoring accents. */
export function matchesLibraryFilter(entry: LibraryEntry, filter: LibraryFilter): boolean {
  if (filter.part !== undefined && entry.part !== filter.part) return false;
  if (filter.argument !== undefined && entry.argument !== filter.argument) return false;
  if (filter.tag !== undefined && !entry.tags.includes(filter.tag)) return false;
  if (filter.sector !== undefined && entry.sector !== filter.sector) return false;
  const words = fold(filter.text)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return true;
  const haystack = fold([entry.title, entry.summary, entry.tags.join(' '), entry.id].join(' '));
  return words.every((word) => haystack.includes(word));
}

/** The library card data of a slide. */
export function libraryEntry(slide: KitSlide): LibraryEntry {
  const { id, title, summary, part, argument, tags } = slide;
  return {
    id,
    title,
    summary,
    part,
    argument,
    tags,
    sector: slide.kind === 'ambassador' ? slide.ambassador.sector : undefined,
  };
}
