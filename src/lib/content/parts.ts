// Used at build time and in the browser: the parts of the story a slide can belong to. Kept
// apart from the zod schemas so that browser code (the library filters) does not bundle zod.

/** Parts of the story a slide can belong to. */
export const slideParts = ['verhaal', 'ambities', 'ambassadeurs', 'achtergrond'] as const;
