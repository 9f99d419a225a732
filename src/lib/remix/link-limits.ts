// Used in the browser, at build time and by the servers (deploy/, scripts/serve*.mjs): how long a
// link to a self-made deck may be, in one place. The builder never makes a longer link (a larger
// deck goes into a deck file instead, see deck-file.ts), and every server the kit ships accepts
// any address up to serverUrlLimit, which leaves room for the exports' own additions
// (`/presenteer/hand-out/…&afdrukken`, `…&print-pdf`). No imports: Node reads this file as is.

/** The longest address (path and query, in characters) the builder puts in a link. */
export const maxLinkLength = 15_000;

/**
 * The longest request target a server of the kit accepts, in bytes. nginx gets buffers of this
 * size for its request line (`large_client_header_buffers`), the Node servers answer 414 above it.
 * Kept under 16 KB-ish CDN limits for the links themselves: maxLinkLength is what we promise.
 */
export const serverUrlLimit = 32 * 1024;

/** What a link may add to the deck's own query in the exports (hand-out path, print flags). */
export const exportSuffixRoom = 64;
