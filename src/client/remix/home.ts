// Used in the browser: the builder's first screen (/maak/): how to start ("Verder met mijn
// presentatie", "Leeg", a ready-made deck) and "Mijn presentaties", the decks kept in this browser,
// with open, duplicate, rename, download (.json), delete (with undo) and opening a deck file.
// Starting anything new puts the deck being worked on onto the shelf first: nothing is lost.
// Renders with DOM APIs and textContent only: titles come from storage and files.
import type { RemixDeck } from '../../lib/remix/link';
import {
  asideName,
  copyTitle,
  deckName,
  dutchMoment,
  hasWork,
  maxShelved,
  newDeckId,
  type ShelvedDeck,
} from '../../lib/remix/my-decks';
import { maxDeckFileBytes, parseDeckFile, serialiseDeckFile } from '../../lib/remix/deck-file';
import { cleanTitle } from '../../lib/remix/link';
import { ownLimits } from '../../lib/remix/own-slides';
import { serialiseDeck } from '../../lib/remix/saved-deck';
import { exportFileName } from '../../lib/export/model';
import { slideCount } from '../../lib/content/text';
import { confirmWith } from './confirm';
import {
  downloadLink,
  dropAside,
  keptAside,
  loadShelf,
  saveShelf,
  unreadableLink,
  type Unreadable,
} from './my-deck';

export interface HomeHost {
  /** The deck being worked on. */
  current(): RemixDeck;
  /** Makes `next` the deck being worked on (saved, a fresh undo history) and shows it. */
  open(next: RemixDeck, message: string): void;
  /** Gives the deck being worked on a new title (an undoable change in the builder). */
  rename(title: string): void;
}

export interface Home {
  show(focus?: boolean): void;
  /** Starts working on `next`, the current deck kept on the shelf first; false when that failed. */
  startWith(next: RemixDeck, message: string): boolean;
  /** What could not be read from the shelf, kept aside; for the page to report. */
  unreadable: Unreadable[];
}

/** Session storage: this tab is working on a deck, so a reload shows the work, not the first screen. */
export const workingKey = 'verhaalkit:bouwdoos-open';

const sameDeck = (a: RemixDeck, b: RemixDeck) => serialiseDeck(a) === serialiseDeck(b);

function button(text: string, label: string, action: () => void, primary = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = primary ? 'button' : 'button button--quiet';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', action);
  return b;
}

