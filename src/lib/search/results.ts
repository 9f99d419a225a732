// Used in the browser and in tests: the Pagefind API we use, and how a result is shown.
import { partLabels, sectorLabel } from '../content/labels';

/** The part of a result's data we show (Pagefind's `result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole text, plain (Pagefind 1.x), and the word positions that matched in it. */
  content?: string | undefined;
  locations?: number[] | undefined;
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

/** How many words an excerpt shows at most. */
export const excerptWords = 30;
/** How far back from the first match an excerpt looks for the start of its sentence. */
const sentenceLookBack = 40;

/** Pagefind's word boundaries (`word_separators` in its script), so word positions agree. */
const wordSeparators = /[^\S\uFEFF]+/;

/** True when `word` ends a sentence ("…investeert.", "vraag?", "tijd.”"). */
const endsSentence = (word: string) => /[.!?…]['’”)]*$/.test(word);

/**
 * An excerpt that starts where the sentence of the first match starts, rather than a fixed
 * number of words before it: at most `length` words, the matched words marked, "…" where text
 * is left out. Undefined when Pagefind gave no text or no match to build it from.
 */
export function sentenceExcerpt(
  content: string | undefined,
  locations: readonly number[] | undefined,
  length = excerptWords,
): ExcerptPart[] | undefined {
  if (content === undefined || locations === undefined || locations.length === 0) return undefined;
  const words = content.split(wordSeparators);
  const first = Math.min(...locations);
  if (!(first >= 0 && first < words.length)) return undefined;
  let start = first;
  while (start > 0 && first - start < sentenceLookBack && !endsSentence(words[start - 1]!)) start -= 1;
  // No sentence start close enough: begin a few words before the match, marked as a cut.
  if (start > 0 && !endsSentence(words[start - 1]!)) start = Math.max(0, first - 4);
  const end = Math.min(words.length, Math.max(start + length, first + 1));
  const matched = new Set(locations);
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last !== undefined && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (start > 0 && !endsSentence(words[start - 1]!)) add('… ', false);
  for (let index = start; index < end; index += 1) {
    if (index > start) add(' ', false);
    add(words[index]!, matched.has(index));
  }
  if (end < words.length) add(' …', false);
  return parts.filter((part) => part.text !== '');
}

/** The result's address if it is a path on this site, otherwise undefined (never a `javascript:` URL). */
export function siteUrl(url: string): string | undefined {
  return /^\/(?!\/)[^\s\\]*$/.test(url) ? url : undefined;
}

/** The part of the story a result belongs to, in the words a visitor reads on the site. */
const partPhrases: Record<string, string | undefined> = { ...labelsByPart, verhaal: 'Uit het verhaal' };

/**
 * How a result is labelled, in the visitor's words: "Uit het verhaal" for a part of the story
 * page, "Presentatieslide" with its part for a slide, "Ambassadeur" with the sector for an
 * ambassador's quote, "Pagina" for anything else.
 */
export function resultLabel(data: Pick<PagefindResultData, 'url' | 'filters'>): string {
  const part = data.filters['deel']?.[0];
  const sector = data.filters['sector']?.[0];
  const partPhrase = part !== undefined && Object.hasOwn(partPhrases, part) ? partPhrases[part] : undefined;
  const labels = data.url.startsWith('/verhaal/')
    ? ['Uit het verhaal']
    : !data.url.startsWith('/slides/')
      ? ['Pagina']
      : part === 'ambassadeurs'
        ? ['Ambassadeur', sector === undefined ? undefined : sectorLabel(sector)]
        : ['Presentatieslide', partPhrase];
  return labels.filter((text) => text !== undefined).join(' · ');
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
