// Used in the browser: reveal.js copies every query parameter into its configuration, so a
// shared link could set e.g. a parallax background from another host. Only these may pass.

/** Query keys reveal.js may read: print mode and the speaker view's own preview settings. */
const revealKeys = new Set([
  'print-pdf',
  'receiver',
  'progress',
  'history',
  'transition',
  'autoSlide',
  'backgroundTransition',
  'scrollActivationWidth',
  'postMessageEvents',
  'controls',
  'showNotes',
]);
/** Our own keys (the remix link; `afdrukken` prints the print view once it is drawn): plain strings that reveal.js ignores. */
const ownKeys = new Set(['titel', 'slides', 'versies', 'eigen', 'afdrukken']);

/** The query string with every key that is not allowed removed ("" when nothing remains). */
export function safeDeckQuery(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) {
    if (!revealKeys.has(key) && !ownKeys.has(key)) params.delete(key);
  }
  for (const key of revealKeys) {
    // Speaker-view values are short words, numbers or booleans; anything else is dropped.
    const value = params.get(key);
    if (value !== null && !/^[\w.-]{0,20}$/.test(value)) params.delete(key);
  }
  const query = params
    .toString()
    .replace(/%2C/gi, ',')
    .replace(/=(?=&|$)/g, '');
  return query === '' ? '' : `?${query}`;
}

/**
 * Only the keys reveal.js reads, for the moment it starts: it parses the query with a pattern
 * that takes quadratic time on a long value, and our own keys (a remix link) can be long.
 */
export function revealOnlyQuery(search: string): string {
  const params = new URLSearchParams(safeDeckQuery(search));
  for (const key of ownKeys) params.delete(key);
  const query = params.toString().replace(/=(?=&|$)/g, '');
  return query === '' ? '' : `?${query}`;
}

/** Up to this length reveal.js's pattern reads a query in well under a millisecond. */
export const shortQueryLength = 512;

/**
 * The query reveal.js is shown while it starts, or undefined when it may read the address as it
 * is: a short query costs its pattern nothing, and hiding one costs two changes of the address,
 * each of which makes Chromium fetch and draw the page's icon again on the page's own thread.
 */
export function queryForRevealStart(search: string): string | undefined {
  const only = revealOnlyQuery(search);
  return only === search || search.length <= shortQueryLength ? undefined : only;
}
