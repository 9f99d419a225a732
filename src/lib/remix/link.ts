// Used in the browser and at build time: the shareable link of a self-made deck. Readable where
// it can be, compact where it must be:
//   /presenteer/?titel=Voor+de+raad&slides=titel,_1,risicofactoren&versies=Ab3xQ9_k&eigen=z…
// `slides` lists library ids and own text slides (`_1`, `_2`, …) in order; `versies` holds a
// four-character fingerprint per distinct library slide; `eigen` carries the cover's extra
// fields, the closing slide and the own slides as JSON, compressed when that is shorter.
// A link that would be longer than readableLinkLength is written in the short format 2:
//   /presenteer/?titel=Voor+de+raad&v=2&s=Xk3aQ0b_.0Zz19&versies=…&eigen=z…
// where `s` holds a four-character code per library slide (slideCode: a hash of its id, looked
// up in the slide index, old ids included) and `.` plus one character per own slide.
// Decoding never throws and takes time linear in the link's length; links of either format
// keep opening.
import {
  cleanClosing,
  cleanCover,
  cleanText,
  hasContent,
  isOwnKey,
  maxOwnSlides,
  ownLimits,
  ownSlideFromCompact,
  ownSlideToCompact,
  type ClosingFields,
  type CoverFields,
  type OwnSlide,
} from './own-slides';
import { fromBase64Url, toBase64Url, transform } from './base64url';
import { contentVersion, versionLength, versionPattern } from './version';
import { maxLinkLength } from './link-limits';
import type { SlideIndex } from './slide-index';

export { maxLinkLength } from './link-limits';

