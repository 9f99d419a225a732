// Used in the browser (loaded on demand, when the presenter presses S): a speaker view of our
// own, in Dutch, in a window of its own: the current and the next slide, the notes, a clock,
// the elapsed time and the pace against the deck's planned duration. Works in the offline
// file too: the window is filled from this page, nothing is fetched.
import type { RevealApi } from 'reveal.js';
import { clockDuration, paceLabel } from '../../lib/deck/pace';
import { speakerViewStyles as styles } from '../../lib/deck/speaker-view-styles';

const windowName = 'kit-sprekersweergave';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string) {
  const node = doc.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A scaled copy of a slide as projected; drawn charts are copied as pictures. */
function miniatureOf(doc: Document, section: HTMLElement | undefined): HTMLElement {
  const frame = el(doc, 'div', 'miniature');
  const stage = el(doc, 'div', 'miniature__stage');
  frame.append(stage);
  const view = section?.querySelector<HTMLElement>(':scope > .slide-view');
  if (view === null || view === undefined) return frame;
  const copy = doc.importNode(view, true);
  for (const node of copy.querySelectorAll('[id]')) node.removeAttribute('id');
  stage.append(copy);
  const sources = [...view.querySelectorAll('canvas')];
  copy.querySelectorAll('canvas').forEach((canvas, index) => {
    const source = sources[index];
    if (source === undefined || source.width === 0) return;
    canvas.width = source.width;
    canvas.height = source.height;
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    canvas.getContext('2d')?.drawImage(source, 0, 0);
  });
  return frame;
}

interface SpeakerView {
  update(): void;
}

function build(win: Window, deck: RevealApi, plannedMinutes: number, started: { at: number }): SpeakerView {
  const doc = win.document;
  doc.documentElement.lang = 'nl';
  doc.title = `Sprekersweergave · ${document.title}`;
  for (const sheet of document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>(
    'link[rel="stylesheet"], style',
  )) {
    const copy = doc.importNode(sheet, true);
    if (copy instanceof HTMLLinkElement && sheet instanceof HTMLLinkElement) copy.href = sheet.href;
    doc.head.append(copy);
  }
  const own = el(doc, 'style');
  own.textContent = styles;
  doc.head.append(own);
  doc.body.replaceChildren();

  const root = el(doc, 'main', 'sv');
  const bar = el(doc, 'div', 'sv__bar');
  const clock = el(doc, 'strong');
  const elapsed = el(doc, 'strong');
  const pace = el(doc, 'span', 'sv__pace');
  pace.setAttribute('role', 'status');
  const position = el(doc, 'span');
  const restart = el(doc, 'button', undefined, 'Tijd opnieuw starten');
  restart.type = 'button';
  restart.addEventListener('click', () => {
    started.at = Date.now();
    tick();
  });
  const clockLabel = el(doc, 'span', undefined, 'Klok ');
  clockLabel.append(clock);
  const elapsedLabel = el(doc, 'span', undefined, 'Verstreken ');
  elapsedLabel.append(elapsed);
  bar.append(clockLabel, elapsedLabel, pace, position, restart);

  const slides = el(doc, 'section', 'sv__slides');
  slides.setAttribute('aria-label', 'Slides');
  const currentLabel = el(doc, 'p', 'sv__label', 'Nu');
  const current = el(doc, 'div');
  const nextLabel = el(doc, 'p', 'sv__label', 'Volgende slide');
  const next = el(doc, 'div', 'sv__next');
  slides.append(currentLabel, current, nextLabel, next);

  const notes = el(doc, 'section', 'sv__notes');
  notes.setAttribute('aria-label', 'Notities');
  root.append(bar, slides, notes);
  doc.body.append(root);

  const tick = () => {
    const now = new Date();
    clock.textContent = now.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
    const seconds = (Date.now() - started.at) / 1000;
    elapsed.textContent = clockDuration(seconds);
    const total = deck.getTotalSlides();
    const label = paceLabel(seconds, deck.getSlidePastCount(), total, plannedMinutes);
    pace.textContent = label === '' ? '' : `Tempo: ${label}`;
    pace.hidden = label === '';
    pace.dataset['state'] = label.endsWith('achter') ? 'achter' : 'goed';
  };
  const update = () => {
    const slide = deck.getCurrentSlide() as HTMLElement | undefined;
    const index = deck.getSlidePastCount();
    const total = deck.getTotalSlides();
    position.textContent = `Slide ${index + 1} van ${total}`;
    current.replaceChildren(miniatureOf(doc, slide));
    const following = deck.getSlides()[index + 1];
    nextLabel.textContent = following === undefined ? 'Einde van de presentatie' : 'Volgende slide';
    next.replaceChildren(...(following === undefined ? [] : [miniatureOf(doc, following)]));
    const heading = el(doc, 'h2', undefined, 'Notities');
    const aside = slide?.querySelector('aside.notes');
    const content =
      aside === null || aside === undefined ? [] : [...aside.childNodes].map((n) => doc.importNode(n, true));
    notes.replaceChildren(
      heading,
      ...(content.length > 0 ? content : [el(doc, 'p', undefined, 'Geen notities bij deze slide.')]),
    );
    tick();
  };
  win.setInterval(tick, 1000);
  // The presenter may keep the focus on this window: its arrow keys drive the deck.
  doc.addEventListener('keydown', (event) => {
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) deck.next();
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) deck.prev();
    else return;
    event.preventDefault();
  });
  update();
  return { update };
}

let view: { win: Window; view: SpeakerView } | undefined;
const started = { at: Date.now() };

/** Opens (or brings forward) the speaker view; it follows the deck from then on. */
export function openSpeakerView(deck: RevealApi, plannedMinutes: number): void {
  if (view !== undefined && !view.win.closed) {
    view.win.focus();
    return;
  }
  const win = window.open('', windowName, 'popup,width=1280,height=760');
  if (win === null) return;
  const built = build(win, deck, plannedMinutes, started);
  if (view === undefined) deck.on('slidechanged', () => view?.view.update());
  view = { win, view: built };
}
