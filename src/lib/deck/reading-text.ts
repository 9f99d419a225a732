// Used at build time: separates a rendered slide's reading text (<Toelichting>, see
// src/components/mdx/Toelichting.astro) from what is projected, for the speaker notes.

const block =
  /<div class="toelichting" data-reading-text[^>]*>([\s\S]*?)<span data-reading-text-end[^>]*><\/span>\s*<\/div>/g;

/** The projected HTML without the reading-text blocks, and the blocks' inner HTML in order. */
export function splitReadingText(html: string): { projected: string; reading: string[] } {
  const reading: string[] = [];
  const projected = html.replace(block, (_whole, inner: string) => {
    reading.push(inner.trim());
    return '';
  });
  return { projected, reading };
}
