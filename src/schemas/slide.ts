import { z } from './messages';
import { slideLayouts, slideParts } from '../lib/content/slide-kinds';

export { slideLayouts, slideParts };

/** Kebab-case id used in URLs and decks. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes (kebab-case)');

/** Frontmatter of a slide module in `slides/*.mdx`. */
export const slideSchema = z
  .object({
    /** Stable id used in every URL and deck; never reused for another slide. */
    id: idSchema,
    /** Title shown on the slide and in lists. */
    title: z.string().min(1),
    /** Part of the story the slide belongs to. */
    part: z.enum(slideParts),
    /** The argument (1–7) of "Waarom is investeren in een Kansrijke Start belangrijk?" it supports. */
    argument: z.number().int().min(1).max(7).optional(),
    /** How the slide is laid out when projected; `default` is a title with a few short lines. */
    layout: z.enum(slideLayouts).default('default'),
    /** Topics from the vocabulary in `content/tags.yaml`, by id, for filtering in the library. */
    tags: z.array(idSchema).default([]),
    /** One sentence for cards and search results. */
    summary: z.string().min(1),
    /** Ids of the sources (in `content/sources/`) the slide's facts come from. */
    sources: z.array(idSchema).default([]),
    /** True when the slide states the programme's own position and cites nothing. */
    programmeStatement: z.boolean().default(false),
    /** Speaker notes (Markdown is not interpreted; blank lines separate paragraphs). */
    notes: z.string().default(''),
    /**
     * The day the content was last revised (2026-12-05), for builds without git history; the
     * last commit of the file wins when there is one (src/data/commit-dates.ts).
     */
    bijgewerkt: z
      .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'schrijf de datum als 2026-12-05')])
      .transform((day) => (typeof day === 'string' ? day : day.toISOString().slice(0, 10)))
      .optional(),
  })
  .refine((slide) => slide.sources.length > 0 || slide.programmeStatement, {
    message:
      'noem minstens één bron, of zet programmeStatement: true voor een eigen standpunt van het programma',
    path: ['sources'],
  });

export type SlideInput = z.input<typeof slideSchema>;
export type SlideData = z.output<typeof slideSchema>;
export type SlidePart = (typeof slideParts)[number];
export type SlideLayout = (typeof slideLayouts)[number];
