import { z } from './messages';
import { idSchema } from './slide';

/** A number the kit shows, defined once with the date it describes and its source. */
export const keyFigureSchema = z.object({
  /** Stable id that slides use in `<KeyFigure id="…" />`. */
  id: idSchema,
  /** The number as it is shown, in Dutch notation (e.g. "28.000", "1 op de 6", "7–10%"). */
  value: z.string().min(1),
  /** What the number counts, in Dutch. */
  label: z.string().min(1),
  /** The date or period the number describes (e.g. "2018", "2017", "2022–2025"). */
  date: z.string().min(1),
  /** Ids of the sources the number comes from. */
  sources: z.array(idSchema).min(1),
});

export type KeyFigureInput = z.input<typeof keyFigureSchema>;
export type KeyFigure = z.output<typeof keyFigureSchema>;
