// Used at build time: decides what of a built page becomes a search record, and at which URL.
// Pure: takes a page's path and HTML, never reads the disk (see src/integrations/search-index.ts).
import { stripSoftHyphens } from '../hyphenation/soft-hyphens';

/** Marks an element (with an id) that is indexed as a record of its own at `<page>#<id>`. */
export const recordAttribute = 'data-search-record';

/** What to hand to Pagefind: the URL a result links to and the HTML to index for it. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The site URL of a built file: `slides/x/index.html` → `/slides/x/`, `404.html` → `/404`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path.replace(/\.html$/, '')}`;
}

/**
 * The outer HTML of every outermost element carrying `attribute`, with its `id` if it has one,
 * found by counting opening and closing tags of the same name (Astro escapes `<` in text and
 * attribute values, so every `<tag` is a tag).
 */
function outerElements(html: string, attribute: string): { id: string | undefined; html: string }[] {
  const found: { id: string | undefined; html: string }[] = [];
  const start = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\s${attribute}(?=[\\s=>/])[^>]*>`, 'g');
  let match: RegExpExecArray | null;
  while ((match = start.exec(html)) !== null) {
    const tag = match[1]!.toLowerCase();
    const id = /\sid="([^"]+)"/.exec(match[0])?.[1];
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    let tagMatch: RegExpExecArray | null;
    while (depth > 0 && (tagMatch = tags.exec(html)) !== null) {
      depth += tagMatch[1] === '/' ? -1 : 1;
      if (depth === 0) end = tagMatch.index + tagMatch[0].length;
    }
    found.push({ id, html: html.slice(match.index, end) });
    start.lastIndex = end;
  }
  return found;
}

/** The outer HTML of every element carrying `attribute` and an `id` (see `outerElements`). */
export function elementsWithAttribute(html: string, attribute: string): { id: string; html: string }[] {
  return outerElements(html, attribute).flatMap(({ id, html: outer }) =>
    id === undefined ? [] : [{ id, html: outer }],
  );
}

/** The `lang` of the page's `<html>` element, for the records cut out of it. */
function pageLanguage(html: string): string {
  return /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'nl';
}

/**
 * The search records of one built page: nothing for pages without `data-pagefind-body`
 * (site chrome, deck players), one record per marked element for pages that are split
 * (the story: one record per section), and otherwise the page itself.
 */
export function searchRecords(relativePath: string, html: string): SearchRecord[] {
  if (!/\sdata-pagefind-body(?=[\s=>])/.test(html)) return [];
  const url = pageUrl(relativePath);
  const parts = elementsWithAttribute(html, recordAttribute);
  if (parts.length === 0) return [{ url, html }];
  const lang = pageLanguage(html);
  return parts.map((part) => ({
    url: `${url}#${part.id}`,
    html: `<!doctype html><html lang="${lang}"><body>${part.html}</body></html>`,
  }));
}

/**
 * Puts a space between adjacent tags, so that text from neighbouring blocks ("…investeert</p>
 * <p>Bron: …") never runs together in the index and its excerpts. Text inside an element
 * (`<strong>Heck</strong>man`) is left alone: only `><` boundaries change.
 */
export function spaceBetweenTags(html: string): string {
  return html.replace(/>(?=<)/g, '> ');
}

/** The page's `<meta name="description">`, which on slide pages is the slide's summary. */
export function pageDescription(html: string): string | undefined {
  return /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1];
}

/**
 * One record per slide: a slide page (`/slides/<id>/`) carries the whole slide (stage text,
 * reading text, notes, sources) and its summary, so the story's section of the same slide
 * (`/verhaal/#<id>`) is left out and every slide is found once.
 */
export function oneRecordPerSlide(records: readonly SearchRecord[]): SearchRecord[] {
  const slidePages = new Set(
    records.flatMap((record) => /^\/slides\/([a-z0-9-]+)\/$/.exec(record.url)?.[1] ?? []),
  );
  return records.filter((record) => {
    const story = /^\/verhaal\/#([a-z0-9-]+)$/.exec(record.url);
    return story === null || !slidePages.has(story[1]!);
  });
}

/** Pagefind's attributes that count wherever they are on a page, not only in its indexed part. */
const pageWideAttribute = /\sdata-pagefind-(?:filter|meta|sort|default-meta)(?=[\s=>])/g;

/**
 * What Pagefind reads of a page: its indexed elements (`data-pagefind-body`) in a bare document
 * of the page's language, without the rest of the page it would parse only to skip. The whole
 * page when a filter, meta or sort attribute lies outside them.
 */
export function indexedPart(html: string): string {
  const bodies = outerElements(html, 'data-pagefind-body').map((element) => element.html);
  if (bodies.length === 0) return html;
  const attributes = (text: string) => text.match(pageWideAttribute)?.length ?? 0;
  if (attributes(bodies.join('')) !== attributes(html)) return html;
  return `<!doctype html><html lang="${pageLanguage(html)}"><body>${bodies.join('')}</body></html>`;
}

/** A record as handed to Pagefind: spaced tags, and a slide page's summary added to its body. */
export function indexedHtml(record: SearchRecord): string {
  // Soft hyphens are for the line breaks on screen: the index and its excerpts get whole words.
  const spaced = spaceBetweenTags(stripSoftHyphens(indexedPart(record.html)));
  const summary = /^\/slides\/[a-z0-9-]+\/$/.test(record.url) ? pageDescription(record.html) : undefined;
  if (summary === undefined || summary === '') return spaced;
  // The summary goes first inside the indexed element, as a paragraph of its own.
  return spaced.replace(/(<[a-z]+\b[^>]*\sdata-pagefind-body(?:=[^\s>]*)?[^>]*>)/, `$1<p>${summary}</p> `);
}
