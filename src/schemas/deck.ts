import { z } from './messages';
import { idSchema } from './slide';

/** A ready-made deck in `content/decks/`: an ordered list of slide ids. */
export const deckSchema = z.object({
  /** Stable id used in the deck's URL. */
  id: idSchema,
  /** Title shown on the deck's title and in lists. */
  title: z.string().min(1),
  /** What the deck tells, in one or two sentences. */
  description: z.string().min(1),
  /** For whom the deck is meant. */
  audience: z.string().min(1),
  /** Approximate presenting time in minutes. */
  durationMinutes: z.number().int().positive(),
  /** Slide ids in presenting order (ambassador slides are `ambassadeur-<id>`). */
  slides: z.array(idSchema).min(1),
  /**
   * The deck's ambassadors are grouped by their sector (content/ambassadors): the player shows a
   * wall of voices before the first of them and a divider before each sector. The build checks
   * that each sector's ambassadors stand together.
   */
  bySector: z.boolean().optional(),
});

export type DeckInput = z.input<typeof deckSchema>;
export type Deck = z.output<typeof deckSchema>;
