// Used at build time and in the browser: formats a source as a Dutch citation line.
import type { Source } from '../../schemas/source';

/** "Auteur (jaar). Titel, detail." — the form used in small print under a slide. */
export function citation(source: Source): string {
  const detail = source.detail === undefined ? '' : `, ${source.detail}`;
  return `${source.author} (${source.year}). ${source.title}${detail}.`;
}
