// Used at build time and in the browser: small text helpers.

/** Splits plain text on blank lines into trimmed, non-empty paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
}

/** "1 slide", "3 slides". */
export function slideCount(count: number): string {
  return count === 1 ? '1 slide' : `${count} slides`;
}
