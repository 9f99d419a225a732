// Used at build time: finds what a slide's MDX body refers to through its building blocks,
// so that unknown ids fail the build and the referenced sources join the slide's own.

/** Values of `attribute` on every `<component …>` tag in an MDX body, in order, repeats kept. */
function attributeValues(body: string, component: string, attribute: string): string[] {
  const tag = new RegExp(`<${component}\\b[^>]*\\b${attribute}=["']([^"']+)["']`, 'g');
  return [...body.matchAll(tag)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}

const firstUse = (ids: string[]) => [...new Set(ids)];

/** Ids of `<KeyFigure id="…" />` and `<Fact id="…" />` references, in order of first use. */
export const keyFigureRefs = (body: string): string[] =>
  firstUse(
    [...body.matchAll(/<(?:KeyFigure|Fact)\b[^>]*\bid=["']([^"']+)["']/g)].flatMap((match) =>
      match[1] === undefined ? [] : [match[1]],
    ),
  );

/** Icon names of `<Card icon="…">`, in order of first use. */
export const iconRefs = (body: string): string[] => firstUse(attributeValues(body, 'Card', 'icon'));

/** Ids of `<Chart id="…" />` references, in order of first use. */
export const chartRefs = (body: string): string[] => firstUse(attributeValues(body, 'Chart', 'id'));

/** Targets of `<SlideLink to="…">`, in order, repeats kept. */
export const slideLinkRefs = (body: string): string[] => attributeValues(body, 'SlideLink', 'to');
