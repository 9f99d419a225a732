// Used at build time: cuts a slide's rendered HTML into its top-level blocks (paragraphs,
// lists, quotes, figures), so that a story step can show one of them: the slide's own text,
// rendered once from its MDX, never a second copy.

const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'col', 'area']);
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;

/** The top-level elements of an HTML fragment, in order; text between them is left out. */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = -1;
  for (const match of html.matchAll(tagPattern)) {
    const [whole, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const index = match.index;
    if (closing === '/') {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        blocks.push(html.slice(start, index + whole.length));
        start = -1;
      }
      continue;
    }
    if (voidElements.has(name) || selfClosing === '/') {
      if (depth === 0) blocks.push(whole);
      continue;
    }
    if (depth === 0) start = index;
    depth += 1;
  }
  return blocks;
}

/** Blocks a story never shows as text: charts (the scene draws its own), scripts, hidden markers, back-links. */
export function isTextBlock(block: string): boolean {
  return (
    !/^<(figure class="chart|script|style|span[^>]*\bhidden|nav|template)/.test(block) &&
    !/^<p class="back-to-guide"/.test(block)
  );
}

/** The text blocks of a rendered slide part; `block` picks one (undefined when it does not exist). */
export function pickBlocks(html: string, block: number | undefined): string[] | undefined {
  const blocks = topLevelBlocks(html).filter(isTextBlock);
  if (block === undefined) return blocks;
  const one = blocks[block];
  return one === undefined ? undefined : [one];
}
