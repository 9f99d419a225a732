// Used in the browser by the deck player: the overview (Esc or O), a grid of every slide of the
// deck that fits the screen, instead of reveal.js's strip of five. Arrow keys, Home and End
// move through the grid, Enter or a click jumps to a slide, Esc closes it on the slide shown.
import type { RevealApi } from 'reveal.js';
import { overviewColumns, overviewMove } from '../../lib/deck/overview-grid';
import { el, miniatureOf } from './miniature';

const gap = 16;
const caption = 30;

/** Opens the grid of all slides over the deck; returns when it is closed. */
export function openOverview(deck: RevealApi): void {
  if (document.querySelector('.deck-overview') !== null) return;
  const slides = deck.getSlides();
  const currentIndex = deck.getSlidePastCount();
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const overlay = el(document, 'div', 'deck-overview');
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-label', 'Overzicht van alle slides');
  const head = el(document, 'div', 'deck-overview__head');
  const title = el(document, 'h2', 'deck-overview__title', 'Overzicht');
  const hint = el(
    document,
    'p',
    'deck-overview__hint',
    'Kies een slide met de pijltjestoetsen en Enter, of klik erop. Esc sluit het overzicht.',
  );
  const close = el(document, 'button', 'deck-overview__close', 'Sluiten');
  close.type = 'button';
  head.append(title, hint, close);
  const grid = el(document, 'ol', 'deck-overview__grid');
  const buttons = slides.map((section, index) => {
    const item = el(document, 'li');
    const button = el(document, 'button', 'deck-overview__slide');
    button.type = 'button';
    const name = section.querySelector('.slide-title, h2')?.textContent?.trim() ?? '';
    const label = el(document, 'span', 'deck-overview__caption', `${index + 1}. ${name}`);
    // The button is named by its caption; the miniature is its picture.
    const miniature = miniatureOf(document, section);
    miniature.setAttribute('aria-hidden', 'true');
    button.append(miniature, label);
    if (index === currentIndex) button.setAttribute('aria-current', 'true');
    button.tabIndex = index === currentIndex ? 0 : -1;
    button.addEventListener('click', () => finish(index));
    item.append(button);
    grid.append(item);
    return button;
  });
  overlay.append(head, grid);
  document.body.append(overlay);
  document.documentElement.classList.add('deck-overview-open');

  let columns = 1;
  const layout = () => {
    const room = grid.getBoundingClientRect();
    columns = overviewColumns({
      count: slides.length,
      width: room.width,
      height: window.innerHeight - room.top - gap,
      gap,
      caption,
    });
    grid.style.setProperty('--overview-columns', String(columns));
  };
  layout();
  const onResize = () => layout();
  window.addEventListener('resize', onResize);

  function finish(index: number | undefined): void {
    window.removeEventListener('resize', onResize);
    overlay.remove();
    document.documentElement.classList.remove('deck-overview-open');
    if (index !== undefined) deck.slide(index);
    (returnFocus ?? document.body).focus?.();
  }

  overlay.addEventListener('keydown', (event) => {
    // The deck's own keys stay still while the grid is open.
    event.stopPropagation();
    if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') {
      event.preventDefault();
      finish(undefined);
      return;
    }
    if (event.key === 'Tab') {
      // Focus stays in the dialog: the slide in view and the close button.
      const focused = document.activeElement;
      const active = buttons.find((button) => button.tabIndex === 0) ?? buttons[0]!;
      event.preventDefault();
      (focused === close ? active : close).focus();
      return;
    }
    const from = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (from === -1) return;
    const to = overviewMove(from, event.key, columns, buttons.length);
    if (to === from) return;
    event.preventDefault();
    buttons[from]!.tabIndex = -1;
    buttons[to]!.tabIndex = 0;
    buttons[to]!.focus();
  });
  close.addEventListener('click', () => finish(undefined));
  const start = buttons[currentIndex] ?? buttons[0];
  start?.focus();
  start?.scrollIntoView({ block: 'nearest' });
}
