// Used in the browser (loaded on demand, when the presenter presses S): a speaker view of our
// own, in Dutch, in a window of its own: the current and the next slide, the notes (what to say,
// then the background), a clock, the elapsed time since the first step, a countdown to the
// planned end and the pace against each slide's planned time (src/lib/deck/pace.ts). Works in the offline
// file too: the window is filled from this page, nothing is fetched.
import type { RevealApi } from 'reveal.js';
import {
  clockDuration,
  countdownLabel,
  nextNotesSize,
  paceLabel,
  plannedSchedule,
  storedNotesSize,
  type PacedKind,
} from '../../lib/deck/pace';
import { startTalkClock, talkStartedAt } from './talk-clock';
import { el, miniatureOf } from './miniature';
import { speakerViewStyles as styles } from '../../lib/deck/speaker-view-styles';

const windowName = 'kit-sprekersweergave';

/**
 * The page's web fonts, given to the speaker view's window as font faces that show as soon as
 * they load: the page's own faces are "optional" (tokens.css), so a new window that does not
 * have them within 100 ms would draw the slides in a fallback font, with other line breaks
 * than the projector. The files are in the browser's cache already.
 */
function shareFonts(win: Window & typeof globalThis): void {
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '');
      const source = rule.style.getPropertyValue('src');
      if (family === '' || source === '') continue;
      const descriptors: FontFaceDescriptors = { display: 'swap' };
      const weight = rule.style.getPropertyValue('font-weight');
      const style = rule.style.getPropertyValue('font-style');
      const range = rule.style.getPropertyValue('unicode-range');
      if (weight !== '') descriptors.weight = weight;
      if (style !== '') descriptors.style = style;
      if (range !== '') descriptors.unicodeRange = range;
      const face = new win.FontFace(family, source, descriptors);
      win.document.fonts.add(face);
      face.load().catch(() => undefined);
    }
  }
}

interface SpeakerView {
  update(): void;
}

const notesSizeKey = 'kit-sprekersweergave-tekstgrootte';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The kind of each projected slide, for its share of the planned time. */
function pacedKinds(deck: RevealApi): PacedKind[] {
  return deck.getSlides().map((section) => {
    const kind = section.dataset['generated'];
    if (kind === 'sector') return 'section';
    return kind === 'cover' || kind === 'section' || kind === 'end' ? kind : 'slide';
  });
}

/**
 * The notes of a slide, split in what the presenter says (the notes field) and the background
 * (the slide's reading text and its full references), each under its own heading when both are there.
 */
function notesOf(doc: Document, slide: HTMLElement | undefined): HTMLElement[] {
  const aside = slide?.querySelector('aside.notes');
  if (aside === null || aside === undefined)
    return [el(doc, 'p', undefined, 'Geen notities bij deze slide.')];
  const said: Node[] = [];
  const background: Node[] = [];
  for (const node of aside.childNodes) {
    const isBackground =
      node instanceof Element && (node.matches('.notes__reading') || node.matches('.notes__sources'));
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '') continue;
    (isBackground ? background : said).push(doc.importNode(node, true));
  }
  const block = (title: string, className: string, nodes: Node[]) => {
    const part = el(doc, 'section', `sv__notes-part ${className}`);
    const heading = el(doc, 'h3', undefined, title);
    part.append(heading, ...nodes);
    return part;
  };
  return [
    ...(said.length > 0 ? [block('Wat je zegt', 'sv__said', said)] : []),
    ...(background.length > 0 ? [block('Achtergrond', 'sv__background', background)] : []),
  ];
}

