// Used in the browser and in tests: a self-made deck as a file (`.json`), for decks too large to
// share as a link (link.ts linkTooLong) and to keep a deck outside the browser. The builder
// offers the download and opens such a file again; this module only writes and reads the text.
// Reading checks everything: any text gives a deck with its problems named in Dutch, or a Dutch
// reason why the file is no deck. Never throws; own slides go through own-slides.ts's compact form.
import {
  cleanTitle,
  defaultRemixTitle,
  isSlideId,
  maxNamed,
  maxRemixSlides,
  shortPart,
  type RemixDeck,
} from './link';
import {
  cleanClosing,
  cleanCover,
  hasContent,
  isOwnKey,
  maxOwnSlides,
  ownSlideFromCompact,
  ownSlideToCompact,
  type OwnSlide,
} from './own-slides';
import { versionPattern } from './version';
import { newerMessage, parseSavedDeck } from './saved-deck';
import { exportFileName } from '../export/model';

/** What the file says it is, so that no other JSON file is taken for a deck. */
export const deckFileKind = 'kansrijke-start-presentatie';
/** The version of the file's format this code writes; it reads this one and older. */
export const deckFileVersion = 1;
/** A file larger than this (in characters) is no deck the builder can have made. */
export const maxDeckFileLength = 2_000_000;

/** The builder's names for the same things. */
export const maxDeckFileBytes = maxDeckFileLength;

/** The file's name for a deck: its title, made safe for a file name. */
export function deckFileName(deck: RemixDeck): string {
  return exportFileName(deck.title, 'json');
}

/** The file's text for a deck. */
export function serializeDeckFile(deck: RemixDeck): string {
  const inDeck = new Set(deck.slides);
  const usedOwn = (deck.own ?? []).filter((slide) => inDeck.has(slide.key));
  return `${JSON.stringify(
    {
      kind: deckFileKind,
      version: deckFileVersion,
      title: deck.title,
      slides: deck.slides,
      ...(deck.cover !== undefined ? { cover: deck.cover } : {}),
      ...(deck.closing !== undefined ? { closing: deck.closing } : {}),
      ...(usedOwn.length > 0
        ? { own: Object.fromEntries(usedOwn.map((slide) => [slide.key, ownSlideToCompact(slide)])) }
        : {}),
      ...(deck.versions !== undefined ? { versions: deck.versions } : {}),
    },
    null,
    2,
  )}\n`;
}

/** The builder's name for serializeDeckFile. */
export const serialiseDeckFile = (deck: RemixDeck): string => serializeDeckFile(deck);

export type DeckFileResult =
  { ok: true; deck: RemixDeck; problems: string[] } | { ok: false; message: string };

const notADeck = 'Dit bestand is geen presentatie uit de verhaalkit.';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the slide list: ids and own keys, at most maxRemixSlides; names what it skips. */
function readSlides(value: unknown, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push('De lijst met slides in dit bestand is onleesbaar.');
    return [];
  }
  const slides: string[] = [];
  const skipped: string[] = [];
  let skippedCount = 0;
  for (const item of value) {
    if (typeof item === 'string' && (isSlideId(item) || isOwnKey(item))) {
      slides.push(item);
      continue;
    }
    skippedCount += 1;
    if (skipped.length < maxNamed)
      skipped.push(shortPart(typeof item === 'string' ? item : (JSON.stringify(item) ?? '')));
  }
  if (skippedCount > 0)
    problems.push(
      skippedCount === 1
        ? `Eén deel van de slidelijst is geen slide en is overgeslagen: ${skipped.join(', ')}.`
        : `${skippedCount} delen van de slidelijst zijn geen slide en zijn overgeslagen: ${skipped.join(', ')}.`,
    );
  if (slides.length > maxRemixSlides) {
    problems.push(
      `Dit bestand noemt ${slides.length} slides; een presentatie heeft er hoogstens ${maxRemixSlides}. De eerste ${maxRemixSlides} zijn overgenomen.`,
    );
    return slides.slice(0, maxRemixSlides);
  }
  return slides;
}

