// Used at build time and in the browser: the parts of the story a slide can belong to and the
// layouts it can take. Kept apart from the zod schemas so that browser code (library filters,
// deck frame) does not bundle zod, whose eval probe the site's CSP refuses.

/** Parts of the story a slide can belong to. */
export const slideParts = ['verhaal', 'ambities', 'ambassadeurs', 'achtergrond'] as const;

/** Layouts a projected slide can take (Slidev's built-in layouts plus what the story needs). */
export const slideLayouts = [
  'default',
  'cover',
  'section',
  'statement',
  'fact',
  'chart',
  'quote',
  'cards',
  'two-cols',
  'end',
] as const;
