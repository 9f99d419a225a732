// Used at build time and in the browser: formats a source as a Dutch citation line.
import type { Source } from '../../schemas/source';

/** "Auteur (jaar). Titel, detail." — the form used in small print under a slide. */
export function citation(source: Source): string {
  const detail = source.detail === undefined ? '' : `, ${source.detail}`;
  return `${source.author} (${source.year}). ${source.title}${detail}.`;
}

/** A person's name as sources write it: "Surname, I." (a particle such as "van" may follow). */
const personalAuthor = /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)*), (?:[A-Z]\.|[A-Z]\.\s?[A-Z]\.)/u;

/**
 * The short citation on a projected slide, "Heckman, 2008" or "Bonsel e.a., 2010"; an
 * organisation by its abbreviation when the source gives one ("AEF, 2021").
 */
export function shortCitation(source: Pick<Source, 'author' | 'year'>): string {
  const person = personalAuthor.exec(source.author);
  let who: string;
  if (person !== null) {
    const more = /&|et al\.|,\s*[A-Z][\p{L}'’-]+,/u.test(source.author.slice(person[0].length));
    who = `${person[1]}${more ? ' e.a.' : ''}`;
  } else {
    who = /\(([A-Z]{2,})\)/.exec(source.author)?.[1] ?? source.author;
  }
  return `${who}, ${source.year}`;
}