function build(win: Window, deck: RevealApi, plannedMinutes: number): SpeakerView {
  const doc = win.document;
  doc.documentElement.lang = 'nl';
  doc.title = `Sprekersweergave · ${document.title}`;
  // The slides stay hidden until the page's style sheets are in (they come from the cache, but
  // not at once): unstyled, a miniature is as tall as its slide's text and runs off the window.
  const sheetsIn: Promise<unknown>[] = [];
  for (const sheet of document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>(
    'link[rel="stylesheet"], style',
  )) {
    const copy = doc.importNode(sheet, true);
    if (copy instanceof HTMLLinkElement && sheet instanceof HTMLLinkElement) {
      copy.href = sheet.href;
      sheetsIn.push(
        new Promise((settle) => {
          copy.addEventListener('load', settle, { once: true });
          copy.addEventListener('error', settle, { once: true });
        }),
      );
    }
    doc.head.append(copy);
  }
  void Promise.all(sheetsIn).then(() => {
    doc.documentElement.dataset['sheetsLoaded'] = 'true';
  });
  shareFonts(win as Window & typeof globalThis);
  const own = el(doc, 'style');
  own.textContent = styles;
  doc.head.append(own);
  doc.body.replaceChildren();

  const root = el(doc, 'main', 'sv');
  const bar = el(doc, 'div', 'sv__bar');
  const clock = el(doc, 'strong');
  const elapsed = el(doc, 'strong');
  const countdown = el(doc, 'strong');
  const pace = el(doc, 'span', 'sv__pace');
  pace.setAttribute('role', 'status');
  const position = el(doc, 'span');
  const startButton = el(doc, 'button', undefined, 'Start de klok');
  startButton.type = 'button';
  startButton.addEventListener('click', () => {
    startTalkClock(talkStartedAt() !== undefined);
    tick();
  });
  const clockLabel = el(doc, 'span', undefined, 'Klok ');
  clockLabel.append(clock);
  const elapsedLabel = el(doc, 'span', undefined, 'Verstreken ');
  elapsedLabel.append(elapsed);
  const countdownLabelNode = el(doc, 'span', 'sv__countdown', 'Einde ');
  countdownLabelNode.append(countdown);
  const sizes = el(doc, 'span', 'sv__sizes');
  const smaller = el(doc, 'button', undefined, 'A−');
  const larger = el(doc, 'button', undefined, 'A+');
  smaller.type = larger.type = 'button';
  smaller.setAttribute('aria-label', 'Notities kleiner');
  larger.setAttribute('aria-label', 'Notities groter');
  sizes.append(smaller, larger);
  bar.append(clockLabel, elapsedLabel, countdownLabelNode, pace, position, startButton, sizes);

  const slides = el(doc, 'section', 'sv__slides');
  slides.setAttribute('aria-label', 'Slides');
  const currentLabel = el(doc, 'p', 'sv__label', 'Nu');
  const current = el(doc, 'div', 'sv__frame sv__current');
  const nextLabel = el(doc, 'p', 'sv__label', 'Volgende slide');
  const next = el(doc, 'div', 'sv__frame sv__next');
  slides.append(currentLabel, current, nextLabel, next);

  const notes = el(doc, 'section', 'sv__notes');
  notes.setAttribute('aria-label', 'Notities');
  const setNotesSize = (size: number) => {
    notes.style.fontSize = `${size}px`;
    notes.dataset['size'] = String(size);
  };
  setNotesSize(storedNotesSize(storage()?.getItem(notesSizeKey) ?? null));
  for (const [button, step] of [
    [smaller, -1],
    [larger, 1],
  ] as const) {
    button.addEventListener('click', () => {
      const size = nextNotesSize(notes.dataset['size'] ?? null, step);
      setNotesSize(size);
      storage()?.setItem(notesSizeKey, String(size));
    });
  }
  root.append(bar, slides, notes);
  doc.body.append(root);

  const schedule = plannedSchedule(pacedKinds(deck), plannedMinutes);
  const tick = () => {
    const now = new Date();
    clock.textContent = now.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
    const startedAt = talkStartedAt();
    const seconds = startedAt === undefined ? 0 : (Date.now() - startedAt) / 1000;
    elapsed.textContent = clockDuration(seconds);
    const left = countdownLabel(seconds, plannedMinutes);
    countdown.textContent = left;
    countdownLabelNode.hidden = left === '';
    countdownLabelNode.dataset['state'] = left.endsWith('over tijd') ? 'over' : 'goed';
    startButton.textContent = startedAt === undefined ? 'Start de klok' : 'Klok opnieuw starten';
    const label = startedAt === undefined ? '' : paceLabel(seconds, deck.getSlidePastCount(), schedule);
    pace.textContent =
      startedAt === undefined ? 'De klok start bij de eerste stap' : label === '' ? '' : `Tempo: ${label}`;
    pace.hidden = pace.textContent === '';
    pace.dataset['state'] = label.endsWith('achter') ? 'achter' : startedAt === undefined ? 'wacht' : 'goed';
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
    notes.replaceChildren(el(doc, 'h2', undefined, 'Notities'), ...notesOf(doc, slide));
    tick();
  };
  win.setInterval(tick, 1000);
  // The presenter may keep the focus on this window: its arrow keys drive the deck.
  doc.addEventListener('keydown', (event) => {
    if ((event.target as Element | null)?.tagName === 'BUTTON' && [' ', 'Enter'].includes(event.key)) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) deck.next();
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) deck.prev();
    else return;
    event.preventDefault();
  });
  update();
  return { update };
}

let view: { win: Window; view: SpeakerView } | undefined;

/** Opens (or brings forward) the speaker view; it follows the deck from then on. */
export function openSpeakerView(deck: RevealApi, plannedMinutes: number): void {
  if (view !== undefined && !view.win.closed) {
    view.win.focus();
    return;
  }
  const win = window.open('', windowName, 'popup,width=1280,height=760');
  if (win === null) return;
  const built = build(win, deck, plannedMinutes);
  if (view === undefined) deck.on('slidechanged', () => view?.view.update());
  view = { win, view: built };
}