/** Reads the own slides by key; at most maxOwnSlides, each through ownSlideFromCompact. */
function readOwn(value: unknown, problems: string[]): OwnSlide[] {
  if (value === undefined) return [];
  if (!isRecord(value)) {
    problems.push('De eigen slides in dit bestand zijn onleesbaar en zijn weggelaten.');
    return [];
  }
  const own: OwnSlide[] = [];
  for (const [key, compact] of Object.entries(value)) {
    if (!isOwnKey(key)) continue;
    if (own.length >= maxOwnSlides) {
      problems.push(`Een presentatie heeft hoogstens ${maxOwnSlides} eigen slides; de rest is weggelaten.`);
      break;
    }
    const slide = ownSlideFromCompact(compact, key);
    if ('problem' in slide) problems.push(slide.problem.replace('in deze link', 'in dit bestand'));
    else own.push(slide);
  }
  return own;
}

/** Reads a deck file's text. Never throws; time linear in the text's length. */
export function parseDeckFile(text: string): DeckFileResult {
  if (text.length > maxDeckFileLength)
    return { ok: false, message: 'Dit bestand is te groot voor een presentatie uit de verhaalkit.' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, message: `${notADeck} Het is geen leesbaar JSON-bestand.` };
  }
  if (!isRecord(data)) return { ok: false, message: notADeck };
  if (data['kind'] !== deckFileKind) return readStoredDeck(data);
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, message: `${notADeck} Het versienummer ontbreekt.` };
  if (version > deckFileVersion)
    return {
      ok: false,
      message:
        'Dit bestand komt uit een nieuwere versie van de verhaalkit. Laad de pagina opnieuw (de nieuwste versie) en open het bestand dan nog eens.',
    };
  const problems: string[] = [];
  const title = typeof data['title'] === 'string' ? cleanTitle(data['title']) : '';
  const own = readOwn(data['own'], problems);
  const ownKeys = new Set(own.map((slide) => slide.key));
  const listed = readSlides(data['slides'], problems);
  const slides = listed.filter((item) => !isOwnKey(item) || ownKeys.has(item));
  const missing = listed.length - slides.length;
  if (missing > 0)
    problems.push(
      missing === 1
        ? 'Eén eigen slide uit dit bestand ontbreekt.'
        : `${missing} eigen slides uit dit bestand ontbreken.`,
    );
  const deck: RemixDeck = { title: title === '' ? defaultRemixTitle : title, slides };
  if (isRecord(data['cover']) || title !== '')
    deck.cover = cleanCover(isRecord(data['cover']) ? data['cover'] : {});
  if (isRecord(data['closing'])) {
    const closing = cleanClosing(data['closing']);
    if (hasContent(closing)) deck.closing = closing;
  }
  const inDeck = new Set(slides);
  const used = own.filter((slide) => inDeck.has(slide.key));
  if (used.length > 0) deck.own = used;
  if (isRecord(data['versions'])) {
    const versions = Object.fromEntries(
      Object.entries(data['versions']).filter(
        ([id, v]) => isSlideId(id) && inDeck.has(id) && typeof v === 'string' && versionPattern.test(v),
      ),
    ) as Record<string, string>;
    if (Object.keys(versions).length > 0) deck.versions = versions;
  }
  if (slides.length === 0 && deck.closing === undefined)
    return { ok: false, message: [...problems, 'Dit bestand bevat geen enkele slide.'].join(' ') };
  return { ok: true, deck, problems };
}

/**
 * A deck as the browser stores it (saved-deck.ts), such as a copy the builder kept aside before
 * replacing a deck: opened as a file too, so that such a copy is never a dead end.
 */
function readStoredDeck(data: Record<string, unknown>): DeckFileResult {
  if (!('slides' in data && 'version' in data)) return { ok: false, message: notADeck };
  const parsed = parseSavedDeck(JSON.stringify(data));
  if (parsed.problem !== undefined)
    return {
      ok: false,
      message:
        parsed.newer === true
          ? newerMessage.replace('Je opgeslagen presentatie', 'Deze presentatie')
          : 'Dit presentatiebestand is beschadigd en kan niet worden geopend.',
    };
  return { ok: true, deck: parsed.deck, problems: [] };
}
