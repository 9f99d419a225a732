import { z } from './messages';
import { idSchema } from './slide';

/**
 * `content/redirects.yaml`: old slide id → the slide id(s) that replaced it, in order. A split
 * slide lists its parts; a renamed slide one id; an empty list retires a slide whose role the
 * deck player took over (the generated cover).
 */
export const redirectsSchema = z.record(
  idSchema,
  z.union([idSchema.transform((id) => [id]), z.array(idSchema)]),
);

export type RedirectsInput = z.input<typeof redirectsSchema>;
export type RedirectsData = z.output<typeof redirectsSchema>;
