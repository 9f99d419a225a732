// Used at build time: finds the charts a slide's MDX body shows.

const chartTag = /<Chart\b[^>]*\bid=["']([^"']+)["']/g;

/** Ids of `<Chart id="…" />` references in an MDX body, in order of first use. */
export function chartRefs(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(chartTag)) {
    const id = match[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
