// Used at build time and in tests: a short fingerprint of a library slide's content. A share link
// records it per slide, so the player can say which slides changed since the link was made.

/** Characters per fingerprint in a link. */
export const versionLength = 4;
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const versionPattern = /^[A-Za-z0-9_-]{4}$/;

/** FNV-1a over the text's UTF-16 units, folded to 24 bits: four base64url characters. */
export function contentVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const folded = ((hash >>> 24) ^ hash) & 0xffffff;
  let out = '';
  for (let shift = 18; shift >= 0; shift -= 6) out += alphabet[(folded >>> shift) & 63];
  return out;
}

/** What a slide's fingerprint covers: everything that is shown or said with it. */
export function slideVersionText(parts: {
  title: string;
  summary: string;
  layout: string;
  notes: string;
  sources: readonly string[];
  body: string;
}): string {
  return JSON.stringify([parts.title, parts.summary, parts.layout, parts.notes, parts.sources, parts.body]);
}
