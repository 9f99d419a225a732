// Used at build time: turns a lucide-static SVG file into markup to inline in a card.

/** Lucide icon names: lower-case words joined by hyphens, as on lucide.dev. */
export const iconNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The SVG without its licence comment, decorative (hidden from screen readers), sized by CSS. */
export function inlineIcon(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*width="24"\s*height="24"/, '')
    .replace('<svg', '<svg aria-hidden="true" focusable="false"')
    .replace(/>\s+</g, '><')
    .trim();
}
