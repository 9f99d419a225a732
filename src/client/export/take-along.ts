// Used in the browser: wires the "Downloaden" menu (TakeAlong.astro). Finds the deck to take
// along (the slides on this page, one slide, or the builder's saved deck) and loads the
// PowerPoint and offline builders only when the visitor asks for them.
import type { ExportDeck } from '../../lib/export/model';
import { exportFileName } from '../../lib/export/model';
import { playableDeck, remixLinkCompact, remixPath, type RemixDeck } from '../../lib/remix/link';
import { isTooLongForLink, linkBytes, maxLinkBytes } from '../../lib/remix/link-limit';
import { printQuery } from '../../lib/export/links';
import { emptyDeck, parseSavedDeck, savedDeckKey } from '../../lib/remix/saved-deck';
import { withSlideVersions } from '../../lib/remix/slide-index';
import { withoutSource, withoutSourceNote } from '../../lib/remix/own-slides';

/** The builder's saved deck, read without side effects (the builder itself reports and resets bad data). */
function peekMyDeck(): RemixDeck {
  try {
    return parseSavedDeck(window.localStorage.getItem(savedDeckKey)).deck;
  } catch {
    return emptyDeck();
  }
}

/** Offers a file to the visitor as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The slide sections of a deck and its title, wherever the menu sits. */
async function sectionsFor(
  menu: HTMLElement,
): Promise<{ title: string; sections: Element[]; slides: string[] }> {
  const mode = menu.dataset['takeAlong'];
  if (mode === 'deck') {
    const sections = [...document.querySelectorAll('.reveal .slides > section')];
    const title = document.querySelector('.deck-heading')?.textContent?.trim() || document.title;
    return { title, sections, slides: sections.map((s) => s.getAttribute('data-slide-id') ?? s.id) };
  }
  const deck: RemixDeck =
    mode === 'slide'
      ? { title: menu.dataset['title'] ?? 'Slide', slides: [menu.dataset['slideId'] ?? ''] }
      : playableDeck(peekMyDeck());
  if (deck.slides.length === 0 && deck.closing === undefined)
    throw new Error('Je presentatie heeft nog geen slides.');
  // The builder's own slides (cover, text slides, closing) come along as ordinary slide sections;
  // a deck from the builder gets the player's cover, dividers and closing slide, as it is projected.
  const { remixSections, playerSections } = await import('../remix/player');
  const { sections } = mode === 'slide' ? await remixSections(deck) : await playerSections(deck);
  if (sections.length === 0) throw new Error('De slides konden niet worden opgehaald. Ben je nog online?');
  return { title: deck.title, sections, slides: sections.map((s) => s.dataset['slideId'] ?? s.id) };
}

async function readDeckFor(menu: HTMLElement): Promise<ExportDeck> {
  const [{ title, sections }, { readDeck }] = await Promise.all([sectionsFor(menu), import('./read-slide')]);
  return readDeck(title, sections);
}

