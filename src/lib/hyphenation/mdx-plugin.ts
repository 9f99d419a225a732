// Used at build time: a hast plugin for the slides' MDX (Astro's Sätteri processor) that puts Dutch
// soft hyphens into the text a slide shows (stage, slide page, story) and into a card's title. It
// leaves alone what is not shown as running text or is read elsewhere: the reading text
// (<Toelichting>, which a deck moves into the speaker notes), notes, code, scripts and styles.
// HTML attributes are never touched.
import { hyphenateDutch } from './dutch';

/** The part of a hast/MDX node the plugin reads. */
export interface ShownNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
}

/** HTML elements whose text is never hyphenated. */
const skippedTags = new Set([
  'aside',
  'code',
  'kbd',
  'pre',
  'samp',
  'script',
  'style',
  'template',
  'textarea',
  'title',
]);
/** MDX components whose text is never hyphenated: the reading text becomes speaker notes. */
const skippedComponents = new Set(['Toelichting']);
/** MDX components with a prop shown as text (a card's title), hyphenated like the text. */
export const shownProps: Readonly<Record<string, string>> = { Card: 'title' };

/** Whether text inside this node stays as written. */
export function keepsTextWhole(node: ShownNode): boolean {
  if (node.type === 'element') {
    const className = node.properties?.['className'];
    return skippedTags.has(node.tagName ?? '') || (Array.isArray(className) && className.includes('notes'));
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return skippedComponents.has(node.name ?? '');
  }
  return false;
}

/** The visitor context calls the plugin uses (Sätteri's HastVisitorContext). */
interface Context {
  parent(node: object): ShownNode | undefined;
  replaceNode(node: object, replacement: { type: 'text'; value: string }): void;
  setProperty(node: object, key: string, value: unknown): void;
}

/** Whether the node or any of its ancestors keeps its text whole. */
function inKeptText(node: ShownNode, ctx: Context): boolean {
  for (let current: ShownNode | undefined = node; current !== undefined; current = ctx.parent(current)) {
    if (keepsTextWhole(current)) return true;
  }
  return false;
}

type JsxNode = ShownNode & { attributes: { type: string; name?: string; value?: unknown }[] };

function hyphenateShownProp(node: JsxNode, ctx: Context): void {
  const prop = shownProps[node.name ?? ''];
  if (prop === undefined || inKeptText(node, ctx)) return;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === prop);
  if (typeof attribute?.value !== 'string') return;
  const hyphenated = hyphenateDutch(attribute.value);
  if (hyphenated !== attribute.value) ctx.setProperty(node, prop, hyphenated);
}

/** The plugin (`satteri({ hastPlugins: [dutchHyphens] })`). */
export const dutchHyphens = {
  name: 'dutch-hyphens',
  text(node: { type: 'text'; value: string }, ctx: Context): void {
    const hyphenated = hyphenateDutch(node.value);
    if (hyphenated === node.value) return;
    const parent = ctx.parent(node);
    if (parent !== undefined && inKeptText(parent, ctx)) return;
    ctx.replaceNode(node, { type: 'text', value: hyphenated });
  },
  mdxJsxFlowElement: { filter: Object.keys(shownProps), visit: hyphenateShownProp },
  mdxJsxTextElement: { filter: Object.keys(shownProps), visit: hyphenateShownProp },
};
