// Used in the browser and in tests: what a deck's `#` fragment asks for. A deep link may come
// cut off by a mail client in the middle of an escape (`#/%E0%A4%A`), carry garbage (`#/%ZZ`)
// or name a slide the deck does not have; whatever it holds, the deck opens (on slide 1 when the
// fragment names no slide of it) and the visitor is told in Dutch. Never throws; linear time.
import { resolveOldIds, type Redirects } from '../content/redirects';

/** What a fragment holds. */
export type Fragment =
  /** Nothing (`''`, `#`, `#/`). */
  | { kind: 'none' }
  /** reveal.js's own numeric address (`#/3`, `#/3/0/1`), left to reveal.js. */
  | { kind: 'index' }
  /** A slide id, decoded (reveal's fragment step `/<n>` after it removed). */
  | { kind: 'id'; id: string }
  /** Not decodable: `raw` is what the address carried, cut short for a notice. */
  | { kind: 'malformed'; raw: string };

/** A fragment longer than this names no slide (ids are at most 80 characters, escaped ×9). */
const maxFragment = 1000;
/** Fragments are shown in a notice cut to this many characters. */
const shownLength = 40;

const shorten = (text: string): string =>
  text.length > shownLength ? `${text.slice(0, shownLength)}…` : text;

/** Reads `location.hash` (with or without its `#`). */
export function readFragment(hash: string): Fragment {
  const raw = hash.replace(/^#?\/?/, '');
  if (raw === '') return { kind: 'none' };
  if (/^\d+(?:\/\d+){0,2}$/.test(raw)) return { kind: 'index' };
  if (raw.length > maxFragment) return { kind: 'malformed', raw: shorten(raw) };
  const encoded = raw.replace(/\/-?\d+$/, '');
  try {
    return { kind: 'id', id: decodeURIComponent(encoded) };
  } catch {
    return { kind: 'malformed', raw: shorten(encoded) };
  }
}

/** The notice for a deep link to a slide this deck does not have (or to nothing readable). */
export function missingSlideNotice(shown: string): string {
  return `De link wijst naar slide “${shorten(shown)}”, maar die zit niet in deze presentatie. De presentatie begint bij de eerste slide.`;
}

/** Where a deck lands for a fragment: keep it, or go to another fragment (`''`: the start). */
export type Landing = { keep: true } | { keep: false; hash: string; notice?: string };

/**
 * Where a deck with slides `has` lands for `hash`: a slide it has, the slide that replaced an
 * old id, the start for a retired id, and the start with a notice for anything else.
 */
export function landingFor(hash: string, has: (id: string) => boolean, redirects: Redirects): Landing {
  const fragment = readFragment(hash);
  if (fragment.kind === 'none' || fragment.kind === 'index') return { keep: true };
  if (fragment.kind === 'malformed')
    return { keep: false, hash: '', notice: missingSlideNotice(fragment.raw) };
  const { id } = fragment;
  if (has(id)) return { keep: true };
  if (redirects.has(id)) {
    const target = resolveOldIds([id], redirects).find(has);
    return { keep: false, hash: target === undefined ? '' : `#/${target}` };
  }
  return { keep: false, hash: '', notice: missingSlideNotice(id) };
}

/** The slide id a fragment names, if it names one (for scrolling to it). */
export function fragmentId(hash: string): string | undefined {
  const fragment = readFragment(hash);
  return fragment.kind === 'id' ? fragment.id : undefined;
}
