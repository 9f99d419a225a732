// Used in the browser: the search page. Pagefind (its script, WebAssembly and index) is only
// fetched once the visitor uses search: focuses or types in the field, picks a filter, or
// arrives with a search in the address (from the search field in the site header).
import {
  cleanQuery,
  hasSearch,
  oneOf,
  pagefindFilters,
  readSearchState,
  searchStateSearch,
  type SearchState,
} from '../../lib/filters/url-state';
import {
  excerptParts,
  resultLabel,
  resultsStatus,
  sentenceExcerpt,
  siteUrl,
  type PagefindResult,
  type PagefindResultData,
} from '../../lib/search/results';
import { loadPagefind } from './slide-search';

/** Results shown at first, and added by each "Meer resultaten". */
const pageSize = 10;
/** Wait this long after the last key stroke before searching. */
const typingPause = 250;

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = siteUrl(data.url) ?? '/';
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const label = document.createElement('p');
  label.className = 'meta';
  label.textContent = resultLabel(data);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // From the start of the sentence that matched; Pagefind's own excerpt if it gave no text.
  for (const part of sentenceExcerpt(data.content, data.locations) ?? excerptParts(data.excerpt)) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  item.append(heading, label, excerpt);
  return item;
}

export function startSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const [partSelect, sectorSelect] = [
    ...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]'),
  ];
  if (form === null || input === null || status === null || list === null || more === null) return;
  if (partSelect === undefined || sectorSelect === undefined) return;
  const offered = (select: HTMLSelectElement) =>
    [...select.options].map((option) => option.value).filter((v) => v !== '');
  const choices = { parts: offered(partSelect), sectors: offered(sectorSelect) };

  let pending: PagefindResult[] = [];
  let generation = 0;
  let typingTimer: number | undefined;

  const currentState = (): SearchState => ({
    query: cleanQuery(input.value),
    part: oneOf(partSelect.value, choices.parts),
    sector: oneOf(sectorSelect.value, choices.sectors),
  });

  /** The next results as list items, or undefined when a newer search has started meanwhile. */
  const nextBatch = async (run: number): Promise<HTMLLIElement[] | undefined> => {
    const batch = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== generation) return undefined;
    more.hidden = pending.length === 0;
    return data.map(renderResult);
  };

  const search = async (state: SearchState) => {
    const run = ++generation;
    const url = new URL(window.location.href);
    url.search = searchStateSearch(state);
    window.history.replaceState(null, '', url);
    if (!hasSearch(state)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const api = await loadPagefind();
      const found = await api.search(state.query === '' ? null : state.query, {
        filters: pagefindFilters(state),
      });
      if (run !== generation) return;
      pending = found.results;
      const items = await nextBatch(run);
      if (items === undefined) return;
      list.replaceChildren(...items);
      // Announced once the results are on the page, so the count and the list agree.
      status.textContent = resultsStatus(found.results.length, state.query);
    } catch {
      if (run !== generation) return;
      status.textContent =
        'Zoeken lukt nu niet. Probeer het later opnieuw, of gebruik de inhoudsopgave van het verhaal.';
    }
  };

  const fromAddress = readSearchState(window.location.search, choices);
  input.value = fromAddress.query;
  partSelect.value = fromAddress.part ?? '';
  sectorSelect.value = fromAddress.sector ?? '';

  const warmUp = () => void loadPagefind().catch(() => undefined);
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void search(currentState()), typingPause);
  });
  for (const select of [partSelect, sectorSelect])
    select.addEventListener('change', () => void search(currentState()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    void search(currentState());
  });
  // Keyboard users continue where the new results start instead of at the end of the list.
  more.addEventListener('click', async () => {
    const items = await nextBatch(generation);
    if (items === undefined) return;
    list.append(...items);
    items[0]?.querySelector('a')?.focus();
  });

  if (hasSearch(fromAddress)) void search(fromAddress);
}
