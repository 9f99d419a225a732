// Used in the browser and in tests: how long a share or "Presenteer" link may be. A web server
// reads the request line ("GET <path> HTTP/1.1") into a buffer: nginx's default is 8 KB and it
// answers a longer one with "414 Request-URI Too Large". The builder checks its links against
// this limit before offering them, and offers the deck as a file instead.

/** Longest path with query, in bytes, that the builder offers as a link. */
export const maxLinkBytes = 8000;

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
