// Used in the browser: wires the "Downloaden" menu (TakeAlong.astro). Finds the deck to take
// along (the slides on this page, one slide, or the builder's saved deck) and loads the
// PowerPoint and offline builders only when the visitor asks for them; the builder's own links
// (builder-links.ts) load on the builder page only.
import type { ExportDeck } from '../../lib/export/model';
import { exportFileName } from '../../lib/export/model';
import type { RemixDeck } from '../../lib/remix/link';
import { printQuery } from '../../lib/export/links';

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
      : (await import('./builder-links')).builderDeck();
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
  note: () => Promise<string> = () => Promise.resolve(''),
): void {
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    status.textContent = busy;
    try {
      const fileName = await run();
      status.textContent = `Klaar: ${fileName} staat in je downloads.${await note()}`;
    } catch (error) {
      status.textContent = `Dat lukte niet: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}

export function wireTakeAlong(menu: HTMLDetailsElement): void {
  const status = menu.querySelector<HTMLElement>('[data-take-along-status]')!;
  // The builder's own figures without a source say so on their slide, and the export says so too.
  const sourceNote = async () =>
    menu.dataset['takeAlong'] === 'builder' ? (await import('./builder-links')).builderSourceNote() : '';
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
  if (mode === 'builder')
    void import('./builder-links').then(({ builderLinks }) => builderLinks(menu, status));

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
