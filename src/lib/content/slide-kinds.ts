// Used at build time and in the browser: the parts and layouts a slide can have, as plain lists
// (src/schemas/slide.ts validates with them), so that browser code can use them without zod.

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

/** Sectors of the ambassadors (src/schemas/ambassador.ts validates with them). */
export const ambassadorSectors = [
  'wetenschap',
  'zorg',
  'jeugdgezondheidszorg',
  'gemeente',
  'sociaal domein',
  'kinderopvang en onderwijs',
  'zorgverzekeraar',
  'overheid',
  'maatschappelijke organisatie',
  'ervaringsdeskundige',
] as const;
