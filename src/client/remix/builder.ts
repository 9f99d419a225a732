// Used in the browser: the deck builder (/maak/). Every change goes through `change()`, which
// records the state before it (undo: button and Ctrl+Z), saves to the browser and redraws.
// Nothing is thrown away without a confirmation. Renders with DOM APIs and textContent only:
// titles, ids and own text may come from a shared link or storage and are never parsed as HTML.
import Sortable from 'sortablejs';
import { decodeRemixLink, encodeRemixCompact, remixPath, type RemixDeck } from '../../lib/remix/link';
import {
  checkDeck,
  unknownNotice,
  updatedOn,
  withSlideVersions,
  type CheckedDeck,
} from '../../lib/remix/slide-index';
import { dropUnknown, estimateMinutes, moveTo } from '../../lib/remix/saved-deck';
import {
  charactersLeft,
  closingFieldNames,
  coverFieldNames,
  emptyClosing,
  emptyCover,
  emptyOwnSlide,
  figureSlideProblems,
  hasContent,
  isOwnKey,
  maxBullets,
  nextOwnKey,
  ownLayoutOf,
  ownLimits,
  ownSlideHasText,
  textSlideProblems,
  type ClosingFields,
  type CoverFields,
  type OwnLayout,
  type OwnSlide,
} from '../../lib/remix/own-slides';
import { chartTableProblems } from '../../lib/remix/own-figures';
import { closeGroup, emptyHistory, record, undo, type History } from '../../lib/remix/history';
import { deckName } from '../../lib/remix/my-decks';
import { deckSequence } from '../../lib/deck/sequence';
import type { SlideLayout, SlidePart } from '../../schemas/slide';
import { slideCount } from '../../lib/content/text';
import { downloadLink, loadMyDeck, saveMyDeck, unreadableLink, type Unreadable } from './my-deck';
import { isTooLongForLink, tooLongMessage } from '../../lib/remix/link-limit';
import { serialiseDeckFile } from '../../lib/remix/deck-file';
import { exportFileName } from '../../lib/export/model';
import { startHome, workingKey } from './home';
import { loadSlideIndex, updatedNotice } from './player';
import { findSlideIds, warmUpSearch } from '../search/slide-search';
import { confirmWith } from './confirm';
import { savedDeckKey } from '../../lib/remix/saved-deck';
import {
  closingMiniature,
  coverMiniature,
  drawMiniatureCharts,
  loadLibraryMiniatures,
  textMiniature,
} from './miniatures';

interface CatalogueEntry {
  id: string;
  title: string;
  part: string;
  /** The slide's story part and layout, as the player's sequence needs them. */
  p: SlidePart;
  l: SlideLayout;
}

/** What the preview shows: a slide of the deck (by position), a library slide, the cover or the closing. */
type Selection =
  { kind: 'item'; index: number } | { kind: 'pick'; id: string } | { kind: 'cover' } | { kind: 'closing' };

const minutes = (n: number) => `${n} ${n === 1 ? 'minuut' : 'minuten'}`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Ctrl+Z (Cmd+Z) outside text fields; inside a field the browser undoes the typing itself. */
function isUndoKey(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z')
    return false;
  const target = event.target as HTMLElement | null;
  return !(
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target?.isContentEditable
  );
}

