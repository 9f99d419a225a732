// Used in the browser and in tests: reads and writes the filters kept in a page's URL.
// Whatever the address says is only ever matched against the allowed values (the page's own
// options), never shown as HTML. No schema imports here: they would bring zod to the browser.

/** The longest search text taken from an address; longer text is cut. */
export const maxQueryLength = 200;

/** The value if it is one of the allowed values, otherwise undefined. */
export function oneOf<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The sector in `?sector=…` if it is one of the allowed sectors. */
export function readSectorFilter<S extends string>(search: string, sectors: readonly S[]): S | undefined {
  return oneOf(new URLSearchParams(search).get('sector'), sectors);
}

/** The query string for a sector filter: `?sector=zorg`, or empty for "all sectors". */
export function sectorFilterSearch(sector: string | undefined): string {
  return sector === undefined ? '' : `?${new URLSearchParams({ sector }).toString()}`;
}

/** What the search page shows: the search text and the optional filters. */
export interface SearchState {
  query: string;
  part: string | undefined;
  sector: string | undefined;
}

/** The filter values a page offers. */
export interface SearchChoices {
  parts: readonly string[];
  sectors: readonly string[];
}

/**
 * Characters that change the direction of the text around them (embeddings, overrides,
 * isolates, marks) or are invisible: a query never needs them, and shown back in "Geen
 * resultaten voor …" they could reverse or hide what the page says.
 */
const invisibleControls = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Half of a surrogate pair without its other half. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Search text as typed: direction controls and invisible characters removed, runs of white
 * space made single, cut to `maxQueryLength` UTF-16 units without splitting a character
 * (an emoji's surrogate pair stays whole or goes whole).
 */
export function cleanQuery(text: string): string {
  const clean = text.replace(invisibleControls, '').replace(/\s+/g, ' ').trim();
  // Lone surrogates (from a broken address) are dropped; then a cut never splits a pair.
  const whole = clean.replace(loneSurrogate, '');
  const cut = whole.slice(0, maxQueryLength);
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut).trim();
}

/** The search page's state from `?q=…&deel=…&sector=…`; filter values that are not offered are dropped. */
export function readSearchState(search: string, choices: SearchChoices): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: cleanQuery(params.get('q') ?? ''),
    part: oneOf(params.get('deel'), choices.parts),
    sector: oneOf(params.get('sector'), choices.sectors),
  };
}

/** The query string for a search state, leaving out what is empty (`?q=Heckman&deel=verhaal`). */
export function searchStateSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  if (state.part !== undefined) params.set('deel', state.part);
  if (state.sector !== undefined) params.set('sector', state.sector);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when there is something to search for: text or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || state.part !== undefined || state.sector !== undefined;
}

/** The Pagefind filters for a search state (names as in the `data-pagefind-filter` markup). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.part !== undefined) filters['deel'] = state.part;
  if (state.sector !== undefined) filters['sector'] = state.sector;
  return filters;
}
