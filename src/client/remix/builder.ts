// Used in the browser: the deck builder (/maak/). Renders with DOM APIs and textContent only:
// titles and ids may come from a shared link or storage and are never parsed as HTML.
import Sortable from 'sortablejs';
import { remixHref, type RemixDeck } from '../../lib/remix/link';
import { dropUnknown, estimateMinutes, moveSlide } from '../../lib/remix/saved-deck';
import { slideCount } from '../../lib/content/text';
import { loadMyDeck, saveMyDeck } from './my-deck';

interface CatalogueEntry {
  id: string;
  title: string;
  part: string;
  summary: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function startBuilder(): void {
  const root = document.querySelector<HTMLElement>('[data-builder]');
  const dataElement = document.getElementById('builder-data');
  if (root === null || dataElement === null) return;
  const { catalogue, decks } = JSON.parse(dataElement.textContent ?? '{}') as {
    catalogue: CatalogueEntry[];
    decks: Array<{ id: string; title: string; slides: string[] }>;
  };
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const notice = document.querySelector<HTMLElement>('[data-builder-notice]')!;
  const list = q<HTMLOListElement>('[data-chosen]');
  const live = q('[data-deck-live]');
  const titleInput = q<HTMLInputElement>('[data-deck-title]');

  const loaded = loadMyDeck();
  const cleaned = dropUnknown(loaded.deck, new Set(byId.keys()));
  let deck: RemixDeck = cleaned.deck;
  const problems = [
    loaded.problem,
    cleaned.dropped.length > 0
      ? `${slideCount(cleaned.dropped.length)} uit je opgeslagen presentatie bestaan niet meer en zijn weggelaten: ${cleaned.dropped.join(', ')}.`
      : undefined,
  ].filter((p): p is string => p !== undefined);
  if (problems.length > 0) {
    notice.textContent = problems.join(' ');
    notice.hidden = false;
  }
  if (cleaned.dropped.length > 0) saveMyDeck(deck);
  // Shown now; its room was kept while it waited (no layout shift).
  delete root.dataset['pending'];

  const announce = (message: string) => {
    live.textContent = message;
  };
  const save = (next: RemixDeck) => {
    deck = next;
    saveMyDeck(deck);
    render();
  };
  const titleOf = (id: string) => byId.get(id)?.title ?? id;

  function render(): void {
    titleInput.value = deck.title;
    q('[data-deck-summary]').textContent =
      `${slideCount(deck.slides.length)} · ongeveer ${estimateMinutes(deck.slides)} minuten`;
    q('[data-chosen-empty]').hidden = deck.slides.length > 0;
    const present = q<HTMLAnchorElement>('[data-present]');
    present.href = remixHref({ title: deck.title, slides: deck.slides });
    // aria-disabled needs a value ("true"); without slides the link has no href either.
    if (deck.slides.length === 0) {
      present.setAttribute('aria-disabled', 'true');
      present.removeAttribute('href');
    } else present.removeAttribute('aria-disabled');
    q<HTMLButtonElement>('[data-share]').disabled = deck.slides.length === 0;
    q('[data-share-panel]').hidden = true;
    list.replaceChildren(
      ...deck.slides.map((id, index) => {
        const title = titleOf(id);
        const button = (label: string, text: string, action: () => void, disabled = false) => {
          const b = el('button', { type: 'button', className: 'chosen__button', disabled }, text);
          b.setAttribute('aria-label', label);
          b.addEventListener('click', action);
          return b;
        };
        const item = el(
          'li',
          { className: 'chosen__item' },
          el('span', { className: 'chosen__handle', title: 'Sleep om te verplaatsen' }, '⠿'),
          el('span', { className: 'chosen__title' }, title),
          button(`Zet ${title} een plaats omhoog`, '↑', () => move(index, -1), index === 0),
          button(
            `Zet ${title} een plaats omlaag`,
            '↓',
            () => move(index, 1),
            index === deck.slides.length - 1,
          ),
          button(`Verwijder ${title}`, 'Verwijder', () => {
            save({ ...deck, slides: deck.slides.filter((_, i) => i !== index) });
            announce(`${title} is verwijderd. Nog ${slideCount(deck.slides.length)}.`);
          }),
        );
        item.dataset['index'] = String(index);
        return item;
      }),
    );
  }

  function move(index: number, by: -1 | 1): void {
    const title = titleOf(deck.slides[index]!);
    save({ ...deck, slides: moveSlide(deck.slides, index, by) });
    const position = index + by + 1;
    announce(`${title} staat nu op plaats ${position} van ${deck.slides.length}.`);
    // Keep the keyboard where it was: on the same control of the moved slide.
    const moved = list.children[position - 1];
    const control = moved?.querySelectorAll<HTMLButtonElement>('button')[by === -1 ? 0 : 1];
    (control !== undefined && !control.disabled
      ? control
      : moved?.querySelector<HTMLButtonElement>('button:not([disabled])')
    )?.focus();
  }

  Sortable.create(list, {
    handle: '.chosen__handle',
    animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 150,
    onEnd: (event) => {
      if (event.oldIndex === undefined || event.newIndex === undefined || event.oldIndex === event.newIndex)
        return;
      const slides = [...deck.slides];
      const [movedId] = slides.splice(event.oldIndex, 1);
      slides.splice(event.newIndex, 0, movedId!);
      save({ ...deck, slides });
      announce(`${titleOf(movedId!)} staat nu op plaats ${event.newIndex + 1} van ${slides.length}.`);
    },
  });

  titleInput.addEventListener('input', () => {
    deck = { ...deck, title: titleInput.value };
    saveMyDeck(deck);
    q<HTMLAnchorElement>('[data-present]').href = remixHref(deck);
  });

  q('[data-start-from-deck]').addEventListener('click', () => {
    const chosen = decks.find((d) => d.id === q<HTMLSelectElement>('[data-start-deck]').value);
    if (chosen === undefined) return;
    save({ title: chosen.title, slides: [...chosen.slides] });
    announce(`${chosen.title} overgenomen: ${slideCount(chosen.slides.length)}.`);
  });
  q('[data-start-empty]').addEventListener('click', () => {
    save({ title: '', slides: [] });
    announce('Je presentatie is leeg.');
  });

  q('[data-share]').addEventListener('click', () => {
    const link = new URL(remixHref(deck), window.location.href).toString();
    q<HTMLInputElement>('[data-share-link]').value = link;
    q('[data-share-panel]').hidden = false;
    q<HTMLInputElement>('[data-share-link]').select();
  });
  q('[data-copy]').addEventListener('click', async () => {
    const input = q<HTMLInputElement>('[data-share-link]');
    const status = q('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = 'De link is gekopieerd.';
    } catch {
      input.select();
      status.textContent =
        'Kopiëren lukte niet automatisch: de link is geselecteerd, kopieer hem met Ctrl+C (of Cmd+C).';
    }
  });

  const pickList = q<HTMLUListElement>('[data-pick-list]');
  const search = q<HTMLInputElement>('[data-add-search]');
  const renderPicks = () => {
    const words = search.value
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    const matches = catalogue.filter((entry) =>
      words.every((w) => `${entry.title} ${entry.summary} ${entry.part}`.toLowerCase().includes(w)),
    );
    pickList.replaceChildren(
      ...matches.slice(0, 30).map((entry) => {
        const add = el('button', { type: 'button', className: 'button button--quiet' }, 'Voeg toe');
        add.setAttribute('aria-label', `Voeg toe: ${entry.title}`);
        add.addEventListener('click', () => {
          save({ ...deck, slides: [...deck.slides, entry.id] });
          announce(`${entry.title} is toegevoegd op plaats ${deck.slides.length}.`);
        });
        return el('li', {}, el('span', {}, el('strong', {}, entry.title), ` (${entry.part})`), add);
      }),
    );
    if (matches.length > 30)
      pickList.append(
        el('li', { className: 'meta' }, `En nog ${matches.length - 30}: verfijn je zoekwoorden.`),
      );
  };
  search.addEventListener('input', renderPicks);

  window.addEventListener('storage', () => {
    deck = loadMyDeck().deck;
    render();
  });
  render();
  renderPicks();
}
