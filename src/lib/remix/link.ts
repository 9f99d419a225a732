// Used in the browser and at build time: the shareable link of a self-made deck. Readable where
// it can be, compact where it must be:
//   /presenteer/?titel=Voor+de+raad&slides=titel,_1,risicofactoren&versies=Ab3xQ9_k&eigen=z…
// `slides` lists library ids and own text slides (`_1`, `_2`, …) in order; `versies` holds a
// four-character fingerprint per distinct library slide; `eigen` carries the cover's extra
// fields, the closing slide and the own text slides as JSON, compressed when that is shorter.
// Decoding never throws and takes time linear in the link's length.
import {
  cleanClosing,
  cleanCover,
  cleanText,
  cleanTextSlide,
  hasContent,
  isOwnKey,
  maxOwnSlides,
  ownLimits,
  type ClosingFields,
  type CoverFields,
  type OwnTextSlide,
} from './own-slides';
import { fromBase64Url, toBase64Url, transform } from './base64url';
import { versionLength, versionPattern } from './version';

/** A deck someone assembled. `slides` holds library ids and own slide keys, in order (ids may repeat). */
export interface RemixDeck {
  title: string;
  slides: string[];
  /** The cover's extra fields; a deck with a title opens with a cover. */
  cover?: CoverFields;
  /** The closing slide, when it has any text. */
  closing?: ClosingFields;
  /** Own text slides, referred to by their key in `slides`. */
  own?: OwnTextSlide[];
  /** Fingerprint of each library slide as it was when the link was made. */
  versions?: Record<string, string>;
}

export type RemixDecodeResult =
  | {
      ok: true;
      deck: RemixDeck;
      /** Up to ten parts of the link that are no slide id, cut short, shown as text. */
      unreadable: string[];
      /** How many parts were unreadable in all (may exceed the ten shown). */
      unreadableCount: number;
      /** How many slides beyond the maximum the link named; they are left out. */
      overLimit?: number;
      /** Problems with the own slides in the link, in Dutch. */
      problems: string[];
    }
  | { ok: false; reason: 'leeg' | 'onleesbaar'; message: string };

export const remixPath = '/presenteer/';
export const defaultRemixTitle = 'Mijn presentatie';
/** Titles are cut to this length; ids beyond the maximum are dropped. */
export const maxTitleLength = ownLimits.title;
export const maxRemixSlides = 1000;
/** Notices name at most this many ids or parts and count the rest. */
export const maxNamed = 10;
/** A link part longer than this is no slide id; it is shown cut to this length. */
const maxIdLength = 80;
/** Own content longer than this (in link characters) is not read. */
const maxOwnPayload = 40_000;
/** Own content never inflates to more than this many bytes. */
const maxOwnJson = 64_000;

const slideIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlideId = (part: string): boolean => part.length <= maxIdLength && slideIdPattern.test(part);

/** The deck title as plain text: control and bidi characters out, cut to maxTitleLength. */
export function cleanTitle(title: string): string {
  return cleanText(title, maxTitleLength);
}

/** The own slides as compact JSON: [cover fields | 0, closing | 0, [[title, ...bullets], …]]. */
function ownJson(deck: RemixDeck, ownOrder: OwnTextSlide[]): string | undefined {
  const cover = deck.cover !== undefined && hasContent(deck.cover) ? deck.cover : undefined;
  const closing = deck.closing !== undefined && hasContent(deck.closing) ? deck.closing : undefined;
  if (cover === undefined && closing === undefined && ownOrder.length === 0) return undefined;
  return JSON.stringify([
    cover === undefined ? 0 : [cover.subtitle, cover.presenter, cover.organisation, cover.date, cover.place],
    closing === undefined ? 0 : [closing.contact, closing.website],
    ownOrder.map((slide) => [slide.title, ...slide.bullets]),
  ]);
}

/** The slide list with own slides renumbered `_1`, `_2`, … in order of first use. */
function linkItems(deck: RemixDeck): { items: string[]; ownOrder: OwnTextSlide[] } {
  const byKey = new Map((deck.own ?? []).map((slide) => [slide.key, slide]));
  const renumbered = new Map<string, string>();
  const ownOrder: OwnTextSlide[] = [];
  const items: string[] = [];
  for (const item of deck.slides) {
    if (!isOwnKey(item)) {
      items.push(item);
      continue;
    }
    const slide = byKey.get(item);
    if (slide === undefined) continue;
    let key = renumbered.get(item);
    if (key === undefined) {
      key = `_${ownOrder.length + 1}`;
      renumbered.set(item, key);
      ownOrder.push(slide);
    }
    items.push(key);
  }
  return { items, ownOrder };
}

