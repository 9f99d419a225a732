// Soft hyphens (U+00AD) in Dutch text: where a long word may break, with a visible hyphen, when it
// does not fit its line. Pure logic: the pattern engine is passed in (`dutch.ts` binds the Dutch
// patterns), so this file weighs nothing where only the checks or the stripping are needed.

/** The soft hyphen: invisible unless the browser breaks the word there. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * Words of fewer letters are left whole. Measured on the stage: with 10, third-width card titles
 * broke words that would have fit whole on the next line ("ketenaan-pak", "wet-telijke"); with 12
 * those stay whole while "Communicatie" (12 letters), which broke without a hyphen in the deck
 * PDF's cards, still breaks at a syllable.
 */
export const MIN_LETTERS = 12;

/** Hyphenates one word of letters only, returning it with soft hyphens at its break points. */
export type WordHyphenator = (word: string) => string;

const softHyphens = /\u00AD/g;
/** A run of letters (with their combining marks), the only thing ever hyphenated. */
const letterRun = /[\p{L}\p{M}]+/gu;
/** Tokens that are not words of running text: digits (numbers, years), e-mail, URLs, paths, domains. */
const notProse = /[\p{N}@/\\_=&#%]|:\/\/|^www\.|\p{L}\.\p{L}/u;

/** The text without soft hyphens: what search, files, notes and the clipboard should get. */
export function stripSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replace(softHyphens, '') : text;
}

/** The letter runs of prose tokens long enough to hyphenate. */
export function longWords(text: string, minLetters = MIN_LETTERS): string[] {
  const words: string[] = [];
  for (const token of stripSoftHyphens(text).split(/\s+/)) {
    if (token === '' || notProse.test(token)) continue;
    for (const [run] of token.matchAll(letterRun)) if ([...run].length >= minLetters) words.push(run);
  }
  return words;
}

/**
 * Puts soft hyphens into every word of at least `minLetters` letters, from `hyphenateWord`.
 * Whitespace and punctuation stay as they are; numbers, e-mail addresses, URLs and domains are never
 * touched. Idempotent: soft hyphens already present are replaced by the same ones.
 */
export function hyphenateText(text: string, hyphenateWord: WordHyphenator, minLetters = MIN_LETTERS): string {
  if (longWords(text, minLetters).length === 0) return text;
  return stripSoftHyphens(text)
    .split(/(\s+)/)
    .map((token) =>
      token === '' || /^\s+$/.test(token) || notProse.test(token)
        ? token
        : token.replace(letterRun, (run) =>
            [...run].length >= minLetters ? hyphenOnlyAt(run, hyphenateWord(run)) : run,
          ),
    )
    .join('');
}

/** Guards against an engine that changes more than it should: only soft hyphens may be added. */
function hyphenOnlyAt(word: string, hyphenated: string): string {
  return stripSoftHyphens(hyphenated) === word ? hyphenated : word;
}
