// Used in the browser by the remix player: own slides' and own covers' text (typed by a visitor,
// so it arrives at run time) gets the same Dutch soft hyphens as the kit's slides. The patterns
// (about 46 KB gzipped) are a lazy chunk, fetched only when own text has a word long enough to
// need them; ready-made decks never load them.
import { longWords } from '../../lib/hyphenation/soft-hyphens';

/** Where own text is shown on the stage: titles and content of own slides, cover and closing. */
const shownSelector = '[data-own-slide] :is(.slide-title, .slide-content)';

function shownTextNodes(root: ParentNode): Text[] {
  const nodes: Text[] = [];
  for (const element of root.querySelectorAll(shownSelector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * Hyphenates the long words of the own slides in the page, in the player's generated slides and in
 * `apart` (slides still being put together outside the page).
 */
export async function hyphenateOwnText(apart?: Element): Promise<void> {
  const generated = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]')?.content;
  const roots: ParentNode[] = [document];
  if (generated !== undefined) roots.push(generated);
  if (apart !== undefined && !apart.isConnected) roots.push(apart);
  const nodes = roots.flatMap(shownTextNodes).filter((node) => longWords(node.data).length > 0);
  if (nodes.length === 0) return;
  const { hyphenateDutch } = await import('../../lib/hyphenation/dutch');
  for (const node of nodes) node.data = hyphenateDutch(node.data);
}
