// Used at build time: numbered references for the story and the list of every cited source.
import type { Source } from '../../schemas/source';

interface CitingSlide {
  id: string;
  sources: readonly Source[];
}

/** One entry of a numbered reference list. */
export interface Reference<S extends CitingSlide> {
  /** 1-based number, in order of first citation. */
  number: number;
  source: Source;
  /** The slides that cite the source, in the order given. */
  citedBy: S[];
}

/** The anchor id of a source in a reference list, e.g. `bron-heckman-2008`. */
export function referenceAnchor(sourceId: string): string {
  return `bron-${sourceId}`;
}

/**
 * Numbers the sources of the given slides in order of first citation, as a book does with
 * endnotes, and tells each slide which numbers it cites.
 */
export function numberReferences<S extends CitingSlide>(
  slides: readonly S[],
): { references: Reference<S>[]; numbersBySlide: Map<string, number[]> } {
  const byId = new Map<string, Reference<S>>();
  const numbersBySlide = new Map<string, number[]>();
  for (const slide of slides) {
    const numbers: number[] = [];
    for (const source of slide.sources) {
      let reference = byId.get(source.id);
      if (reference === undefined) {
        reference = { number: byId.size + 1, source, citedBy: [] };
        byId.set(source.id, reference);
      }
      if (!reference.citedBy.includes(slide)) reference.citedBy.push(slide);
      if (!numbers.includes(reference.number)) numbers.push(reference.number);
    }
    numbersBySlide.set(slide.id, numbers);
  }
  return { references: [...byId.values()], numbersBySlide };
}

/** A source together with every slide that cites it. */
export interface CitedSource<S extends CitingSlide> {
  source: Source;
  citedBy: S[];
}

/** Sort key "author year title", so that the list reads like a bibliography. */
function bibliographicOrder(a: Source, b: Source): number {
  const key = (s: Source) => `${s.author} ${s.year} ${s.title}`;
  return key(a).localeCompare(key(b), 'nl');
}

/** Every source at least one slide cites, alphabetically by author, with the slides citing it. */
export function citedSources<S extends CitingSlide>(slides: Iterable<S>): CitedSource<S>[] {
  const { references } = numberReferences([...slides]);
  return references
    .map(({ source, citedBy }) => ({ source, citedBy }))
    .sort((a, b) => bibliographicOrder(a.source, b.source));
}
