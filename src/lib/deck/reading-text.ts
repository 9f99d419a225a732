// Used at build time: separates a rendered slide's reading text (<Toelichting>, see
// src/components/mdx/Toelichting.astro) from what is projected, for the speaker notes.

const block =
  /<div class="toelichting" data-reading-text[^>]*>([\s\S]*?)<span data-reading-text-end[^>]*><\/span>\s*<\/div>/g;

/**
 * Wording for a reading page, not for a talk: the words only the slide's own page keeps
 * (<Leespagina>), wording about clicking through the deck (.deck-nav) and a link's
 * "(externe link naar …)" (ExternalLink.astro). The notes and the hand-out leave it out.
 */
const pageOnly = [
  /<div class="leespagina" data-page-only[^>]*>[\s\S]*?<span data-page-only-end[^>]*><\/span>\s*<\/div>/g,
  /<span class="deck-nav"[^>]*>[^<]*<\/span>\s*/g,
  /<span class="external-link__host"[^>]*>[^<]*<\/span>/g,
];

/** Selector of the same wording in the browser (the hand-out moves reading text at run time). */
export const pageOnlySelector = '[data-page-only], .deck-nav, .external-link__host';

/** Reading text as a presenter says it or a hand-out prints it: without reading-page wording. */
export function withoutPageWording(html: string): string {
  return pageOnly.reduce((text, pattern) => text.replace(pattern, ''), html);
}

/** The projected HTML without the reading-text blocks, and the blocks' inner HTML in order. */
export function splitReadingText(html: string): { projected: string; reading: string[] } {
  const reading: string[] = [];
  const projected = html.replace(block, (_whole, inner: string) => {
    reading.push(withoutPageWording(inner).trim());
    return '';
  });
  return { projected, reading };
}
