// Used at build time: explains jargon where it first appears on the story page. The first
// use of each term in running text gets an <abbr> with its meaning and the meaning in brackets,
// visible to everyone (a title attribute alone is not shown on phones nor read by every reader).
import type { GlossaryEntry } from '../../schemas/story';

/** Elements whose text is never marked: code, headings, links, buttons, existing abbreviations, data. */
const skipped = new Set([
  'script',
  'style',
  'abbr',
  'a',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'summary',
  'title',
  'svg',
  'table',
  'caption',
  'figcaption',
]);

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term's pattern that also finds it capitalised at the start of a sentence or list item. */
const startOfSentence = (term: string): string => {
  const first = term.charAt(0);
  const rest = escapeRegExp(term.slice(1));
  return first.toUpperCase() === first.toLowerCase()
    ? escapeRegExp(first) + rest
    : `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
};

/** Headings: a term is explained in one only when no running text uses it (e.g. "IZA, GALA & SPUK"). */
const headings = new Set(['h1', 'h2', 'h3', 'h4']);

/** The HTML with the first use of each glossary term in running text explained; a term that only
 * a heading uses is explained at its first heading. */
export function explainFirstUse(html: string, glossary: readonly GlossaryEntry[]): string {
  const pending = new Map(glossary.map((entry) => [entry.term, entry]));
  const explained = explainIn(html, pending, skipped);
  if (pending.size === 0) return explained;
  return explainIn(explained, pending, new Set([...skipped].filter((name) => !headings.has(name))));
}

/** Explains the first use of each pending term outside `skipped` elements; explained terms leave `pending`. */
function explainIn(html: string, pending: Map<string, GlossaryEntry>, skipped: ReadonlySet<string>): string {
  if (pending.size === 0) return html;
  const stack: string[] = [];
  return html.replace(/(<[^>]+>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
      const name = match?.[2]?.toLowerCase();
      if (name !== undefined && skipped.has(name) && !tag.endsWith('/>')) {
        if (match?.[1] === '/') stack.pop();
        else stack.push(name);
      }
      return whole;
    }
    if (text === undefined || stack.length > 0 || pending.size === 0) return whole;
    let out = text;
    for (const [term, entry] of pending) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${startOfSentence(term)}(?![\\p{L}\\p{N}])`, 'u');
      const found = pattern.exec(out);
      if (found === null) continue;
      pending.delete(term);
      const meaning = escapeHtml(entry.meaning);
      out =
        out.slice(0, found.index) +
        `<abbr class="story-term" title="${meaning}">${found[0]}</abbr><span class="story-term__meaning"> (${meaning})</span>` +
        out.slice(found.index + found[0].length);
      break;
    }
    return out;
  });
}
