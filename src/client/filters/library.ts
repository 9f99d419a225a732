// Used in the browser: filters the slide library as the visitor chooses, keeping the filter in
// the URL. Typed words go to the kit's one search (Pagefind, loaded on first use), so the
// library finds the same slides as the site search and the builder.
import {
  libraryFilterQuery,
  matchesLibraryFilter,
  parseLibraryFilter,
  type LibraryEntry,
  type LibraryFilter,
} from '../../lib/filters/library';
import { slideCount } from '../../lib/content/text';
import { findSlideIds, warmUpSearch } from '../search/slide-search';

export function startLibrary(): void {
  const form = document.querySelector<HTMLFormElement>('[data-library-filters]');
  const list = document.querySelector<HTMLElement>('[data-library]');
  const count = document.querySelector<HTMLElement>('[data-library-count]');
  const empty = document.querySelector<HTMLElement>('[data-library-empty]');
  if (form === null || list === null || count === null || empty === null) return;
  const known = JSON.parse(form.dataset['known'] ?? '{"tags":[],"sectors":[]}') as {
    tags: string[];
    sectors: string[];
  };
  const cards = [...list.querySelectorAll<HTMLElement>('li[data-entry]')].map((card) => ({
    card,
    entry: JSON.parse(card.dataset['entry'] ?? '{}') as LibraryEntry,
  }));
  const parts = [...list.querySelectorAll<HTMLElement>('[data-library-part]')];
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  let generation = 0;

  const show = (filter: LibraryFilter, textMatches: ReadonlySet<string>) => {
    let visible = 0;
    for (const { card, entry } of cards) {
      const match = matchesLibraryFilter(entry, filter, textMatches);
      card.hidden = !match;
      if (match) visible += 1;
    }
    for (const part of parts) part.hidden = part.querySelector('li[data-entry]:not([hidden])') === null;
    count.textContent =
      visible === cards.length ? slideCount(cards.length) : `${slideCount(visible)} van ${cards.length}`;
    empty.hidden = visible > 0;
  };

  const apply = async (filter: LibraryFilter) => {
    const run = ++generation;
    if (filter.text === '') {
      show(filter, new Set());
      return;
    }
    count.textContent = 'Zoeken…';
    try {
      const ids = new Set(await findSlideIds(filter.text));
      if (run === generation) show(filter, ids);
    } catch {
      if (run === generation)
        count.textContent = 'Zoeken lukt nu niet. Gebruik de andere filters, of probeer het later opnieuw.';
    }
  };

  const fromForm = (): LibraryFilter =>
    parseLibraryFilter(
      new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString(),
      known,
    );
  let typingTimer: number | undefined;
  const update = () => {
    const filter = fromForm();
    history.replaceState(history.state, '', `${window.location.pathname}${libraryFilterQuery(filter)}`);
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void apply(filter), filter.text === '' ? 0 : 200);
  };

  const initial = parseLibraryFilter(window.location.search, known);
  field('zoek').value = initial.text;
  field('deel').value = initial.part ?? '';
  field('argument').value = initial.argument === undefined ? '' : String(initial.argument);
  field('tag').value = initial.tag ?? '';
  field('sector').value = initial.sector ?? '';
  void apply(initial);

  field('zoek').addEventListener('focus', warmUpSearch, { once: true });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(update, 0));
  document.querySelector('[data-library-clear]')?.addEventListener('click', () => form.reset());
}
