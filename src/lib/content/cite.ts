// Used at build time and in the browser: formats a source as a Dutch citation line.
import type { Source } from '../../schemas/source';

/** "Auteur (jaar). Titel, detail." — the form used in small print under a slide. */
export function citation(source: Source): string {
  const detail = source.detail === undefined ? '' : `, ${source.detail}`;
  return `${source.author} (${source.year}). ${source.title}${detail}.`;
}

/** A person's surname as sources write it: "Surname, I.", "Surname, Other, …", "Surname e.a.", "Surname &". */
const personalAuthor = /^(\p{Lu}[\p{L}'’-]+)(?=, \p{Lu}\.|, \p{Lu}[\p{L}'’-]+(?:,| &)| e\.a\.| &)/u;

/** Long names that have a short form everyone knows. */
const knownShort: ReadonlyArray<[string, string]> = [
  ['Ministerie van Volksgezondheid, Welzijn en Sport', 'VWS'],
];

/** An organisation by its abbreviation, or its name without what follows ", in afstemming met …". */
function organisation(author: string): string {
  const abbreviation = /\(([A-Z]{2,})\)/.exec(author)?.[1];
  if (abbreviation !== undefined) return abbreviation;
  for (const [long, short] of knownShort) {
    if (author.startsWith(long)) return author.length > long.length ? `${short} e.a.` : short;
  }
  return author.split(/,\s+in\s|\s+\(in\s/)[0] ?? author;
}

/**
 * The short citation on a projected slide, "Heckman, 2008" or "Bonsel e.a., 2010"; an
 * organisation by its abbreviation when the source gives one ("AEF, 2021").
 */
export function shortCitation(source: Pick<Source, 'author' | 'year'>): string {
  const author = source.author.trim();
  const twoNames = /^\p{Lu}[\p{L}'’-]+ & \p{Lu}[\p{L}'’-]+$/u.test(author);
  const person = personalAuthor.exec(author);
  let who: string;
  if (twoNames) who = author;
  else if (person !== null) {
    const rest = author.slice(person[0].length).split(' (')[0] ?? '';
    const more = /&|et al\.|e\.a\.|\.,\s*\p{Lu}|^, \p{Lu}[\p{L}'’-]+(?:,| &)/u.test(rest);
    who = `${person[1]}${more ? ' e.a.' : ''}`;
  } else {
    who = organisation(author);
  }
  return `${who}, ${source.year}`;
}
