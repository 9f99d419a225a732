import { z } from './messages';

/** A publication, dataset or web page that the kit cites. One file per source in `content/sources/`. */
export const sourceSchema = z.object({
  /** Stable kebab-case id that slides, key figures and datasets refer to. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'),
  /** Title of the publication as it is cited. */
  title: z.string().min(1),
  /** Language of the title when it is not Dutch (BCP 47, e.g. "en"); absent for a Dutch title. */
  titleLang: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  /** Author(s) or publishing organisation. */
  author: z.string().min(1),
  /** Year of publication (or of the version cited); "z.j." (zonder jaartal) when the source gives none. */
  year: z.union([z.number().int().min(1900).max(2100), z.literal('z.j.')]),
  /** Optional address where a reader can find the source. */
  url: z.url().optional(),
  /** Optional bibliographic detail shown in every citation: journal, volume, pages, report number. */
  detail: z.string().optional(),
  /** Optional note for readers of the sources page (how the story cites it, caveats); not shown under slides. */
  note: z.string().optional(),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
