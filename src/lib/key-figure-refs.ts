// Used at build time: finds the key figures a slide's MDX body refers to.

const keyFigureTag = /<KeyFigure\b[^>]*\bid=["']([^"']+)["']/g;

/** Ids of `<KeyFigure id="…" />` references in an MDX body, in order of first use. */
export function keyFigureRefs(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(keyFigureTag)) {
    const id = match[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const slideLinkTag = /<SlideLink\b[^>]*\bto=["']([^"']+)["']/g;

/** Targets of `<SlideLink to="…">` in an MDX body, in order, repeats kept. */
export function slideLinkRefs(body: string): string[] {
  return [...body.matchAll(slideLinkTag)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}
