// Node-side helpers around deploy/headers.ts: hashing for CSP and reading reveal.js's speaker
// view from the installed package, so the policy follows whatever reveal.js version is installed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { speakerViewHashes, type SpeakerViewHashes } from './headers.ts';
import { printViewStyles } from '../src/lib/deck/size.ts';

/** A CSP hash source ('sha256-…') of a text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The hashes of the inline code the installed reveal.js adds in a deck: its speaker view's
 * script and styles, and the style sheets of its print view.
 */
export function installedSpeakerView(): SpeakerViewHashes {
  // The ES module build, which Vite and esbuild bundle (the CommonJS build writes it differently).
  const plugin = fileURLToPath(import.meta.resolve('reveal.js/plugin/notes'));
  return {
    ...speakerViewHashes(readFileSync(plugin, 'utf8'), cspHash),
    printStyles: printViewStyles().map(cspHash),
  };
}