function baseParams(deck: RemixDeck, items: string[]): URLSearchParams {
  const params = new URLSearchParams();
  const title = cleanTitle(deck.title);
  if (title !== '') params.set('titel', title);
  params.set('slides', items.join(','));
  const versions = deck.versions;
  if (versions !== undefined) {
    const distinct = [...new Set(items.filter((item) => !isOwnKey(item)))];
    const known = distinct.map((id) => (Object.hasOwn(versions, id) ? versions[id] : undefined));
    if (known.some((v) => v !== undefined))
      params.set(
        'versies',
        known.map((v) => (v !== undefined && versionPattern.test(v) ? v : '....')).join(''),
      );
  }
  return params;
}

/** Commas and dots stay readable; URLSearchParams would write commas as %2C. */
const queryOf = (params: URLSearchParams) => `?${params.toString().replace(/%2C/gi, ',')}`;

const utf8 = new TextEncoder();

/** The query string (with "?") that carries a deck; own slides uncompressed (see encodeRemixCompact). */
export function encodeRemix(deck: RemixDeck): string {
  const { items, ownOrder } = linkItems(deck);
  const params = baseParams(deck, items);
  const json = ownJson(deck, ownOrder);
  if (json !== undefined) params.set('eigen', `j${toBase64Url(utf8.encode(json))}`);
  return queryOf(params);
}

/** Like encodeRemix, with the own slides deflated when that makes the link shorter. */
export async function encodeRemixCompact(deck: RemixDeck): Promise<string> {
  const { items, ownOrder } = linkItems(deck);
  const params = baseParams(deck, items);
  const json = ownJson(deck, ownOrder);
  if (json !== undefined) {
    const bytes = utf8.encode(json);
    const plain = `j${toBase64Url(bytes)}`;
    const deflated = await transform(bytes, new CompressionStream('deflate-raw'));
    const packed = deflated === undefined ? plain : `z${toBase64Url(deflated)}`;
    params.set('eigen', packed.length < plain.length ? packed : plain);
  }
  return queryOf(params);
}

/** The full path of the remix player for a deck. */
export function remixHref(deck: RemixDeck): string {
  return `${remixPath}${encodeRemix(deck)}`;
}

/**
 * A deck as the player shows it: a deck with a title opens with a cover (its extra fields may
 * be empty); a deck without one has none and plays under the default title.
 */
export function playableDeck(deck: RemixDeck): RemixDeck {
  const { cover, ...rest } = deck;
  const title = cleanTitle(deck.title);
  if (title === '') return { ...rest, title: defaultRemixTitle };
  return { ...rest, title, cover: cover ?? cleanCover({}) };
}

/** A part of a link as shown in a notice: at most 40 characters. */
export const shortPart = (part: string): string => (part.length > 40 ? `${part.slice(0, 40)}…` : part);

/**
 * Reads the library part of a deck from a query string: title, slide list and versions.
 * Own slides stay as keys until decodeRemixLink reads `eigen`. Never throws.
 */
export function decodeRemix(search: string): RemixDecodeResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const rawSlides = params.get('slides');
  if (rawSlides === null || rawSlides.trim() === '') {
    return params.has('slides') || params.has('titel')
      ? { ok: false, reason: 'leeg', message: 'Deze link bevat geen slides.' }
      : { ok: false, reason: 'leeg', message: 'Deze link bevat geen presentatie.' };
  }
  const slides: string[] = [];
  const unreadable: string[] = [];
  let unreadableCount = 0;
  let overLimit = 0;
  for (const raw of rawSlides.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    if (isSlideId(part) || isOwnKey(part)) {
      if (slides.length < maxRemixSlides) slides.push(part);
      else overLimit += 1;
    } else {
      unreadableCount += 1;
      if (unreadable.length < maxNamed) unreadable.push(shortPart(part));
    }
  }
  if (slides.length === 0) {
    return { ok: false, reason: 'onleesbaar', message: 'Deze link bevat geen enkele geldige slide.' };
  }
  const title = cleanTitle(params.get('titel') ?? '');
  const deck: RemixDeck = { title: title === '' ? defaultRemixTitle : title, slides };
  if (title !== '') deck.cover = cleanCover({});
  const versions = readVersions(params.get('versies'), slides);
  if (versions !== undefined) deck.versions = versions;
  return {
    ok: true,
    deck,
    unreadable,
    unreadableCount,
    problems: [],
    ...(overLimit > 0 ? { overLimit } : {}),
  };
}