/** A deck someone assembled. `slides` holds library ids and own slide keys, in order (ids may repeat). */
export interface RemixDeck {
  title: string;
  slides: string[];
  /** The cover's extra fields; a deck with a title opens with a cover. */
  cover?: CoverFields;
  /** The closing slide, when it has any text. */
  closing?: ClosingFields;
  /** Own slides (text, key figure, chart), referred to by their key in `slides`. */
  own?: OwnSlide[];
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

/** The own slides as compact JSON: [cover fields | 0, closing | 0, [compact slide, …]] (own-slides.ts). */
function ownJson(deck: RemixDeck, ownOrder: OwnSlide[]): string | undefined {
  const cover = deck.cover !== undefined && hasContent(deck.cover) ? deck.cover : undefined;
  const closing = deck.closing !== undefined && hasContent(deck.closing) ? deck.closing : undefined;
  if (cover === undefined && closing === undefined && ownOrder.length === 0) return undefined;
  return JSON.stringify([
    cover === undefined ? 0 : [cover.subtitle, cover.presenter, cover.organisation, cover.date, cover.place],
    closing === undefined ? 0 : [closing.contact, closing.website],
    ownOrder.map(ownSlideToCompact),
  ]);
}

/** The slide list with own slides renumbered `_1`, `_2`, … in order of first use. */
function linkItems(deck: RemixDeck): { items: string[]; ownOrder: OwnSlide[] } {
  const byKey = new Map((deck.own ?? []).map((slide) => [slide.key, slide]));
  const renumbered = new Map<string, string>();
  const ownOrder: OwnSlide[] = [];
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

/** Links up to this length (the player's path included) keep the readable format. */
export const readableLinkLength = 2000;
/** The short format's marker: `v=2`. */
const shortFormat = '2';
const codeAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const codeLength = versionLength;

/** A library slide's code in a short link: a four-character hash of its id. */
export const slideCode = (id: string): string => contentVersion(id);

/** The slide list of a short link: a code per library slide, `.` and one character per own slide. */
function shortList(items: readonly string[]): string {
  let out = '';
  for (const item of items) {
    if (!isOwnKey(item)) out += slideCode(item);
    else if (Number(item.slice(1)) <= codeAlphabet.length)
      out += `.${codeAlphabet[Number(item.slice(1)) - 1]}`;
  }
  return out;
}

function baseParams(deck: RemixDeck, items: string[], short: boolean): URLSearchParams {
  const params = new URLSearchParams();
  const title = cleanTitle(deck.title);
  if (title !== '') params.set('titel', title);
  if (short) {
    params.set('v', shortFormat);
    params.set('s', shortList(items));
  } else params.set('slides', items.join(','));
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

/** The readable query when the link stays short enough, else the shorter of both formats. */
function chooseFormat(deck: RemixDeck, items: string[], eigen: string | undefined): string {
  const query = (short: boolean) => {
    const params = baseParams(deck, items, short);
    if (eigen !== undefined) params.set('eigen', eigen);
    return queryOf(params);
  };
  const readable = query(false);
  if (remixPath.length + readable.length <= readableLinkLength) return readable;
  const short = query(true);
  return short.length < readable.length ? short : readable;
}

/** The query string (with "?") that carries a deck; own slides uncompressed (see encodeRemixCompact). */
export function encodeRemix(deck: RemixDeck): string {
  const { items, ownOrder } = linkItems(deck);
  const json = ownJson(deck, ownOrder);
  return chooseFormat(deck, items, json === undefined ? undefined : `j${toBase64Url(utf8.encode(json))}`);
}

/** Like encodeRemix, with the own slides deflated when that makes the link shorter. */
export async function encodeRemixCompact(deck: RemixDeck): Promise<string> {
  const { items, ownOrder } = linkItems(deck);
  const json = ownJson(deck, ownOrder);
  let eigen: string | undefined;
  if (json !== undefined) {
    const bytes = utf8.encode(json);
    const plain = `j${toBase64Url(bytes)}`;
    const deflated = await transform(bytes, new CompressionStream('deflate-raw'));
    const packed = deflated === undefined ? plain : `z${toBase64Url(deflated)}`;
    eigen = packed.length < plain.length ? packed : plain;
  }
  return chooseFormat(deck, items, eigen);
}

/** The link the builder shares and presents for a deck: the player's path and the compact query. */
export async function remixLinkCompact(deck: RemixDeck): Promise<string> {
  return `${remixPath}${await encodeRemixCompact(deck)}`;
}

/** True when an address (path and query) is short enough for every server of the kit and CDNs. */
export const linkFits = (href: string): boolean => href.length <= maxLinkLength;

/**
 * True when a deck is too large to share as a link (offer a deck file instead, deck-file.ts).
 * Decks within the builder's limits of slides fit unless their own text is very long.
 */
export async function linkTooLong(deck: RemixDeck): Promise<boolean> {
  return !linkFits(await remixLinkCompact(deck));
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

/** Code → id for every library slide and old id of an index; codes two ids share are left out. */
const codeTables = new WeakMap<SlideIndex, Map<string, string>>();
function codeTable(index: SlideIndex): Map<string, string> {
  let table = codeTables.get(index);
  if (table !== undefined) return table;
  table = new Map();
  const shared = new Set<string>();
  for (const id of [...Object.keys(index.slides), ...Object.keys(index.redirects)]) {
    const code = slideCode(id);
    if (table.has(code) && table.get(code) !== id) shared.add(code);
    table.set(code, id);
  }
  for (const code of shared) table.delete(code);
  codeTables.set(index, table);
  return table;
}

/** Groups of ids (slides and old ids) that share a code; the build refuses any (slides/index.json). */
export function sharedCodes(ids: Iterable<string>): string[][] {
  const byCode = new Map<string, string[]>();
  for (const id of new Set(ids)) byCode.set(slideCode(id), [...(byCode.get(slideCode(id)) ?? []), id]);
  return [...byCode.values()].filter((group) => group.length > 1);
}

/** Codes that cannot be read as such in a short link's list (`?` never occurs in a code). */
const unknownCode = (code: string) => `?${code}`;

/** The items of a short link's list: ids, own keys, `?code` for codes the index does not know. */
function shortItems(list: string, table: Map<string, string>): string[] {
  const items: string[] = [];
  let at = 0;
  while (at < list.length) {
    if (list[at] === '.') {
      const n = codeAlphabet.indexOf(list[at + 1] ?? '');
      items.push(n < 0 ? list.slice(at, at + 2) : `_${n + 1}`);
      at += 2;
      continue;
    }
    const code = list.slice(at, at + codeLength);
    items.push(table.get(code) ?? (versionPattern.test(code) ? unknownCode(code) : code));
    at += codeLength;
  }
  return items;
}

/** The Dutch problem for slides a short link names by a code that is no slide (any more). */
function unknownCodesProblem(count: number): string {
  return count === 1
    ? 'Eén slide uit deze link bestaat niet (meer) in de verhaalkit.'
    : `${count} slides uit deze link bestaan niet (meer) in de verhaalkit.`;
}

/**
 * Reads the library part of a deck from a query string: title, slide list and versions. A short
 * link (`v=2`) needs the slide index to look its codes up. Own slides stay as keys until
 * decodeRemixLink reads `eigen`. Never throws.
 */
export function decodeRemix(search: string, index?: SlideIndex): RemixDecodeResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const short = params.get('v') === shortFormat;
  const rawSlides = params.get(short ? 's' : 'slides');
  if (rawSlides === null || rawSlides.trim() === '') {
    return params.has('slides') || params.has('s') || params.has('titel')
      ? { ok: false, reason: 'leeg', message: 'Deze link bevat geen slides.' }
      : { ok: false, reason: 'leeg', message: 'Deze link bevat geen presentatie.' };
  }
  if (short && index === undefined)
    return {
      ok: false,
      reason: 'onleesbaar',
      message: 'De slides in deze link konden niet worden opgezocht. Laad de pagina opnieuw.',
    };
  const parts = short ? shortItems(rawSlides.trim(), codeTable(index!)) : rawSlides.split(',');
  const slides: string[] = [];
  const unreadable: string[] = [];
  let unreadableCount = 0;
  let overLimit = 0;
  let unknownCodes = 0;
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (isSlideId(part) || isOwnKey(part)) {
      if (slides.length < maxRemixSlides) slides.push(part);
      else overLimit += 1;
    } else if (short && part.startsWith('?')) {
      unknownCodes += 1;
    } else {
      unreadableCount += 1;
      if (unreadable.length < maxNamed) unreadable.push(shortPart(part));
    }
  }
  const problems = unknownCodes > 0 ? [unknownCodesProblem(unknownCodes)] : [];
  if (slides.length === 0) {
    return {
      ok: false,
      reason: 'onleesbaar',
      message: [...problems, 'Deze link bevat geen enkele geldige slide.'].join(' '),
    };
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
    problems,
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

interface OwnContent {
  cover?: CoverFields;
  closing?: ClosingFields;
  texts: OwnSlide[];
  /** Keys of own slides that were there but could not be read (each has a problem). */
  damaged: Set<string>;
  problems: string[];
}

/** Reads the own slides from `eigen`; undefined when they cannot be read at all. */
async function readOwn(raw: string): Promise<OwnContent | undefined> {
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
  if (!Array.isArray(texts)) return undefined;
  const result: OwnContent = { texts: [], damaged: new Set(), problems: [] };
  if (texts.length > maxOwnSlides)
    result.problems.push(
      `Deze link bevat ${texts.length} eigen slides; een presentatie heeft er hoogstens ${maxOwnSlides}. De eerste ${maxOwnSlides} worden getoond.`,
    );
  for (const [index, text] of texts.slice(0, maxOwnSlides).entries()) {
    const key = `_${index + 1}`;
    const slide = ownSlideFromCompact(text, key);
    if ('problem' in slide) {
      result.damaged.add(key);
      result.problems.push(slide.problem);
    } else result.texts.push(slide);
  }
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

/** Where a short link's codes are looked up: an index, or a function that loads it. */
export type SlideIndexSource = SlideIndex | (() => Promise<SlideIndex | undefined>);

let defaultIndexSource: SlideIndexSource | undefined;

/**
 * The slide index decodeRemixLink uses when its caller names none (the browser's player module
 * sets its loader here, so every page that reads links can read short ones).
 */
export function setDefaultSlideIndex(source: SlideIndexSource | undefined): void {
  defaultIndexSource = source;
}

async function indexFrom(source: SlideIndexSource | undefined): Promise<SlideIndex | undefined> {
  if (source === undefined) return undefined;
  if (typeof source !== 'function') return source;
  return source().catch(() => undefined);
}

/** True when a query string is a short link, whose codes need the slide index. */
export function isShortLink(search: string): boolean {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('v') === shortFormat;
}

/**
 * Reads a whole deck from a query string, own slides included. A short link's codes are looked
 * up in `index` (or the default set with setDefaultSlideIndex). Never throws (nor rejects).
 */
export async function decodeRemixLink(search: string, index?: SlideIndexSource): Promise<RemixDecodeResult> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const table = isShortLink(search) ? await indexFrom(index ?? defaultIndexSource) : undefined;
  const base = decodeRemix(search, table);
  const raw = params.get('eigen');
  if (!base.ok) {
    // A link may carry only own slides and a closing slide, without any library slide.
    if (raw === null || base.message.startsWith('De slides in deze link konden niet')) return base;
  }
  const own = raw === null ? undefined : await readOwn(raw).catch(() => undefined);
  const problems: string[] = [];
  if (raw !== null && own === undefined)
    problems.push('De eigen slides in deze link zijn beschadigd en worden niet getoond.');
  if (own !== undefined) problems.push(...own.problems);
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
  const missingOwn = deck.slides.filter(
    (item) => isOwnKey(item) && !keys.has(item) && own?.damaged.has(item) !== true,
  ).length;
  deck.slides = deck.slides.filter((item) => !isOwnKey(item) || keys.has(item));
  if (missingOwn > 0 && own !== undefined)
    problems.push(
      missingOwn === 1
        ? 'Eén eigen slide uit deze link ontbreekt.'
        : `${missingOwn} eigen slides uit deze link ontbreken.`,
    );
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
