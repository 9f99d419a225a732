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

/** The HTML with the first use of each glossary term in running text explained. */
export function explainFirstUse(html: string, glossary: readonly GlossaryEntry[]): string {
  const pending = new Map(glossary.map((entry) => [entry.term, entry]));
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
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u');
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