function readVersions(raw: string | null, slides: readonly string[]): Record<string, string> | undefined {
  if (raw === null) return undefined;
  const distinct = [...new Set(slides.filter((item) => !isOwnKey(item)))];
  const versions: Record<string, string> = {};
  distinct.forEach((id, index) => {
    const version = raw.slice(index * versionLength, (index + 1) * versionLength);
    if (versionPattern.test(version)) versions[id] = version;
  });
  return Object.keys(versions).length > 0 ? versions : undefined;
}

/** Reads the own slides from `eigen`; undefined when they cannot be read. */
async function readOwn(
  raw: string,
): Promise<{ cover?: CoverFields; closing?: ClosingFields; texts: OwnTextSlide[] } | undefined> {
  if (raw.length > maxOwnPayload) return undefined;
  const bytes = fromBase64Url(raw.slice(1));
  if (bytes === undefined) return undefined;
  let json: Uint8Array<ArrayBuffer> | undefined;
  if (raw.startsWith('j')) json = bytes;
  else if (raw.startsWith('z'))
    json = await transform(bytes, new DecompressionStream('deflate-raw'), maxOwnJson);
  if (json === undefined || json.length > maxOwnJson) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return undefined;
  }
  if (!Array.isArray(data) || data.length !== 3) return undefined;
  const [cover, closing, texts] = data as unknown[];
  const strings = (value: unknown, length: number) =>
    Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string')
      ? value
      : undefined;
  const coverList = strings(cover, 5);
  const closingList = strings(closing, 2);
  if ((cover !== 0 && coverList === undefined) || (closing !== 0 && closingList === undefined))
    return undefined;
  if (!Array.isArray(texts) || texts.length > maxOwnSlides) return undefined;
  const ownTexts: OwnTextSlide[] = [];
  for (const [index, text] of texts.entries()) {
    if (!Array.isArray(text) || text.length === 0) return undefined;
    const [title, ...bullets] = text as unknown[];
    ownTexts.push(cleanTextSlide(`_${index + 1}`, title, bullets));
  }
  const result: { cover?: CoverFields; closing?: ClosingFields; texts: OwnTextSlide[] } = { texts: ownTexts };
  if (coverList !== undefined) {
    const [subtitle, presenter, organisation, date, place] = coverList;
    result.cover = cleanCover({ subtitle, presenter, organisation, date, place });
  }
  if (closingList !== undefined) {
    const closingFields = cleanClosing({ contact: closingList[0], website: closingList[1] });
    if (hasContent(closingFields)) result.closing = closingFields;
  }
  return result;
}

/** Reads a whole deck from a query string, own slides included. Never throws (nor rejects). */
export async function decodeRemixLink(search: string): Promise<RemixDecodeResult> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const base = decodeRemix(search);
  const raw = params.get('eigen');
  if (!base.ok) {
    // A link may carry only own slides and a closing slide, without any library slide.
    if (raw === null) return base;
  }
  const own = raw === null ? undefined : await readOwn(raw).catch(() => undefined);
  const problems: string[] = [];
  if (raw !== null && own === undefined)
    problems.push('De eigen slides in deze link zijn beschadigd en worden niet getoond.');
  if (!base.ok) {
    if (own === undefined || (own.closing === undefined && own.texts.length === 0)) return base;
    const title = cleanTitle(params.get('titel') ?? '');
    const deck: RemixDeck = { title: title === '' ? defaultRemixTitle : title, slides: [] };
    if (title !== '') deck.cover = own.cover ?? cleanCover({});
    if (own.closing !== undefined) deck.closing = own.closing;
    return { ok: true, deck, unreadable: [], unreadableCount: 0, problems };
  }
  const deck = { ...base.deck };
  const keys = new Set((own?.texts ?? []).map((slide) => slide.key));
  const missingOwn = deck.slides.filter((item) => isOwnKey(item) && !keys.has(item)).length;
  if (missingOwn > 0) {
    deck.slides = deck.slides.filter((item) => !isOwnKey(item) || keys.has(item));
    if (own !== undefined)
      problems.push(
        missingOwn === 1
          ? 'Eén eigen slide uit deze link ontbreekt.'
          : `${missingOwn} eigen slides uit deze link ontbreken.`,
      );
  }
  if (own !== undefined) {
    const used = own.texts.filter((slide) => deck.slides.includes(slide.key));
    if (used.length > 0) deck.own = used;
    if (deck.cover !== undefined && own.cover !== undefined) deck.cover = own.cover;
    if (own.closing !== undefined) deck.closing = own.closing;
  }
  if (deck.slides.length === 0 && deck.closing === undefined)
    return { ok: false, reason: 'onleesbaar', message: 'Deze link bevat geen enkele geldige slide.' };
  return { ...base, deck, problems: [...base.problems, ...problems] };
}
