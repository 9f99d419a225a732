// Test support for the spell check: the words a visitor reads in a slide's MDX body and in an
// Astro template, without the code around them, and a tokenizer for Dutch running text.

/** A piece of visible text: checked, or only reported when it is someone's verbatim words. */
export interface VisibleText {
  text: string;
  /** True for quoted words (an ambassador's quote, a `<Quote>`): reported, never failed. */
  quoted: boolean;
}

/** Attributes whose value a visitor reads (a card's title, a quote's speaker, alt text …). */
const visibleAttributes = [
  'title',
  'label',
  'by',
  'alt',
  'aria-label',
  'placeholder',
  'description',
  'summary',
];

/** `{…}` expressions and `<script>`/`<style>` blocks out; balanced braces only, nesting allowed. */
function withoutExpressions(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** The values of visible attributes written as plain strings (`title="…"`) in a tag. */
function attributeTexts(tag: string): string[] {
  const texts: string[] = [];
  for (const match of tag.matchAll(/([a-zA-Z-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name, double, single] = match;
    if (name !== undefined && visibleAttributes.includes(name)) texts.push(double ?? single ?? '');
  }
  return texts;
}

/**
 * Text between tags, minus code. A segment with an unbalanced brace is the edge of a JSX
 * expression (`{items.map((item) => (` … `))}`): the code part of it is dropped.
 */
function textSegments(markup: string): string[] {
  return markup
    .split(/<[^>]*>/)
    .map((segment) => {
      let text = segment;
      const open = text.lastIndexOf('{');
      const close = text.indexOf('}');
      if (close !== -1 && (open === -1 || close < open)) text = text.slice(close + 1);
      text = withoutExpressions(text);
      // Between two tags of a JSX expression (`) : (`, `cond && <p>`) there is only code.
      return /&&|\|\||=>|[!=]==|\)\s*:\s*\(/.test(text) ? '' : text;
    })
    .filter((text) => text.trim() !== '');
}

/** Markdown punctuation that is no word: link targets, emphasis, headings, tables, list marks. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[*_#>|]/g, ' ');
}

/** The visible text of a slide module's MDX body; `<Quote>` contents are marked as quoted. */
export function mdxVisibleText(body: string): VisibleText[] {
  const source = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const pieces: VisibleText[] = [];
  // Quotes first, so that what is left is the kit's own text.
  const rest = source.replace(
    /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g,
    (_all, attributes: string, inner: string) => {
      for (const text of attributeTexts(`<Quote ${attributes}>`)) pieces.push({ text, quoted: false });
      for (const text of textSegments(inner)) pieces.push({ text: plainMarkdown(text), quoted: true });
      return ' ';
    },
  );
  for (const tag of rest.match(/<[A-Za-z][^>]*>/g) ?? [])
    for (const text of attributeTexts(tag)) pieces.push({ text, quoted: false });
  for (const text of textSegments(rest)) pieces.push({ text: plainMarkdown(text), quoted: false });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

/** The visible text of an Astro component or page: its template, without frontmatter and code. */
export function astroVisibleText(file: string): string[] {
  const template = file
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/g, ' ')
    // Code on a page (a role name, a file name) is no Dutch text.
    .replace(/<code\b[\s\S]*?<\/code>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
  const attributes = (template.match(/<[A-Za-z][^>]*>/g) ?? []).flatMap(attributeTexts);
  return [...attributes, ...textSegments(template)].filter((text) => text.trim() !== '');
}

/**
 * The words of Dutch running text, as a spell checker should see them: web addresses, e-mail
 * addresses, hashtags' `#`, numbers and words with digits in them ("HP4All", "1e") left out;
 * inner apostrophes and hyphens kept ("baby's", "kosten-batenanalyse").
 */
export function words(text: string): string[] {
  const cleaned = text
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\bwww\.\S+/g, ' ')
    .replace(/[\p{L}\p{N}-]+\.(?:nl|org|com|js)\b\S*/gu, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/’/g, "'");
  return (cleaned.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).filter((word) => !/\d/.test(word));
}
