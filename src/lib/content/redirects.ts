// Used at build time and in the browser: old slide ids (split or renamed slides) and where they
// lead now. Pure: the map comes from content/redirects.yaml (read in src/data/kit.ts and by the
// content check); decks, deep links, slide pages and remix links all follow it through here.
import type { Problem } from './problems';

/** Old slide id → the id(s) that replace it, in order. An empty list: the slide was retired. */
export type Redirects = ReadonlyMap<string, readonly string[]>;

/**
 * Where an id leads: itself when it is a slide, else its redirect targets followed to the
 * end (a split slide's part may itself have been renamed later), else nothing. Unknown ids
 * come back unchanged, so that callers can name them ("niet gevonden").
 */
export function resolveSlideId(id: string, redirects: Redirects, isSlide: (id: string) => boolean): string[] {
  const seen = new Set<string>();
  const walk = (current: string): string[] => {
    if (isSlide(current)) return [current];
    const targets = redirects.get(current);
    if (targets === undefined || seen.has(current)) return seen.size === 0 ? [current] : [];
    seen.add(current);
    return targets.flatMap(walk);
  };
  return walk(id);
}

/**
 * A list of slide ids (a deck, a remix link) with every old id replaced by its new id(s).
 * Ids that a redirect brings in twice (two halves of a split slide both listed) appear once
 * in that place; ids the author repeated on purpose stay repeated.
 */
export function followRedirects(
  ids: readonly string[],
  redirects: Redirects,
  isSlide: (id: string) => boolean,
): string[] {
  const result: string[] = [];
  for (const id of ids) {
    if (isSlide(id) || !redirects.has(id)) {
      result.push(id);
      continue;
    }
    for (const target of resolveSlideId(id, redirects, isSlide))
      if (!result.includes(target) && !ids.includes(target)) result.push(target);
  }
  return result;
}

/** Builds the map from the parsed YAML object (`old-id: [new-id, …]`, or one id as a string). */
export function redirectMap(raw: Record<string, readonly string[]>): Map<string, string[]> {
  return new Map(Object.entries(raw).map(([from, to]) => [from, [...to]]));
}

/**
 * Checks the redirect map against the slides: an old id is never a slide id again, every
 * target exists in the end, and no chain of redirects runs in a circle.
 */
export function checkRedirects(redirects: Redirects, slideIds: ReadonlySet<string>, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [from, targets] of redirects) {
    if (slideIds.has(from)) {
      problems.push({
        file,
        field: from,
        message: `"${from}" is weer een slide-id; een oude id mag nooit opnieuw gebruikt worden`,
      });
      continue;
    }
    targets.forEach((target, index) => {
      if (!slideIds.has(target) && !redirects.has(target))
        problems.push({
          file,
          field: `${from}[${index}]`,
          message: `verwijst naar onbekende slide-id "${target}"`,
        });
    });
    const path = [from];
    const visit = (id: string): boolean => {
      for (const next of redirects.get(id) ?? []) {
        if (path.includes(next)) {
          problems.push({
            file,
            field: from,
            message: `de verwijzingen lopen in een kring: ${[...path, next].join(' → ')}`,
          });
          return true;
        }
        if (redirects.has(next) && !slideIds.has(next)) {
          path.push(next);
          if (visit(next)) return true;
          path.pop();
        }
      }
      return false;
    };
    visit(from);
  }
  return problems;
}

/**
 * For the remix player and the builder, which do not know every slide id: follows the old ids
 * of a list. Old ids are never reused, so an id in the map is never a slide of its own.
 */
export function resolveOldIds(ids: readonly string[], redirects: Redirects): string[] {
  return followRedirects(ids, redirects, (id) => !redirects.has(id));
}
