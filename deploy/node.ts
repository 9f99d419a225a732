// Node-side helpers around deploy/headers.ts: CSP hashes of the style sheets a deck page adds
// while it runs, taken from the very modules that add them, so the policy cannot drift.
import { createHash } from 'node:crypto';
import type { PlayerInline } from './headers.ts';
import { printViewStyles } from '../src/lib/deck/size.ts';
import { speakerViewStyles } from '../src/lib/deck/speaker-view-styles.ts';

/** A CSP hash source ('sha256-…') of a text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The style sheets a deck page adds: the speaker view's and those of reveal.js's print view. */
export function playerInline(): PlayerInline {
  return { styles: [speakerViewStyles, ...printViewStyles()].map(cspHash) };
}
