// Used by the deck player (src/client/deck/player.ts) and at build time by the hosting policy
// (deploy/node.ts): the slide size reveal.js lays out, which also fixes its print view's styles.

/** reveal.js's width, height and margin (a fraction of the size) for every deck. */
export const deckSize = { width: 1280, height: 720, margin: 0.05 } as const;

/**
 * The two style sheets reveal.js's print view (?print-pdf) adds as <style> elements, as
 * reveal.js 6 writes them (js/controllers/printview.js) for a deck of `deckSize`. The hosting
 * policy allows exactly these by hash; a test prints a deck under that policy.
 */
export function printViewStyles(
  size: { width: number; height: number; margin: number } = deckSize,
): string[] {
  const pageWidth = Math.floor(size.width * (1 + size.margin));
  const pageHeight = Math.floor(size.height * (1 + size.margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${size.width}px; max-height:${size.height}px}`,
  ];
}
