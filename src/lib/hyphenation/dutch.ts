// Dutch hyphenation from the TeX patterns of `hyphen` (its `nl` set, about 46 KB gzipped). Used at
// build time for the stage and the pages, and in the browser only as a lazy chunk (`own-text.ts`).
import dutchPatterns from 'hyphen/nl';
import { hyphenateText, MIN_LETTERS } from './soft-hyphens';

/** One word with soft hyphens where Dutch allows a break. */
export function hyphenateDutchWord(word: string): string {
  return dutchPatterns.hyphenateSync(word, { minWordLength: MIN_LETTERS });
}

/** Text with soft hyphens in its long Dutch words (see `hyphenateText`). */
export function hyphenateDutch(text: string): string {
  return hyphenateText(text, hyphenateDutchWord);
}
