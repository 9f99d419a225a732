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

/** Text as pdftotext tends to give it back: one space between words, no hyphen breaks. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
