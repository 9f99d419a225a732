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
