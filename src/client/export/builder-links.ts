// Used in the browser on the builder page only (take-along.ts loads it there): the "Downloaden"
// menu's PDF and hand-out links follow the builder's saved deck.
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

/** The builder's saved deck as it plays (own slides included). */
export const builderDeck = (): RemixDeck => playableDeck(peekMyDeck());

/** What an export adds when the builder's own figures have no source (empty when all have one). */
export function builderSourceNote(): string {
  const deck = peekMyDeck();
  return withoutSourceNote(withoutSource(deck.own, deck.slides));
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
export function builderLinks(menu: HTMLElement, status: HTMLElement): void {
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
