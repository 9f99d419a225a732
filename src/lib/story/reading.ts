// The reading time the story's chapter bar shows: only the prose a reader reads is counted, not
// data tables, "Data en bron" panels, buttons, source lines, screen-reader-only text or the
// deck's navigation leftovers. Pure (takes any DOM-like tree), so that it is unit tested.

/** Reading speed for Dutch prose on a screen, in words a minute. */
export const WORDS_PER_MINUTE = 220;

/** What a reader does not read as prose: skipped with everything inside it. */
export const NOT_PROSE = [
  'script',
  'style',
  'template',
  'table',
  'button',
  'summary',
  '[hidden]',
  '[aria-hidden="true"]',
  '.visually-hidden',
  '.story-data',
  '.story-actions',
  '.story-chart',
  '.slide-sources',
  '.story-source',
  '.story-alias',
  '.back-to-guide',
  '.deck-nav',
  '[data-page-only]',
].join(', ');

/** The little of a DOM node the count needs (an Element or a Text in the browser). */
export interface ProseNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<ProseNode>;
  matches?(selector: string): boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Words in a piece of text (runs of letters or digits; a lone dash or bullet is no word). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu)?.length ?? 0;
}

/** The prose words under a node, skipping what matches `skip`. */
export function proseWords(node: ProseNode, skip: string = NOT_PROSE): number {
  if (node.nodeType === TEXT_NODE) return countWords(node.nodeValue ?? '');
  if (node.nodeType === ELEMENT_NODE && node.matches?.(skip) === true) return 0;
  let words = 0;
  for (let index = 0; index < node.childNodes.length; index += 1) {
    const child = node.childNodes[index];
    if (child !== undefined) words += proseWords(child, skip);
  }
  return words;
}

/** Whole minutes to read so many words, at least one. */
export function readingMinutes(words: number, perMinute: number = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / perMinute));
}
