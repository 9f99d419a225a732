// Used in the browser and in tests: whether the builder offers a share or "Presenteer" link, and
// what it says when it does not. The limit itself lives in link-limits.ts, with the servers' own
// (they accept more, for the exports' additions); a longer deck is offered as a file instead.
import { maxLinkLength } from './link-limits';

/** Longest path with query, in bytes (links are ASCII: one byte a character), offered as a link. */
export const maxLinkBytes = maxLinkLength;

const utf8 = new TextEncoder();

/** The length in bytes of a path as it goes over the wire (already percent-encoded: ASCII). */
export const linkBytes = (path: string): number => utf8.encode(path).length;

export const isTooLongForLink = (path: string): boolean => linkBytes(path) > maxLinkBytes;

/** Why there is no link, in Dutch, with what to do instead. */
export function tooLongMessage(path: string): string {
  return (
    `Deze presentatie is te groot voor een link (${linkBytes(path).toLocaleString('nl-NL')} tekens, ` +
    `een link mag er hoogstens ${maxLinkBytes.toLocaleString('nl-NL')} hebben). ` +
    'Download hem als bestand: wie dat bestand in de bouwdoos opent (Mijn presentaties, “Open een bestand”), ' +
    'krijgt dezelfde presentatie en kan hem daar presenteren.'
  );
}