function saveFile(text: string, fileName: string): void {
  const link = downloadLink(text, fileName, fileName);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export function startHome(
  host: HomeHost,
  readyMade: ReadonlyArray<{ id: string; title: string; slides: string[] }>,
): Home {
  const root = document.querySelector<HTMLElement>('[data-home]')!;
  const builder = document.querySelector<HTMLElement>('[data-builder]')!;
  const list = root.querySelector<HTMLUListElement>('[data-my-decks]')!;
  const status = root.querySelector<HTMLElement>('[data-home-status]')!;
  const continueButton = root.querySelector<HTMLButtonElement>('[data-continue]')!;
  const continueWhat = root.querySelector<HTMLElement>('[data-continue-what]')!;
  const loaded = loadShelf();
  let shelf: ShelvedDeck[] = loaded.decks;
  /** Where a deck is being renamed: 'current' or a shelved deck's id. */
  let renaming: string | undefined;

  const say = (...parts: Array<string | Node>) => status.replaceChildren(...parts);

  function keep(next: ShelvedDeck[]): boolean {
    const problem = saveShelf(next);
    if (problem !== undefined) {
      say(problem);
      return false;
    }
    shelf = next;
    return true;
  }

  /** The current deck as a shelf entry (when it holds work), put in front of `rest`. */
  function withCurrentShelved(rest: ShelvedDeck[], next?: RemixDeck): ShelvedDeck[] | undefined {
    const current = host.current();
    if (!hasWork(current) || (next !== undefined && sameDeck(current, next))) return rest;
    if (rest.length >= maxShelved) {
      say(
        `Je hebt al ${maxShelved} presentaties bewaard. Verwijder er eerst een, of download hem als bestand en verwijder hem dan.`,
      );
      return undefined;
    }
    return [{ id: newDeckId(), saved: new Date().toISOString(), deck: current }, ...rest];
  }

  function startWith(next: RemixDeck, message: string): boolean {
    const shelved = withCurrentShelved(shelf, next);
    const kept = shelved !== undefined && shelved !== shelf;
    if (shelved === undefined || (kept && !keep(shelved))) return false;
    host.open(next, kept ? `${message} Je vorige presentatie staat bij Mijn presentaties.` : message);
    say();
    return true;
  }

  function show(focus = true): void {
    render();
    builder.hidden = true;
    root.hidden = false;
    delete root.dataset['pending'];
    try {
      window.sessionStorage.removeItem(workingKey);
    } catch {
      // Without session storage the first screen comes back on every reload anyway.
    }
    if (focus) root.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The undo of the last delete: the deck being worked on and the shelf as they were. */
  let undoDelete: { current: RemixDeck; shelf: ShelvedDeck[] } | undefined;
  function offerUndo(name: string, before: { current: RemixDeck; shelf: ShelvedDeck[] }): void {
    undoDelete = before;
    const undo = button('Ongedaan maken', `Haal ${name} terug`, () => {
      if (undoDelete === undefined) return;
      const { current, shelf: was } = undoDelete;
      undoDelete = undefined;
      if (!keep(was)) return;
      // Back as it was, and still on this screen.
      if (!sameDeck(current, host.current())) {
        host.open(current, `${name} is teruggehaald.`);
        show(false);
      } else render();
      say(`${name} is teruggehaald.`);
      list.querySelector<HTMLButtonElement>('button')?.focus();
    });
    say(`${name} is verwijderd. `, undo);
    undo.focus();
  }

  function remove(id: string): void {
    const before = { current: host.current(), shelf };
    if (id === 'current') {
      const name = deckName(before.current);
      const [next, ...rest] = shelf;
      if (!keep(rest)) return;
      host.open(next?.deck ?? { title: '', slides: [] }, `${name} is verwijderd.`);
      show();
      offerUndo(name, before);
      return;
    }
    const entry = shelf.find((d) => d.id === id);
    if (entry === undefined || !keep(shelf.filter((d) => d.id !== id))) return;
    render();
    offerUndo(deckName(entry.deck), before);
  }

  function duplicate(id: string): void {
    const source = id === 'current' ? host.current() : shelf.find((d) => d.id === id)?.deck;
    if (source === undefined) return;
    if (shelf.length >= maxShelved) {
      say(`Je hebt al ${maxShelved} presentaties bewaard. Verwijder er eerst een.`);
      return;
    }
    const names = [deckName(host.current()), ...shelf.map((d) => deckName(d.deck))];
    const title = cleanTitle(copyTitle(source.title, names)).slice(0, ownLimits.title);
    const copy: ShelvedDeck = {
      id: newDeckId(),
      saved: new Date().toISOString(),
      deck: { ...source, title },
    };
    const at = id === 'current' ? 0 : shelf.findIndex((d) => d.id === id) + 1;
    if (!keep([...shelf.slice(0, at), copy, ...shelf.slice(at)])) return;
    render();
    say(`Kopie gemaakt: ${title}.`);
  }

  function rename(id: string, title: string): void {
    const clean = cleanTitle(title).slice(0, ownLimits.title);
    renaming = undefined;
    if (id === 'current') host.rename(clean);
    else if (!keep(shelf.map((d) => (d.id === id ? { ...d, deck: { ...d.deck, title: clean } } : d)))) return;
    render();
    say(`De naam is nu ${clean === '' ? 'leeg (Naamloze presentatie)' : clean}.`);
    list.querySelector<HTMLButtonElement>(`[data-deck="${id}"] button`)?.focus();
  }

  function open(id: string): void {
    const entry = shelf.find((d) => d.id === id);
    if (entry === undefined) return;
    const rest = withCurrentShelved(shelf.filter((d) => d.id !== id));
    if (rest === undefined || !keep(rest)) return;
    host.open(entry.deck, `${deckName(entry.deck)} geopend.`);
    say();
  }

  function renameForm(id: string, deck: RemixDeck): HTMLFormElement {
    const form = document.createElement('form');
    form.className = 'home__rename';
    const inputId = `rename-${id}`;
    const label = Object.assign(document.createElement('label'), {
      htmlFor: inputId,
      textContent: 'Nieuwe naam',
    });
    const input = Object.assign(document.createElement('input'), {
      id: inputId,
      type: 'text',
      value: deck.title,
      maxLength: ownLimits.title,
    });
    const save = Object.assign(document.createElement('button'), {
      type: 'submit',
      className: 'button',
      textContent: 'Bewaar naam',
    });
    const cancel = button('Annuleer', 'Annuleer het hernoemen', () => {
      renaming = undefined;
      render();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      rename(id, input.value);
    });
    form.append(label, input, save, cancel);
    queueMicrotask(() => input.select());
    return form;
  }

  function entry(id: string, deck: RemixDeck, meta: string): HTMLLIElement {
    const name = deckName(deck);
    const li = document.createElement('li');
    li.className = id === 'current' ? 'home__item home__item--current' : 'home__item';
    li.dataset['deck'] = id;
    const heading = document.createElement('h4');
    heading.textContent = name;
    const info = Object.assign(document.createElement('p'), { className: 'meta', textContent: meta });
    const actions = document.createElement('p');
    actions.className = 'actions';
    actions.append(
      id === 'current'
        ? button('Verder', `Verder met ${name}`, () => host.open(host.current(), `Verder met ${name}.`), true)
        : button('Open', `Open ${name}`, () => open(id), true),
      button('Dupliceer', `Dupliceer ${name}`, () => duplicate(id)),
      button('Hernoem', `Hernoem ${name}`, () => {
        renaming = id;
        render();
      }),
      button('Download als bestand', `Download als bestand: ${name}`, () => {
        const fileName = exportFileName(deck.title || 'presentatie', 'json');
        saveFile(serialiseDeckFile(deck), fileName);
        say(`${fileName} staat in je downloads. Open hem hier weer met “Open een bestand”.`);
      }),
      button('Verwijder', `Verwijder ${name}`, () => remove(id)),
    );
    li.append(heading, info, ...(renaming === id ? [renameForm(id, deck)] : []), actions);
    return li;
  }

  function asideEntry(key: string, raw: string): HTMLLIElement {
    const name = asideName(key);
    const li = document.createElement('li');
    li.className = 'home__item home__item--aside';
    const heading = document.createElement('h4');
    heading.textContent = name;
    const info = Object.assign(document.createElement('p'), {
      className: 'meta',
      textContent:
        'Deze browser kon hem niet lezen (beschadigd, of van een nieuwere versie van de verhaalkit). Hij is bewaard zoals hij was.',
    });
    const actions = document.createElement('p');
    actions.className = 'actions';
    const link = unreadableLink({ raw, key });
    link.className = 'button button--quiet';
    link.textContent = 'Download';
    link.setAttribute('aria-label', `Download ${name}`);
    actions.append(
      link,
      button('Verwijder', `Verwijder ${name}`, () => {
        void confirmWith({
          title: 'Onleesbare presentatie verwijderen?',
          text: 'Dit kan niet ongedaan worden gemaakt. Download hem eerst als je hem wilt bewaren.',
          yes: 'Verwijder',
        }).then((yes) => {
          if (!yes) return;
          dropAside(key);
          render();
          say(`${name} is verwijderd.`);
        });
      }),
    );
    li.append(heading, info, actions);
    return li;
  }

  function render(): void {
    const current = host.current();
    const work = hasWork(current);
    continueButton.disabled = !work;
    continueWhat.textContent = work
      ? `${deckName(current)}: ${slideCount(current.slides.length)}.`
      : 'Er is in deze browser nog geen presentatie bewaard.';
    const items = [
      ...(work ? [entry('current', current, `${slideCount(current.slides.length)} · nu geopend`)] : []),
      ...shelf.map((d) => {
        const when = dutchMoment(d.saved);
        return entry(
          d.id,
          d.deck,
          `${slideCount(d.deck.slides.length)}${when === '' ? '' : ` · bewaard op ${when}`}`,
        );
      }),
      ...keptAside().map(({ key, raw }) => asideEntry(key, raw)),
    ];
    if (items.length === 0) {
      const none = document.createElement('li');
      none.className = 'meta';
      none.textContent = 'Nog geen presentaties bewaard.';
      items.push(none);
    }
    list.replaceChildren(...items);
  }

  continueButton.addEventListener('click', () =>
    host.open(host.current(), `Verder met ${deckName(host.current())}.`),
  );
  root.querySelector('[data-start-empty]')?.addEventListener('click', () => {
    startWith({ title: '', slides: [] }, 'Een lege presentatie. Zoek en voeg slides toe uit de bibliotheek.');
  });
  for (const start of root.querySelectorAll<HTMLButtonElement>('[data-start-deck]')) {
    start.addEventListener('click', () => {
      const chosen = readyMade.find((d) => d.id === start.dataset['startDeck']);
      if (chosen === undefined) return;
      startWith(
        { title: chosen.title, slides: [...chosen.slides] },
        `${chosen.title} overgenomen: ${slideCount(chosen.slides.length)}.`,
      );
    });
  }
  const fileInput = root.querySelector<HTMLInputElement>('[data-import]')!;
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file === undefined) return;
    if (file.size > maxDeckFileBytes) {
      say(`${file.name}: dit bestand is te groot voor een presentatie van de verhaalkit.`);
      return;
    }
    const result = parseDeckFile(await file.text());
    if (!result.ok) {
      say(`${file.name}: ${result.message}`);
      return;
    }
    startWith(
      result.deck,
      [
        `${deckName(result.deck)} geopend uit ${file.name}: ${slideCount(result.deck.slides.length)}.`,
        ...result.problems,
      ].join(' '),
    );
  });

  render();
  return { show, startWith, unreadable: loaded.unreadable };
}