/** Runs an export from a button, telling the visitor what happens. */
function exportButton(
  button: HTMLButtonElement,
  status: HTMLElement,
  busy: string,
  run: () => Promise<string>,
  note: () => string = () => '',
): void {
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    status.textContent = busy;
    try {
      const fileName = await run();
      status.textContent = `Klaar: ${fileName} staat in je downloads.${note()}`;
    } catch (error) {
      status.textContent = `Dat lukte niet: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}

/** The deck with its slides' versions, as the builder's own links carry them (when the index loads). */
async function withVersions(deck: RemixDeck): Promise<RemixDeck> {
  const { loadSlideIndex } = await import('../remix/player');
  return withSlideVersions(deck, await loadSlideIndex().catch(() => undefined));
}

/** Why a deck has no PDF or hand-out link, in Dutch, with what to do instead. */
export function exportTooLongMessage(href: string): string {
  return (
    `PDF en hand-out gaan via een link, en deze presentatie is daar te groot voor ` +
    `(${linkBytes(href).toLocaleString('nl-NL')} tekens, een link mag er hoogstens ` +
    `${maxLinkBytes.toLocaleString('nl-NL')} hebben). Download hem als PowerPoint of voor offline, ` +
    'of bewaar hem met “Download als bestand (.json)”.'
  );
}

/**
 * The builder's links follow the saved deck, which changes while the visitor works. They use the
 * same compact link as the builder's share and "Presenteer" links; a deck too large for a link
 * gets no PDF or hand-out link but a Dutch note saying why.
 */
function builderLinks(menu: HTMLElement, status: HTMLElement): void {
  const pdf = menu.querySelector<HTMLAnchorElement>('a[data-export="pdf"]')!;
  const handout = menu.querySelector<HTMLAnchorElement>('a[data-export="handout"]')!;
  let run = 0;
  let note = '';
  const update = async () => {
    const current = ++run;
    const deck = peekMyDeck();
    const empty = deck.slides.length === 0;
    const href = empty ? '' : await remixLinkCompact(await withVersions(deck));
    if (current !== run) return;
    const tooLong = !empty && isTooLongForLink(href);
    pdf.hidden = handout.hidden = empty || tooLong;
    // Only the note this function wrote is taken back: an export's own message stays.
    if (note !== '' && status.textContent === note) status.textContent = '';
    note = tooLong ? exportTooLongMessage(href) : '';
    if (tooLong) status.textContent = note;
    if (empty || tooLong) {
      pdf.removeAttribute('href');
      handout.removeAttribute('href');
      return;
    }
    pdf.href = `${href}&${printQuery}`;
    handout.href = `/presenteer/hand-out/${href.slice(remixPath.length)}&afdrukken`;
    // A link with a target needs its href (valid HTML): the target comes with it.
    pdf.target = handout.target = '_blank';
  };
  void update();
  menu.addEventListener('toggle', () => void update());
}

export function wireTakeAlong(menu: HTMLDetailsElement): void {
  const status = menu.querySelector<HTMLElement>('[data-take-along-status]')!;
  // The builder's own figures without a source say so on their slide, and the export says so too.
  const sourceNote = () => {
    if (menu.dataset['takeAlong'] !== 'builder') return '';
    const deck = peekMyDeck();
    return withoutSourceNote(withoutSource(deck.own, deck.slides));
  };
  // reveal.js listens for keys on the document: keep Space and Enter for the menu's own controls.
  menu.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter' || event.key === 'Escape') event.stopPropagation();
    if (event.key === 'Escape') {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  const mode = menu.dataset['takeAlong'];
  const pdf = menu.querySelector<HTMLAnchorElement>('a[data-export="pdf"]');
  const handout = menu.querySelector<HTMLAnchorElement>('a[data-export="handout"]');
  if (mode === 'deck' && pdf !== null && handout !== null && pdf.hidden) {
    // The remix player: its deck lives in the address, own slides included; pass it on whole.
    const search = new URLSearchParams(window.location.search);
    const kept = new URLSearchParams();
    // Both link formats: the readable one (`slides`) and the short one (`v`, `s`).
    for (const key of ['titel', 'slides', 'v', 's', 'versies', 'eigen']) {
      const value = search.get(key);
      if (value !== null) kept.set(key, value);
    }
    const query = `?${kept.toString().replace(/%2C/gi, ',')}`;
    pdf.href = `${window.location.pathname}${query}&${printQuery}`;
    handout.href = `/presenteer/hand-out/${query}&afdrukken`;
    // A link with a target needs its href (valid HTML): the target comes with it.
    pdf.target = handout.target = '_blank';
    const playable = kept.has('slides') || kept.has('s') || kept.has('eigen');
    pdf.hidden = !playable;
    handout.hidden = !playable;
  }
  if (mode === 'builder') builderLinks(menu, status);

  const pptx = menu.querySelector<HTMLButtonElement>('button[data-export="pptx"]');
  if (pptx !== null) {
    exportButton(
      pptx,
      status,
      'De PowerPoint wordt gemaakt…',
      async () => {
        const [deck, { buildPptx }] = await Promise.all([readDeckFor(menu), import('./pptx')]);
        const fileName = exportFileName(deck.title, 'pptx');
        saveFile(await buildPptx(deck), fileName);
        return fileName;
      },
      sourceNote,
    );
  }
  const offline = menu.querySelector<HTMLButtonElement>('button[data-export="offline"]');
  if (offline !== null) {
    exportButton(
      offline,
      status,
      'Het offline bestand wordt gemaakt…',
      async () => {
        const [{ title, sections }, { buildOfflineHtml }] = await Promise.all([
          sectionsFor(menu),
          import('./offline'),
        ]);
        const fileName = exportFileName(title, 'html');
        saveFile(await buildOfflineHtml(title, sections), fileName);
        return fileName;
      },
      sourceNote,
    );
  }
}
