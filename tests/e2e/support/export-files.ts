// Opens exported files the way a person's tools would: unzip for the PowerPoint package,
// LibreOffice Impress to convert it, poppler's pdfinfo and pdftotext to read PDFs.
// scripts/ensure-export-tools.sh installs them (npm test's pretest).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Every part of a zip package (a .pptx), as paths. */
export function zipParts(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '');
}

/** The text of one part of a zip package. */
export function zipPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Converts an office file to PDF with LibreOffice (own profile, so parallel runs do not clash). */
export function convertToPdf(file: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 240_000 },
  );
  const pdf = readdirSync(outDir).find((name) => name === basename(file).replace(/\.[^.]+$/, '.pdf'));
  if (pdf === undefined) throw new Error(`LibreOffice made no PDF of ${file}`);
  return join(outDir, pdf);
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

/**
 * The text of a PDF; with `page`, of that page only (1-based). `raw` keeps the order in which
 * the page was written, which keeps side-by-side columns (a hand-out's miniature and notes) apart.
 */
export function pdfText(file: string, page?: number, order: 'layout' | 'raw' = 'layout'): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [`-${order}`, ...range, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Text as pdftotext tends to give it back: one space between words, no hyphen breaks. A word the
 * page broke at a soft hyphen ("kansenge-" at a line end, "lijkheid" on the next) is joined again,
 * and the soft hyphens of the page's own text (src/lib/hyphenation) are dropped.
 */
export const squash = (text: string) =>
  text
    .replace(/\u00AD/g, '')
    .replace(/(\p{Ll})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();

interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** A block of text on a PDF page, as pdftotext -bbox-layout finds it, with its words. */
export interface TextBlock extends Box {
  text: string;
}
export interface PdfPage {
  width: number;
  height: number;
  blocks: TextBlock[];
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

const numberOf = (attributes: string, name: string) =>
  Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attributes)?.[1] ?? Number.NaN);

/** Every page of a PDF with the boxes of its text blocks (pdftotext -bbox-layout). */
export function pdfTextBlocks(file: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 128 * 1024 * 1024,
  });
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, page, body]) => ({
    width: numberOf(page!, 'width'),
    height: numberOf(page!, 'height'),
    blocks: [...body!.matchAll(/<block ([^>]*)>([\s\S]*?)<\/block>/g)].map(([, box, words]) => ({
      xMin: numberOf(box!, 'xMin'),
      yMin: numberOf(box!, 'yMin'),
      xMax: numberOf(box!, 'xMax'),
      yMax: numberOf(box!, 'yMax'),
      text: decodeXml([...words!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')),
    })),
  }));
}

/**
 * What a reader would see as broken on the pages: text blocks that overlap each other (by more
 * than `tolerance` points both ways: lines of one text box may touch at their ascenders) and text
 * that lies outside the page. One line per problem, naming page and text.
 */
export function layoutProblems(pages: readonly PdfPage[], tolerance = 3): string[] {
  const problems: string[] = [];
  pages.forEach((page, index) => {
    const where = `p. ${index + 1}`;
    page.blocks.forEach((a, i) => {
      if (a.xMin < -0.5 || a.yMin < -0.5 || a.xMax > page.width + 0.5 || a.yMax > page.height + 0.5)
        problems.push(`${where}: buiten de pagina: "${a.text.slice(0, 50)}"`);
      for (const b of page.blocks.slice(i + 1)) {
        const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (across > tolerance && down > tolerance)
          problems.push(`${where}: "${a.text.slice(0, 40)}" overlapt "${b.text.slice(0, 40)}"`);
      }
    });
  });
  return problems;
}

/** The text of each paragraph (`a:p`) of a DrawingML part, runs joined, white space squashed. */
export function xmlParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, inner]) =>
    squash(decodeXml([...inner!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))),
  );
}

/** The parts of a package whose path matches, in numeric order (slide2 before slide10). */
export function numberedParts(parts: readonly string[], pattern: RegExp): string[] {
  return parts
    .filter((part) => pattern.test(part))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
