// Used at build time: the initials shown where no portrait of an ambassador exists.

/** "Tessa Roseboom" → "TR", "Linda de Boer-Hendriks" → "LB": first and last capitalised name. */
export function monogram(name: string): string {
  const words = name
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+/u, ''))
    .filter((word) => /^\p{Lu}/u.test(word));
  const first = words[0]?.charAt(0) ?? name.trim().charAt(0).toUpperCase();
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? '') : '';
  return `${first}${last}`;
}
