// Used in the browser and at build time: the shareable link of a self-made deck.
// The link is readable on purpose: /presenteer/?titel=Mijn+presentatie&slides=titel,leeswijzer

/** A deck someone assembled: a title and slide ids in order (ids may repeat). */
export interface RemixDeck {
  title: string;
  slides: string[];
}

export type RemixDecodeResult =
  | {
      ok: true;
      deck: RemixDeck;
      /** Parts of the link that are no slide id at all, shown as text. */ unreadable: string[];
    }
  | { ok: false; reason: 'leeg' | 'onleesbaar'; message: string };

export const remixPath = '/presenteer/';
export const defaultRemixTitle = 'Mijn presentatie';
/** Titles are cut to this length; ids beyond the maximum are dropped with a notice. */
export const maxTitleLength = 200;
export const maxRemixSlides = 1000;

const slideIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Strips control characters and surrounding space; never returns more than maxTitleLength. */
export function cleanTitle(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, maxTitleLength);
}

/** The query string (with "?") that carries a deck. */
export function encodeRemix(deck: RemixDeck): string {
  const params = new URLSearchParams();
  const title = cleanTitle(deck.title);
  if (title !== '') params.set('titel', title);
  params.set('slides', deck.slides.join(','));
  // Commas stay readable; URLSearchParams would write them as %2C.
  return `?${params.toString().replace(/%2C/gi, ',')}`;
}

/** The full path of the remix player for a deck. */
export function remixHref(deck: RemixDeck): string {
  return `${remixPath}${encodeRemix(deck)}`;
}

/** Reads a deck from a query string. Never throws: any input gives a deck or a reason in Dutch. */
export function decodeRemix(search: string): RemixDecodeResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return {
      ok: false,
      reason: 'onleesbaar',
      message: 'Deze link is beschadigd en kan niet gelezen worden.',
    };
  }
  const rawSlides = params.get('slides');
  if (rawSlides === null || rawSlides.trim() === '') {
    return params.has('slides') || params.has('titel')
      ? { ok: false, reason: 'leeg', message: 'Deze link bevat geen slides.' }
      : { ok: false, reason: 'leeg', message: 'Deze link bevat geen presentatie.' };
  }
  const parts = rawSlides
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const slides = parts.filter((part) => slideIdPattern.test(part)).slice(0, maxRemixSlides);
  const unreadable = parts.filter((part) => !slideIdPattern.test(part));
  if (slides.length === 0) {
    return { ok: false, reason: 'onleesbaar', message: 'Deze link bevat geen enkele geldige slide.' };
  }
  const title = cleanTitle(params.get('titel') ?? '');
  return { ok: true, deck: { title: title === '' ? defaultRemixTitle : title, slides }, unreadable };
}
