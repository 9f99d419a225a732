// Reads a printed PDF back as a person sees it: every word with its box (pdftotext -bbox-layout),
// per page, so a test can say how large the text is printed, whether it is all there and
// whether any of it lies on other text.
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfWordPage {
  /** Page size in points. */
  width: number;
  height: number;
  words: PdfWord[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

const attribute = (attributes: string, name: string) =>
  Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attributes)?.[1] ?? Number.NaN);

/** Every page of a PDF with its words and their boxes, in points. */
export function pdfWords(file: string): PdfWordPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 128 * 1024 * 1024,
  });
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, page, body]) => ({
    width: attribute(page!, 'width'),
    height: attribute(page!, 'height'),
    words: [...body!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, box, text]) => ({
      text: decode(text!),
      xMin: attribute(box!, 'xMin'),
      yMin: attribute(box!, 'yMin'),
      xMax: attribute(box!, 'xMax'),
      yMax: attribute(box!, 'yMax'),
    })),
  }));
}

/**
 * pdftotext's box of a word is the font's content area: 1.24 em for Atkinson Hyperlegible (its
 * ascent plus descent). A word's font size is its box height over this.
 */
export const contentAreaEm = 1.24;

/**
 * A word written upright (an axis title turned 90°) is taller than it is wide per letter; a single
 * upright mark that pdftotext splits off (the "." of an upright "1.000") is much wider than tall.
 */
export const isUpright = (word: PdfWord) => {
  const height = word.yMax - word.yMin;
  const width = word.xMax - word.xMin;
  return word.text.length > 1 ? height > width * 1.5 : width > height * 2.5;
};

/** A word's font size in CSS pixels of the page (1 pt = 4/3 px). */
export const fontPx = (word: PdfWord) => ((word.yMax - word.yMin) / contentAreaEm) * (4 / 3);

/** Words compared as pdftotext gives them back: no soft hyphens, no hyphen breaks, no case. */
export const wordKey = (text: string) =>
  text
    .replace(/\u00ad/g, '')
    .replace(/[‐-‒–—-]/g, '')
    .replace(/[.,:;!?()“”"'‘’«»…]/g, '')
    .toLowerCase();

/** The words of one page joined without spaces or hyphens, to find a slide's words in. */
export const pageKey = (page: PdfWordPage) => wordKey(page.words.map((word) => word.text).join(''));

/**
 * Words that lie on other words of the same page (by more than `tolerance` points both ways):
 * text printed over text. Each pair once, as "a / b".
 */
export function overlappingWords(page: PdfWordPage, tolerance = 1.5): string[] {
  const found: string[] = [];
  const words = page.words;
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      // Lines of one paragraph touch at their content areas: count only real overlap.
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const lower = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      // A chart label is drawn twice at one spot (its paper-coloured halo, then the text), which
      // pdftotext may split differently ("11,9" and "11", ",", "9"): one word to a person.
      const inside = (p: PdfWord, q: PdfWord) => {
        const slack = Math.max(tolerance, 0.15 * (q.yMax - q.yMin));
        return (
          q.text.includes(p.text) &&
          p.xMin >= q.xMin - slack &&
          p.xMax <= q.xMax + slack &&
          p.yMin >= q.yMin - slack &&
          p.yMax <= q.yMax + slack
        );
      };
      if (inside(a, b) || inside(b, a)) continue;
      if (across > tolerance && down > Math.max(tolerance, lower * 0.35)) found.push(`${a.text} / ${b.text}`);
    }
  });
  return found;
}