export function startBuilder(): void {
  const found = document.querySelector<HTMLElement>('[data-builder]');
  const dataElement = document.getElementById('builder-data');
  if (found === null || dataElement === null) return;
  const root: HTMLElement = found;
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
  const undoButton = q<HTMLButtonElement>('[data-undo]');
  const editor = q('[data-own-editor]');

  /** A problem with stored data, with a link to download what could not be read. */
  function withDownload(problem: string, unreadable: Unreadable | undefined): HTMLElement {
    const line = el('p', {}, problem);
    if (unreadable !== undefined) line.append(' ', unreadableLink(unreadable));
    return line;
  }
  const showNotice = (lines: Array<string | HTMLElement>) => {
    notice.replaceChildren(...lines.map((line) => (typeof line === 'string' ? el('p', {}, line) : line)));
    notice.hidden = lines.length === 0;
  };

  const loaded = loadMyDeck();
  const cleaned = dropUnknown(loaded.deck, new Set(byId.keys()));
  let deck: RemixDeck = cleaned.deck;
  let history: History<RemixDeck> = emptyHistory();
  let editing: string | undefined;
  let selection: Selection | undefined;
  let libraryMiniatures = new Map<string, HTMLElement>();
  /** Thumbnails of library slides in the list, kept across redraws so their charts stay drawn. */
  const thumbnails = new Map<string, HTMLElement>();
  const startup: Array<string | HTMLElement> = [
    ...(loaded.problem === undefined ? [] : [withDownload(loaded.problem, loaded.unreadable)]),
    cleaned.dropped.length > 0
      ? `${slideCount(cleaned.dropped.length)} uit je opgeslagen presentatie ${cleaned.dropped.length === 1 ? 'bestaat' : 'bestaan'} niet meer en ${cleaned.dropped.length === 1 ? 'is' : 'zijn'} weggelaten: ${cleaned.dropped.slice(0, 10).join(', ')}${cleaned.dropped.length > 10 ? ` en nog ${cleaned.dropped.length - 10} andere` : ''}.`
      : undefined,
  ].filter((p): p is string | HTMLElement => p !== undefined);
  if (cleaned.dropped.length > 0) {
    const problem = saveMyDeck(deck);
    if (problem !== undefined) startup.push(problem);
  }
  const home = startHome(
    {
      current: () => deck,
      open: (next, message) => openDeck(next, message),
      rename: (title) => change({ ...deck, title }, 'titel gewijzigd'),
    },
    decks,
  );
  for (const item of home.unreadable)
    startup.push(
      withDownload(
        item.key === undefined
          ? 'Een van je bewaarde presentaties kon niet worden gelezen, en apart zetten lukte niet.'
          : 'Een van je bewaarde presentaties kon niet worden gelezen. Er is niets weggegooid: hij staat apart bij Mijn presentaties.',
        item,
      ),
    );
  showNotice(startup);
  // Shown now; its room was kept while it waited (no layout shift).
  delete root.dataset['pending'];

  const announce = (message: string) => {
    live.textContent = message;
  };
  const titleOf = (item: string) =>
    isOwnKey(item)
      ? `Eigen slide: ${deck.own?.find((slide) => slide.key === item)?.title || 'zonder titel'}`
      : (byId.get(item)?.title ?? item);
  const cover = (): CoverFields => deck.cover ?? emptyCover();
  const closing = (): ClosingFields => deck.closing ?? emptyClosing();

  /** Applies a change: remembers the state before it, saves, redraws. */
  const change = (next: RemixDeck, label: string, group?: string) => {
    history = record(history, deck, label, group);
    deck = next;
    const problem = saveMyDeck(deck);
    // The deck stays on screen either way; only saving failed, and the message says so.
    showNotice(problem === undefined ? [] : [problem]);
    render(group !== undefined);
  };

  function updateCounts(): void {
    for (const counter of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const input = document.getElementById(counter.dataset['countFor'] ?? '') as HTMLInputElement | null;
      if (input !== null) counter.textContent = charactersLeft(input.value, input.maxLength);
    }
  }

  let linkRun = 0;
  /** The share link, compact; slide versions come from the slide index when it can be had. */
  async function shareHref(): Promise<string> {
    return `${remixPath}${await encodeRemixCompact(withSlideVersions(deck, await loadSlideIndex()))}`;
  }
  const presentable = () => deck.slides.length > 0 || deck.closing !== undefined;
  async function updatePresentLink(): Promise<void> {
    const run = ++linkRun;
    const present = q<HTMLAnchorElement>('[data-present]');
    present.toggleAttribute('aria-disabled', !presentable());
    if (!presentable()) {
      present.removeAttribute('href');
      return;
    }
    const href = await shareHref();
    if (run !== linkRun || !presentable()) return;
    // Too long for a link: said before anyone shares it, with the deck as a file instead.
    const tooLong = isTooLongForLink(href);
    const note = q('[data-too-long]');
    note.hidden = !tooLong;
    q<HTMLButtonElement>('[data-share]').disabled = tooLong;
    present.toggleAttribute('aria-disabled', tooLong);
    if (tooLong) {
      present.removeAttribute('href');
      q('[data-too-long-text]').textContent = tooLongMessage(href);
    } else present.href = href;
  }
  q('[data-too-long-download]').addEventListener('click', () => {
    const fileName = exportFileName(deck.title || 'presentatie', 'json');
    const link = downloadLink(serialiseDeckFile(deck), fileName, fileName);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    announce(`${fileName} staat in je downloads.`);
  });

  /** Each chosen slide's number in the player (cover 1, dividers counted) and the player's total. */
  let numbers = { of: [] as number[], total: 2 };
  function playerNumbers(): { of: number[]; total: number } {
    const steps = deckSequence(
      deck.slides.map((item, index) => {
        const entry = byId.get(item);
        return { id: String(index), part: entry?.p ?? 'achtergrond', layout: entry?.l ?? 'default' };
      }),
      { alwaysFramed: true },
    );
    const of: number[] = [];
    steps.forEach((step, position) => {
      if (step.kind === 'slide') of[Number(step.id)] = position + 1;
    });
    return { of, total: steps.length };
  }

  function ownSlideItem(item: string): OwnSlide | undefined {
    return deck.own?.find((slide) => slide.key === item);
  }

  function render(typing = false): void {
    if (!typing) {
      titleInput.value = deck.title;
      for (const name of coverFieldNames)
        q<HTMLInputElement>(`[data-cover-field="${name}"]`).value = cover()[name];
      for (const name of closingFieldNames)
        q<HTMLInputElement>(`[data-closing-field="${name}"]`).value = closing()[name];
    }
    updateCounts();
    // The player adds a cover, part dividers and a closing slide: counted, as the player numbers them.
    numbers = playerNumbers();
    const total = numbers.total;
    q('[data-deck-summary]').textContent =
      `${deckName(deck)}: ${slideCount(total)} (met omslag en afsluiting) · ongeveer ${minutes(estimateMinutes(deck.slides, 2))}`;
    q('[data-strip-closing-number]').textContent = String(total);
    q('[data-chosen-empty]').hidden = deck.slides.length > 0;
    q<HTMLButtonElement>('[data-share]').disabled = !presentable();
    q<HTMLButtonElement>('[data-add-own]').disabled = nextOwnKey(deck.own ?? []) === undefined;
    q('[data-share-panel]').hidden = true;
    const last = history.steps.at(-1);
    undoButton.disabled = last === undefined;
    q('[data-undo-what]').textContent = last === undefined ? '' : `Laatste wijziging: ${last.label}.`;
    void updatePresentLink();
    renderStripEnds();
    renderPreview();
    if (typing) return;
    const seen = new Map<string, number>();
    list.replaceChildren(
      ...deck.slides.map((item, index) => {
        const occurrence = (seen.get(item) ?? 0) + 1;
        seen.set(item, occurrence);
        return listItem(item, index, occurrence);
      }),
    );
    drawMiniatureCharts(list);
    renderEditor();
    renderPreview();
  }

  /** A library slide's miniature (an empty frame until the library's miniatures have come). */
  function libraryMiniature(id: string): HTMLElement {
    const found = libraryMiniatures.get(id);
    if (found !== undefined) return found.cloneNode(true) as HTMLElement;
    const empty = el('div', { className: 'miniature miniature--waiting' });
    empty.setAttribute('aria-hidden', 'true');
    return empty;
  }

  function thumbnailOf(item: string, occurrence: number): HTMLElement {
    const own = ownSlideItem(item);
    if (own !== undefined) return textMiniature(own);
    const key = `${item}#${occurrence}`;
    let thumbnail = thumbnails.get(key);
    if (
      thumbnail === undefined ||
      (thumbnail.classList.contains('miniature--waiting') && libraryMiniatures.has(item))
    ) {
      thumbnail = libraryMiniature(item);
      thumbnails.set(key, thumbnail);
    }
    return thumbnail;
  }

  // The cover and the closing slide at the ends of the strip, numbered as the player numbers them.
  const stripCover = q<HTMLButtonElement>('[data-strip-cover]');
  const stripClosing = q<HTMLButtonElement>('[data-strip-closing]');
  let stripKey = '';
  function renderStripEnds(): void {
    const key = JSON.stringify([deck.title, deck.cover, deck.closing]);
    if (key === stripKey) return;
    stripKey = key;
    q('[data-strip-cover-thumb]').replaceChildren(coverMiniature(deck.title || 'Mijn presentatie', cover()));
    q('[data-strip-closing-thumb]').replaceChildren(closingMiniature(closing()));
  }
  stripCover.addEventListener('click', () => {
    select({ kind: 'cover' });
    q<HTMLDetailsElement>('[data-cover-details]').open = true;
    titleInput.focus();
  });
  stripClosing.addEventListener('click', () => {
    select({ kind: 'closing' });
    const details = q<HTMLDetailsElement>('[data-closing-details]');
    details.open = true;
    details.querySelector<HTMLInputElement>('input')?.focus();
  });

  // The live preview: the selected slide, large, redrawn as the visitor types.
  const preview = document.querySelector<HTMLElement>('[data-preview]')!;
  const previewCaption = document.querySelector<HTMLElement>('[data-preview-caption]')!;
  let previewKey = '';
  // Library slides updated since the link this deck came from (this visit only): id → day or ''.
  const updatedSinceLink = new Map<string, string>();
  function select(next: Selection): void {
    selection = next;
    renderPreview();
  }
  function renderPreview(): void {
    let current = selection;
    if (current?.kind === 'item' && current.index >= deck.slides.length) current = undefined;
    current ??=
      deck.slides.length > 0
        ? { kind: 'item', index: 0 }
        : deck.title !== ''
          ? { kind: 'cover' }
          : deck.closing !== undefined
            ? { kind: 'closing' }
            : undefined;
    let caption: string;
    let make: () => HTMLElement | undefined;
    let key: string;
    if (current === undefined) {
      caption = 'Kies of zoek een slide: hier zie je hem zoals hij geprojecteerd wordt.';
      make = () => undefined;
      key = 'none';
    } else if (current.kind === 'cover') {
      const title = deck.title || 'Mijn presentatie';
      caption =
        deck.title === ''
          ? `Slide 1 van ${numbers.total}: de omslag. Geef je presentatie een titel; zonder titel heet hij “Mijn presentatie”.`
          : `Slide 1 van ${numbers.total}: de omslag.`;
      make = () => coverMiniature(title, cover());
      key = `cover:${JSON.stringify([title, cover()])}`;
    } else if (current.kind === 'closing') {
      caption =
        deck.closing === undefined
          ? `Slide ${numbers.total} van ${numbers.total}: de afsluiting. Vul contactgegevens of een website in, dan staan die erop.`
          : `Slide ${numbers.total} van ${numbers.total}: de afsluiting.`;
      make = () => closingMiniature(closing());
      key = `closing:${JSON.stringify(closing())}`;
    } else if (current.kind === 'pick') {
      const id = current.id;
      caption = `Voorbeeld uit de bibliotheek: ${byId.get(id)?.title ?? id}.`;
      make = () => libraryMiniature(id);
      key = `pick:${id}:${libraryMiniatures.has(id)}`;
    } else {
      const item = deck.slides[current.index]!;
      const own = ownSlideItem(item);
      caption = `Slide ${numbers.of[current.index] ?? current.index + 2} van ${numbers.total}: ${titleOf(item)}.`;
      const updated = updatedSinceLink.get(item);
      if (updated !== undefined)
        caption += ` ${updatedOn(updated) || 'Deze slide is bijgewerkt'}, na het maken van de link.`;
      make = () => (own !== undefined ? textMiniature(own) : libraryMiniature(item));
      key = `item:${item}:${editing === item}:${JSON.stringify(own ?? libraryMiniatures.has(item))}`;
    }
    previewCaption.textContent = caption;
    stripCover.toggleAttribute('data-selected', current?.kind === 'cover');
    stripClosing.toggleAttribute('data-selected', current?.kind === 'closing');
    for (const li of list.children)
      li.toggleAttribute(
        'data-selected',
        current?.kind === 'item' &&
          li instanceof HTMLElement &&
          li.dataset['index'] === String(current.index),
      );
    // Typing in the preview itself keeps it (and the caret) as it is.
    if (key === previewKey || previewTyping) {
      previewKey = key;
      return;
    }
    previewKey = key;
    const shown = make();
    preview.replaceChildren(...(shown === undefined ? [] : [shown]));
    preview.hidden = shown === undefined;
    if (shown !== undefined && current?.kind === 'item' && editing === deck.slides[current.index])
      editableInPreview(shown);
    drawMiniatureCharts(preview);
  }

  /**
   * The own slide being edited can be typed into where it is shown: its title, bullets, number
   * and label are editable text in the preview, each tied to its field in the editor below
   * (which stays the full form, with counts and messages). Plain text only.
   */
  let previewTyping = false;
  function editableInPreview(miniature: HTMLElement): void {
    const fields: Array<[string, HTMLInputElement | HTMLTextAreaElement, string]> = [
      ['.slide-title', ownTitle, 'Titel'],
      ['.fact__value', figureInput('value'), 'Getal'],
      ['.fact__label-text', figureInput('label'), 'Wat het telt'],
      ...bulletInputs.map((input, i): [string, HTMLInputElement, string] => [
        `.slide-content li:nth-child(${i + 1}) > .own-bullet`,
        input,
        `Punt ${i + 1}`,
      ]),
    ];
    // What the slide holds (the editor's fields may not be filled yet when the preview is drawn).
    const slide = editing === undefined ? undefined : ownSlideItem(editing);
    const shownText = new Map<string, string>([
      ['.slide-title', slide?.title ?? ''],
      ['.fact__value', slide?.kind === 'figure' ? slide.value : ''],
      ['.fact__label-text', slide?.kind === 'figure' ? slide.label : ''],
    ]);
    let any = false;
    for (const [selector, field, label] of fields) {
      const target = miniature.querySelector<HTMLElement>(selector);
      if (target === null) continue;
      any = true;
      target.contentEditable = 'plaintext-only';
      target.setAttribute('role', 'textbox');
      target.setAttribute('aria-label', `${label} (typ in het voorbeeld)`);
      target.dataset['previewField'] = '';
      target.dataset['placeholder'] = label;
      // What the slide shows for an empty field ("Eigen slide", "…") is a hint, not text.
      if (shownText.get(selector) === '') target.textContent = '';
      target.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') event.preventDefault();
      });
      target.addEventListener('input', () => {
        field.value = (target.textContent ?? '')
          .replace(/\s+/g, ' ')
          .slice(0, field.maxLength > 0 ? field.maxLength : undefined);
        previewTyping = true;
        try {
          field.dispatchEvent(new Event('input'));
        } finally {
          previewTyping = false;
        }
      });
    }
    if (!any) return;
    // Editable here: no longer a decorative picture.
    miniature.inert = false;
    miniature.removeAttribute('aria-hidden');
    miniature.classList.add('miniature--editable');
  }

  function listItem(item: string, index: number, occurrence: number): HTMLLIElement {
    const title = titleOf(item);
    const button = (label: string, text: string, action: () => void, disabled = false) => {
      const b = el('button', { type: 'button', className: 'chosen__button', disabled }, text);
      b.setAttribute('aria-label', label);
      b.addEventListener('click', action);
      return b;
    };
    const own = isOwnKey(item);
    const controls = el(
      'span',
      { className: 'chosen__controls' },
      ...(own ? [button(`Bewerk ${title}`, 'Bewerk', () => openEditor(item))] : []),
      button(`Zet ${title} een plaats omhoog`, '↑', () => move(index, -1), index === 0),
      button(`Zet ${title} een plaats omlaag`, '↓', () => move(index, 1), index === deck.slides.length - 1),
      button(`Verwijder ${title}`, 'Verwijder', () => void remove(index)),
    );
    const item_ = el(
      'li',
      { className: own ? 'chosen__item chosen__item--own' : 'chosen__item' },
      el('span', { className: 'chosen__handle', title: 'Sleep om te verplaatsen' }, '⠿'),
      el('span', { className: 'chosen__thumb' }, thumbnailOf(item, occurrence)),
      el('span', { className: 'chosen__title' }, title),
      controls,
    );
    item_.dataset['index'] = String(index);
    item_.value = numbers.of[index] ?? index + 2;
    item_.dataset['item'] = item;
    // Selecting a slide (clicking it, or reaching one of its buttons) shows it in the preview.
    item_.addEventListener('click', () => select({ kind: 'item', index }));
    item_.addEventListener('focusin', () => select({ kind: 'item', index }));
    return item_;
  }

  function move(index: number, by: -1 | 1): void {
    const title = titleOf(deck.slides[index]!);
    change({ ...deck, slides: moveTo(deck.slides, index, index + by) }, `${title} verplaatst`);
    const position = index + by + 1;
    announce(`${title} staat nu op plaats ${position} van ${deck.slides.length}.`);
    // Keep the keyboard where it was: on the same control of the moved slide.
    const moved = list.children[position - 1];
    const arrows = moved?.querySelectorAll<HTMLButtonElement>('button[aria-label^="Zet "]');
    const control = arrows?.[by === -1 ? 0 : 1];
    (control !== undefined && !control.disabled
      ? control
      : moved?.querySelector<HTMLButtonElement>('button:not([disabled])')
    )?.focus();
  }

  async function remove(index: number): Promise<void> {
    const item = deck.slides[index]!;
    const title = titleOf(item);
    const own = ownSlideItem(item);
    if (own !== undefined && ownSlideHasText(own)) {
      const yes = await confirmWith({
        title: 'Eigen slide verwijderen?',
        text: `Je verwijdert ${title}, met de tekst die je erin hebt gezet. Met Ongedaan maken kun je hem terughalen.`,
        yes: 'Verwijder slide',
      });
      if (!yes) return;
    }
    const slides = deck.slides.filter((_, i) => i !== index);
    const next: RemixDeck = { ...deck, slides };
    if (own !== undefined) next.own = (deck.own ?? []).filter((slide) => slide.key !== item);
    if (editing === item) editing = undefined;
    change(next, `${title} verwijderd`);
    announce(`${title} is verwijderd. Nog ${slideCount(slides.length)}. Ongedaan maken kan met Ctrl+Z.`);
    const next_ = list.children[Math.min(index, list.children.length - 1)];
    (
      next_?.querySelector<HTMLButtonElement>('button:not([disabled])') ??
      q<HTMLInputElement>('[data-add-search]')
    ).focus();
  }

  function doUndo(): void {
    const step = undo(history);
    if (step === undefined) {
      announce('Er is niets om ongedaan te maken.');
      return;
    }
    history = step.history;
    deck = step.state;
    if (editing !== undefined && !deck.slides.includes(editing)) editing = undefined;
    const problem = saveMyDeck(deck);
    showNotice(problem === undefined ? [] : [problem]);
    render();
    announce(`Ongedaan gemaakt: ${step.label}.`);
  }
  undoButton.addEventListener('click', doUndo);
  document.addEventListener('keydown', (event) => {
    if (!isUndoKey(event) || document.querySelector('dialog[open]') !== null) return;
    event.preventDefault();
    doUndo();
  });

  // Own slides: an editor under the preview, changes saved as you type. A text slide has a title
  // and bullets; a key figure a number, a label, a date and a source; a chart a table and a source.
  const ownTitle = q<HTMLInputElement>('[data-own-title]');
  const bulletInputs = [...root.querySelectorAll<HTMLInputElement>('[data-own-bullet]')];
  const layoutInputs = [...root.querySelectorAll<HTMLInputElement>('[data-own-layout]')];
  const figureInput = (name: string) => q<HTMLInputElement>(`[data-own-figure="${name}"]`);
  const chartInput = (name: string) =>
    q<HTMLInputElement | HTMLTextAreaElement>(`[data-own-chart="${name}"]`);
  const figureNames = ['value', 'label', 'date', 'source'] as const;
  const chartNames = ['table', 'unit', 'source'] as const;
  function showKind(layout: OwnLayout): void {
    for (const input of layoutInputs) input.checked = input.value === layout;
    for (const part of root.querySelectorAll<HTMLElement>('[data-own-kind]'))
      part.hidden = part.dataset['ownKind'] !== layout;
  }
  function renderEditor(): void {
    const slide = editing === undefined ? undefined : ownSlideItem(editing);
    editor.hidden = slide === undefined;
    if (slide === undefined) return;
    showKind(ownLayoutOf(slide));
    ownTitle.value = slide.title;
    if (slide.kind === 'figure') for (const name of figureNames) figureInput(name).value = slide[name];
    else if (slide.kind === 'chart') for (const name of chartNames) chartInput(name).value = slide[name];
    else bulletInputs.forEach((input, i) => (input.value = slide.bullets[i] ?? ''));
    showOwnProblems(slide);
    updateCounts();
  }
  function showOwnProblems(slide: OwnSlide): void {
    const problems =
      slide.kind === 'figure'
        ? [...(slide.title.trim() === '' ? ['Geef je slide een titel.'] : []), ...figureSlideProblems(slide)]
        : slide.kind === 'chart'
          ? [
              ...(slide.title.trim() === '' ? ['Geef je slide een titel.'] : []),
              ...chartTableProblems(slide.table),
              ...(slide.source.trim() === '' ? ['Vermeld de bron van de cijfers.'] : []),
            ]
          : textSlideProblems(slide);
    q('[data-own-problems]').textContent = problems.join(' ');
  }
  function openEditor(key: string): void {
    editing = key;
    select({ kind: 'item', index: deck.slides.indexOf(key) });
    history = closeGroup(history);
    renderEditor();
    ownTitle.focus();
  }
  /** The slide as the editor's fields hold it, each field cut to its limit (cleaned when read back). */
  function editedSlide(key: string, layout: OwnLayout): OwnSlide {
    const title = ownTitle.value.slice(0, ownLimits.slideTitle);
    if (layout === 'figure') {
      const [value, label, date, source] = figureNames.map((name) => figureInput(name).value);
      return {
        key,
        kind: 'figure',
        title,
        value: value!.slice(0, ownLimits.figureValue),
        label: label!.slice(0, ownLimits.figureLabel),
        date: date!.slice(0, ownLimits.figureDate),
        source: source!.slice(0, ownLimits.source),
      };
    }
    if (layout === 'chart')
      return {
        key,
        kind: 'chart',
        title,
        table: chartInput('table').value.slice(0, ownLimits.chartTable),
        unit: chartInput('unit').value.slice(0, ownLimits.chartUnit),
        source: chartInput('source').value.slice(0, ownLimits.source),
      };
    return {
      key,
      title,
      bullets: bulletInputs
        .map((input) => input.value.slice(0, ownLimits.bullet))
        .filter((b) => b.trim() !== '')
        .slice(0, maxBullets),
    };
  }
  /** Puts a changed own slide in the deck and redraws its strip entry and the preview. */
  function replaceOwn(key: string, slide: OwnSlide, label: string, group?: string): void {
    const own = (deck.own ?? []).map((item) => (item.key === key ? slide : item));
    change({ ...deck, own }, label, group);
    const item = list.querySelector<HTMLElement>(
      `li[data-index]:nth-child(${deck.slides.indexOf(key) + 1}) .chosen__title`,
    );
    if (item !== null) item.textContent = titleOf(key);
    const thumb = item?.parentElement?.querySelector('.chosen__thumb');
    if (thumb !== null && thumb !== undefined) {
      thumb.replaceChildren(textMiniature(slide));
      drawMiniatureCharts(thumb);
    }
    previewKey = '';
    renderPreview();
  }
  const editOwn = () => {
    if (editing === undefined) return;
    const key = editing;
    const current = ownSlideItem(key);
    const slide = editedSlide(key, current === undefined ? 'text' : ownLayoutOf(current));
    showOwnProblems(slide);
    replaceOwn(key, slide, `tekst van ${titleOf(key)} gewijzigd`, `own:${key}`);
  };
  ownTitle.addEventListener('input', editOwn);
  for (const input of bulletInputs) input.addEventListener('input', editOwn);
  for (const name of figureNames) figureInput(name).addEventListener('input', editOwn);
  for (const name of chartNames) chartInput(name).addEventListener('input', editOwn);
  // Another layout: the title stays, the rest starts empty (Ongedaan maken brings it back).
  for (const input of layoutInputs)
    input.addEventListener('change', () => {
      if (editing === undefined || !input.checked) return;
      const key = editing;
      const layout = input.value as OwnLayout;
      history = closeGroup(history);
      const slide = emptyOwnSlide(key, layout, ownTitle.value.slice(0, ownLimits.slideTitle));
      replaceOwn(key, slide, `soort van ${titleOf(key)} gewijzigd`);
      renderEditor();
      announce(
        layout === 'figure'
          ? 'Kerncijfer: vul het getal, wat het telt, de datum en de bron in.'
          : layout === 'chart'
            ? 'Grafiek: vul of plak de cijfers, per regel een naam en een getal, en de bron.'
            : 'Tekst: vul de titel en de punten in.',
      );
    });
  q('[data-own-done]').addEventListener('click', () => {
    const key = editing;
    editing = undefined;
    history = closeGroup(history);
    render();
    if (key !== undefined)
      list.querySelector<HTMLButtonElement>(`li:nth-child(${deck.slides.indexOf(key) + 1}) button`)?.focus();
  });
  q('[data-add-own]').addEventListener('click', () => {
    const key = nextOwnKey(deck.own ?? []);
    if (key === undefined) return;
    const slide: OwnSlide = { key, title: '', bullets: [] };
    change(
      { ...deck, slides: [...deck.slides, key], own: [...(deck.own ?? []), slide] },
      'eigen slide toegevoegd',
    );
    announce(`Eigen slide toegevoegd op plaats ${deck.slides.length}. Geef hem een titel en punten.`);
    openEditor(key);
  });

  // The title, the cover and the closing slide: saved as you type, one undo step per field.
  titleInput.addEventListener('input', () =>
    change({ ...deck, title: titleInput.value.slice(0, ownLimits.title) }, 'titel gewijzigd', 'title'),
  );
  for (const name of coverFieldNames) {
    const input = q<HTMLInputElement>(`[data-cover-field="${name}"]`);
    input.addEventListener('input', () =>
      change({ ...deck, cover: { ...cover(), [name]: input.value } }, 'omslag gewijzigd', `cover:${name}`),
    );
  }
  for (const name of closingFieldNames) {
    const input = q<HTMLInputElement>(`[data-closing-field="${name}"]`);
    input.addEventListener('input', () => {
      const fields = { ...closing(), [name]: input.value };
      const next: RemixDeck = { ...deck };
      if (hasContent(fields)) next.closing = fields;
      else delete next.closing;
      change(next, 'afsluiting gewijzigd', `closing:${name}`);
    });
  }
  for (const input of root.querySelectorAll('input'))
    input.addEventListener('blur', () => (history = closeGroup(history)));
  // Working on the title or the cover shows the cover; on the closing fields, the closing slide.
  for (const input of [titleInput, ...root.querySelectorAll<HTMLInputElement>('[data-cover-field]')])
    input.addEventListener('focus', () => select({ kind: 'cover' }));
  for (const input of root.querySelectorAll<HTMLInputElement>('[data-closing-field]'))
    input.addEventListener('focus', () => select({ kind: 'closing' }));
  if (hasContent(cover())) q<HTMLDetailsElement>('[data-cover-details]').open = true;
  if (deck.closing !== undefined) q<HTMLDetailsElement>('[data-closing-details]').open = true;

  Sortable.create(list, {
    handle: '.chosen__handle',
    animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 150,
    onEnd: (event) => {
      if (event.oldIndex === undefined || event.newIndex === undefined || event.oldIndex === event.newIndex)
        return;
      const movedId = deck.slides[event.oldIndex]!;
      change(
        { ...deck, slides: moveTo(deck.slides, event.oldIndex, event.newIndex) },
        `${titleOf(movedId)} verplaatst`,
      );
      announce(`${titleOf(movedId)} staat nu op plaats ${event.newIndex + 1} van ${deck.slides.length}.`);
    },
  });

  const home_ = document.querySelector<HTMLElement>('[data-home]')!;
  /** Shows the workspace instead of the first screen; remembered for this tab's session. */
  function showWorkspace(): void {
    home_.hidden = true;
    root.hidden = false;
    try {
      window.sessionStorage.setItem(workingKey, '1');
    } catch {
      // Without session storage the first screen simply comes back on reload.
    }
  }
  /** Makes `next` the deck being worked on, with a fresh undo history, and shows it. */
  function openDeck(next: RemixDeck, message: string): void {
    editing = undefined;
    selection = undefined;
    history = emptyHistory();
    deck = next;
    const problem = saveMyDeck(deck);
    showNotice(problem === undefined ? [] : [problem]);
    q<HTMLDetailsElement>('[data-cover-details]').open = hasContent(cover());
    q<HTMLDetailsElement>('[data-closing-details]').open = deck.closing !== undefined;
    render();
    showWorkspace();
    announce(message);
    q<HTMLElement>('[data-strip-cover]').focus();
  }
  q('[data-go-home]').addEventListener('click', () => {
    history = closeGroup(history);
    home.show();
  });

  /**
   * "Bewerk deze presentatie" in the player opens /maak/ with the deck's link: the builder takes
   * it over (after asking, when that would replace work), follows renamed slides, leaves out
   * unknown ones and says which slides were updated since the link was made.
   */
  async function takeOverLink(search: string): Promise<void> {
    window.history.replaceState(null, '', window.location.pathname);
    const result = await decodeRemixLink(search);
    if (!result.ok) {
      showNotice([result.message, 'Je eigen presentatie hieronder is niet veranderd.']);
      return;
    }
    const index = await loadSlideIndex();
    const checked: CheckedDeck =
      index === undefined
        ? { slides: result.deck.slides, unknown: [], changed: [] }
        : checkDeck(result.deck, index);
    const kept = dropUnknown({ ...result.deck, slides: checked.slides }, new Set(byId.keys()));
    // Versions only tell what changed since the link; a new share link records the current ones.
    const incoming: RemixDeck = { ...kept.deck };
    delete incoming.versions;
    const unknown = [...checked.unknown, ...kept.dropped];
    const title = incoming.title || 'de presentatie uit de link';
    // The deck worked on so far goes onto the shelf ("Mijn presentaties"): nothing is replaced.
    const taken = home.startWith(
      incoming,
      `${title} uit de link overgenomen: ${slideCount(incoming.slides.length)}.`,
    );
    if (!taken) {
      showNotice(['De presentatie uit de link is niet overgenomen; je eigen presentatie staat er nog.']);
      home.show();
      return;
    }
    // A failed save has put its message up already; it stays, after what the link itself needs said.
    const saving = notice.hidden ? [] : [...notice.children].map((line) => line.textContent ?? '');
    const lines: Array<string | HTMLElement> = [...result.problems];
    if (unknown.length > 0) lines.push(unknownNotice(unknown));
    if (checked.changed.length > 0) lines.push(updatedNotice(checked.changed));
    if (lines.length > 0) showNotice([...lines, ...saving]);
    updatedSinceLink.clear();
    for (const { id, date } of checked.changed) updatedSinceLink.set(id, date ?? '');
    renderPreview();
  }
  q('[data-share]').addEventListener('click', async () => {
    const link = new URL(await shareHref(), window.location.href).toString();
    q<HTMLInputElement>('[data-share-link]').value = link;
    q('[data-share-length]').textContent = `De link is ${link.length} tekens lang.`;
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

  // Adding slides: the kit's one search, best match first; without words, the library in story order.
  const pickList = q<HTMLUListElement>('[data-pick-list]');
  const pickStatus = q('[data-pick-status]');
  const search = q<HTMLInputElement>('[data-add-search]');
  const shown = 30;
  let searchRun = 0;
  const pickThumbnails = new Map<string, HTMLElement>();
  function pickThumbnail(id: string): HTMLElement {
    let thumbnail = pickThumbnails.get(id);
    if (
      thumbnail === undefined ||
      (thumbnail.classList.contains('miniature--waiting') && libraryMiniatures.has(id))
    ) {
      thumbnail = libraryMiniature(id);
      pickThumbnails.set(id, thumbnail);
    }
    return thumbnail;
  }
  const showPicks = (entries: CatalogueEntry[], words: string) => {
    pickList.replaceChildren(
      ...entries.slice(0, shown).map((entry) => {
        const add = el('button', { type: 'button', className: 'button button--quiet' }, 'Voeg toe');
        add.setAttribute('aria-label', `Voeg toe: ${entry.title}`);
        add.addEventListener('click', () => {
          change({ ...deck, slides: [...deck.slides, entry.id] }, `${entry.title} toegevoegd`);
          announce(`${entry.title} is toegevoegd op plaats ${deck.slides.length}.`);
        });
        const item = el(
          'li',
          {},
          el('span', { className: 'pick-list__thumb' }, pickThumbnail(entry.id)),
          el('span', { className: 'pick-list__title' }, el('strong', {}, entry.title), ` (${entry.part})`),
          add,
        );
        item.dataset['id'] = entry.id;
        // Reaching a slide in the list (pointer or keyboard) shows it in the preview.
        item.addEventListener('focusin', () => select({ kind: 'pick', id: entry.id }));
        item.addEventListener('pointerenter', () => select({ kind: 'pick', id: entry.id }));
        return item;
      }),
    );
    drawMiniatureCharts(pickList);
    pickStatus.textContent =
      words === ''
        ? `Alle ${catalogue.length} slides, in de volgorde van het verhaal${catalogue.length > shown ? `; de eerste ${shown} staan hieronder. Zoek om te kiezen` : ''}.`
        : entries.length === 0
          ? `Geen slides gevonden voor “${words}”.`
          : `${slideCount(entries.length)} gevonden voor “${words}”${entries.length > shown ? `; de beste ${shown} staan hieronder. Verfijn je zoekwoorden` : ''}.`;
  };
  let typingTimer: number | undefined;
  const renderPicks = async () => {
    const run = ++searchRun;
    const words = search.value.replace(/\s+/g, ' ').trim();
    if (words === '') {
      showPicks(catalogue, '');
      return;
    }
    pickStatus.textContent = 'Zoeken…';
    try {
      const ids = await findSlideIds(words);
      if (run !== searchRun) return;
      showPicks(
        ids.flatMap((id) => byId.get(id) ?? []),
        words,
      );
    } catch {
      if (run === searchRun)
        pickStatus.textContent = 'Zoeken lukt nu niet. Kies in de bibliotheek, of probeer het later opnieuw.';
    }
  };
  search.addEventListener('focus', warmUpSearch, { once: true });
  search.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void renderPicks(), 200);
  });

  // Another tab (or "Voeg toe" on a slide page) changed the saved deck.
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== savedDeckKey) return;
    deck = dropUnknown(loadMyDeck().deck, new Set(byId.keys())).deck;
    render();
  });
  render();
  void renderPicks();
  // The first screen asks how to start, unless a link brings a deck or this tab was working already.
  let working = false;
  try {
    working = window.sessionStorage.getItem(workingKey) !== null;
  } catch {
    // No session storage: start with the first screen.
  }
  if (window.location.search !== '') {
    showWorkspace();
    void takeOverLink(window.location.search);
  } else if (working) showWorkspace();
  else home.show(false);
  // The miniatures arrive after the page works; they then take the empty frames' places.
  void loadLibraryMiniatures().then((found) => {
    libraryMiniatures = found;
    const seen = new Map<string, number>();
    for (const li of list.querySelectorAll<HTMLElement>('li[data-item]')) {
      const item = li.dataset['item'] ?? '';
      const occurrence = (seen.get(item) ?? 0) + 1;
      seen.set(item, occurrence);
      li.querySelector('.chosen__thumb')?.replaceChildren(thumbnailOf(item, occurrence));
    }
    for (const li of pickList.querySelectorAll<HTMLElement>('li[data-id]'))
      li.querySelector('.pick-list__thumb')?.replaceChildren(pickThumbnail(li.dataset['id'] ?? ''));
    drawMiniatureCharts(list);
    drawMiniatureCharts(pickList);
    renderPreview();
  });
}
