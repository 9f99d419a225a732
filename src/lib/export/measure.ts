// Used in the browser (and in unit tests): how much room a text takes on a PowerPoint slide.
// Words are measured with Arial's real advance widths and wrapped as PowerPoint and Impress wrap
// them, with an allowance for a wider substitute font, so a box sized from this never overflows
// whatever font the viewer's computer puts in Arial's place.
import { arialBold, arialRegular, measuredCharacters } from './arial-metrics';

const slot = new Map([...measuredCharacters].map((character, index) => [character, index]));

/** A substitute font may be this much wider than Arial (DejaVu Sans is about 9% wider). */
export const substitutionAllowance = 1.1;
/** Height of a line as a share of the font size (Arial 1.15, DejaVu Sans 1.16). */
export const lineFactor = 1.2;

/** A stretch of text with its weight. */
export interface Measured {
  text: string;
  bold?: boolean | undefined;
}

/** Width of one character in thousandths of the font size; unknown characters count as wide. */
function advance(character: string, bold: boolean): number {
  const index = slot.get(character);
  if (index === undefined) return bold ? 720 : 660;
  return (bold ? arialBold : arialRegular)[index]!;
}

/** Width in points of a text at `size` points, with the substitution allowance. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const character of text) units += advance(character, bold);
  return (units / 1000) * size * substitutionAllowance;
}

/** The words of runs, each with its width in points; a word may span runs ("**sa**men"). */
function words(runs: readonly Measured[], size: number, allBold: boolean): number[] {
  const widths: number[] = [];
  let current = 0;
  let open = false;
  for (const run of runs) {
    const bold = allBold || run.bold === true;
    for (const character of run.text) {
      if (/\s/.test(character)) {
        if (open) widths.push(current);
        current = 0;
        open = false;
      } else {
        current += textWidth(character, size, bold);
        open = true;
      }
    }
  }
  if (open) widths.push(current);
  return widths;
}

/** Lines the runs take in a box `width` points wide at `size` points, wrapped at spaces. */
export function lineCount(runs: readonly Measured[], width: number, size: number, bold = false): number {
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of words(runs, size, bold)) {
    if (used > 0 && used + space + word <= width) {
      used += space + word;
    } else if (used === 0 && word <= width) {
      used = word;
    } else if (word <= width) {
      lines += 1;
      used = word;
    } else {
      // A word wider than the box is broken inside: it fills whole lines.
      if (used > 0) lines += 1;
      const whole = Math.ceil(word / width);
      lines += whole - 1;
      used = word - (whole - 1) * width;
    }
  }
  return lines;
}

/** Height in inches of runs (or a text, whose line breaks count) wrapped in a box `width` inches wide. */
export function textHeight(
  runs: readonly Measured[] | string,
  width: number,
  size: number,
  bold = false,
): number {
  const lines =
    typeof runs === 'string'
      ? runs.split('\n').reduce((sum, part) => sum + lineCount([{ text: part }], width * 72, size, bold), 0)
      : lineCount(runs, width * 72, size, bold);
  return (lines * size * lineFactor) / 72;
}

/** Width in inches of the widest word, which a box must hold so no word is broken inside. */
export function widestWord(runs: readonly Measured[], size: number, bold = false): number {
  return Math.max(0, ...words(runs, size, bold)) / 72;
}
