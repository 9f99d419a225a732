import { z } from './messages';
import { idSchema } from './slide';
// Sectors used to filter ambassadors: a plain list in slide-kinds.ts, so that browser code (the
// deck's running order) can use them without bundling zod (whose JIT probe trips the pages' CSP).
import { ambassadorSectors } from '../lib/content/slide-kinds';
export { ambassadorSectors };

/** A member of the Landelijke coalitie Kansrijke Start and their quote; each becomes a slide. */
export const ambassadorSchema = z.object({
  /** Stable id; the generated slide's id is `ambassadeur-<id>`. */
  id: idSchema,
  /** Full name as printed in the source. */
  name: z.string().min(1),
  /** Role or position; absent where the source prints none (never guessed). */
  role: z.string().min(1).optional(),
  /** Organisation the ambassador speaks for; absent where the source prints none. */
  organisation: z.string().min(1).optional(),
  /** Web address the source prints in the signature (without https://), shown as a link. */
  website: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'een webadres zonder https://, zoals www.voorbeeld.nl')
    .optional(),
  /**
   * The headline above the quote, verbatim as in the source, with the source's own quotation marks
   * (none are added when it is shown); absent where the source prints none.
   */
  headline: z.string().min(1).optional(),
  /**
   * The quote, verbatim from the source: with the source's own quotation marks and hashtags (none
   * are added when it is shown). A blank line separates paragraphs.
   */
  quote: z.string().min(1),
  /** Sector used for filtering. */
  sector: z.enum(ambassadorSectors),
  /** Ids of the sources the quote was taken from. */
  sources: z.array(idSchema).min(1),
  /** A portrait, only with the ambassador's consent; without one the slide shows a monogram. */
  portrait: z
    .object({
      /** Path of the image under `public/`, e.g. `/portretten/tessa-roseboom.jpg`. */
      image: z
        .string()
        .regex(
          /^\/[\w/.-]+\.(?:jpe?g|png|webp|avif)$/,
          'een pad onder public/, bijvoorbeeld /portretten/naam.jpg',
        ),
      /** What the photo shows, for screen readers. */
      alt: z.string().min(1),
      /** Photographer or owner, shown beside the photo. */
      credit: z.string().min(1),
      /** The ambassador agreed to this use of the photo; without consent it is not shown. */
      consent: z.literal(true, { message: 'een portret mag alleen met toestemming (consent: true)' }),
    })
    .optional(),
});

export type AmbassadorInput = z.input<typeof ambassadorSchema>;
export type Ambassador = z.output<typeof ambassadorSchema>;
export type AmbassadorSector = (typeof ambassadorSectors)[number];
