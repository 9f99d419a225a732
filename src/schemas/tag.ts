import { z } from './messages';
import { idSchema } from './slide';

/** A topic in the kit's one tag vocabulary (`content/tags.yaml`). */
export const tagSchema = z.object({
  /** Stable id that slides name in their `tags` and that the library keeps in its URL (`?tag=…`). */
  id: idSchema,
  /** The topic as visitors read it. */
  label: z.string().min(1),
});

/** The vocabulary file: a list of topics. */
export const tagVocabularySchema = z.array(tagSchema);

export type TagInput = z.input<typeof tagSchema>;
export type Tag = z.output<typeof tagSchema>;
