// Used in the browser and in tests: a deck as a file (`.json`) to download, keep, mail and open
// again in the builder, for decks too large for a link or to move them to another browser.
// Versioned and validated on reading: a file the kit cannot read gives a Dutch problem, never a throw.
import type { RemixDeck } from './link';
import { newerMessage, parseSavedDeck, serialiseDeck } from './saved-deck';

export const deckFileFormat = 'verhaalkit-presentatie';
export const deckFileVersion = 1;
/** Larger files are refused before they are read: no deck the builder can hold comes near. */
export const maxDeckFileBytes = 2_000_000;

export type DeckFileResult = { ok: true; deck: RemixDeck } | { ok: false; message: string };

/** The file's text: readable JSON, with what it is and which version wrote it. */
export function serialiseDeckFile(deck: RemixDeck): string {
  return `${JSON.stringify(
    { format: deckFileFormat, version: deckFileVersion, deck: JSON.parse(serialiseDeck(deck)) as unknown },
    null,
    2,
  )}\n`;
}

const notADeck =
  'Dit bestand is geen presentatie van de verhaalkit. Kies een .json-bestand dat je met “Download als bestand” hebt bewaard.';
const damaged = 'Dit presentatiebestand is beschadigd en kan niet worden geopend.';

/** Reads a deck file; also a deck as the browser stores it (such as a kept-aside copy). */
export function parseDeckFile(text: string): DeckFileResult {
  if (text.length > maxDeckFileBytes)
    return { ok: false, message: 'Dit bestand is te groot voor een presentatie van de verhaalkit.' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, message: notADeck };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, message: notADeck };
  const record = data as Record<string, unknown>;
  let stored: unknown = data;
  if (record['format'] === deckFileFormat) {
    if (typeof record['version'] !== 'number') return { ok: false, message: damaged };
    if (record['version'] > deckFileVersion)
      return {
        ok: false,
        message:
          'Dit presentatiebestand komt uit een nieuwere versie van de verhaalkit en kan hier niet worden geopend.',
      };
    stored = record['deck'];
  } else if (!('slides' in record && 'version' in record)) {
    return { ok: false, message: notADeck };
  }
  const parsed = parseSavedDeck(JSON.stringify(stored ?? null));
  if (parsed.problem !== undefined)
    return {
      ok: false,
      message:
        parsed.newer === true
          ? newerMessage.replace('Je opgeslagen presentatie', 'Deze presentatie')
          : damaged,
    };
  return { ok: true, deck: parsed.deck };
}
