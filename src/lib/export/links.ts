// Used at build time and in the browser: the addresses of a deck's exports.

/** Query keys that open a deck in reveal.js's print view and print it once charts are drawn. */
export const printQuery = 'print-pdf&afdrukken';

/** The print view of a deck page that prints itself ("Download als PDF"). */
export function printHref(deckPath: string): string {
  return `${deckPath}?${printQuery}`;
}

/** The printable hand-out of a ready-made deck. */
export function handoutHref(deckId: string): string {
  return `/decks/${deckId}/hand-out/?afdrukken`;
}

/** The prebuilt offline file of a ready-made deck (written after the build). */
export function offlineHref(deckId: string): string {
  return `/offline/${deckId}.html`;
}
