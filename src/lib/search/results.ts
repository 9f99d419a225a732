// Used in the browser and in tests: the Pagefind API we use, and how a result is shown.
import { partLabels, sectorLabel } from '../content/labels';

/** The part of a result's data we show (Pagefind's `result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

/** The subset of Pagefind's browser API (`/pagefind/pagefind.js`) that the search page calls. */
export interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

/** A stretch of excerpt text, marked when it matched the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const labelsByPart: Record<string, string | undefined> = partLabels;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits Pagefind's excerpt ("… <mark>Heckman</mark> …", text otherwise escaped) into plain
 * text parts, so the page can show it with text nodes and never sets it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      const last = parts.at(-1);
      if (last !== undefined && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** The result's address if it is a path on this site, otherwise undefined (never a `javascript:` URL). */
export function siteUrl(url: string): string | undefined {
  return /^\/(?!\/)[^\s\\]*$/.test(url) ? url : undefined;
}

/** How a result is labelled: where it leads, the part of the story and, for ambassadors, the sector. */
export function resultLabel(data: Pick<PagefindResultData, 'url' | 'filters'>): string {
  const where = data.url.startsWith('/verhaal/')
    ? 'In het verhaal'
    : data.url.startsWith('/slides/')
      ? 'Slide'
      : 'Pagina';
  const part = data.filters['deel']?.[0];
  const sector = data.filters['sector']?.[0];
  const label = part !== undefined && Object.hasOwn(partLabels, part) ? labelsByPart[part] : undefined;
  return [where, label, sector === undefined ? undefined : sectorLabel(sector)]
    .filter((text) => text !== undefined)
    .join(' · ');
}

/** "Geen resultaten", "1 resultaat", "12 resultaten", with the search text when there is one. */
export function resultsStatus(count: number, query: string): string {
  const counted = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  return query === '' ? counted : `${counted} voor “${query}”`;
}

/** The slide a result is about: `/slides/<id>/` or `/verhaal/#<id>`; undefined for other pages. */
export function slideIdOfUrl(url: string): string | undefined {
  return (/^\/slides\/([a-z0-9-]+)\/(?:[?#].*)?$/.exec(url) ?? /^\/verhaal\/#([a-z0-9-]+)$/.exec(url))?.[1];
}

/** Result ids in rank order, each slide once. */
export function distinctSlideIds(urls: readonly string[]): string[] {
  const ids: string[] = [];
  for (const url of urls) {
    const id = slideIdOfUrl(url);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
