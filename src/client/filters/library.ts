// Used in the browser: filters the slide library as the visitor chooses, keeping the filter in the URL.
import {
  libraryFilterQuery,
  matchesLibraryFilter,
  parseLibraryFilter,
  type LibraryEntry,
  type LibraryFilter,
} from '../../lib/filters/library';
import { slideCount } from '../../lib/content/text';

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
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  const show = (filter: LibraryFilter) => {
    let visible = 0;
    for (const { card, entry } of cards) {
      const match = matchesLibraryFilter(entry, filter);
      card.hidden = !match;
      if (match) visible += 1;
    }
    count.textContent =
      visible === cards.length ? slideCount(cards.length) : `${slideCount(visible)} van ${cards.length}`;
    empty.hidden = visible > 0;
  };
  const fromForm = (): LibraryFilter =>
    parseLibraryFilter(
      new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString(),
      known,
    );
  const update = () => {
    const filter = fromForm();
    history.replaceState(history.state, '', `${window.location.pathname}${libraryFilterQuery(filter)}`);
    show(filter);
  };

  const initial = parseLibraryFilter(window.location.search, known);
  field('zoek').value = initial.text;
  field('deel').value = initial.part ?? '';
  field('argument').value = initial.argument === undefined ? '' : String(initial.argument);
  field('tag').value = initial.tag ?? '';
  field('sector').value = initial.sector ?? '';
  show(initial);

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(update, 0));
  document.querySelector('[data-library-clear]')?.addEventListener('click', () => form.reset());
}
