// Used in the browser: starts reveal.js on a deck page, with our accessibility fixes, our own
// Dutch speaker view, deep links that follow old slide ids, and a phone view.
import Reveal, { type RevealApi } from 'reveal.js';
import ChartPlugin from '../charts/reveal-plugin';
import { sizeChartBars } from '../charts/loader';
// Copied slide text gets whole words (on other pages SlideView.astro's script sees to that).
import '../hyphenation/copy';
import { retargetSlideLinks } from './slide-links';
import { queryForRevealStart, safeDeckQuery } from '../../lib/deck/reveal-query';
import { pageRedirects } from './redirects';
import { isUprightPhone, startPhoneView } from './phone';
import { deckSize } from '../../lib/deck/size';
import { landOnFragment } from './fragment-notice';
import { watchTalkClock } from './talk-clock';
import { completeRemix, countSteps, type RemixRest } from './cover-first';

/**
 * reveal.js puts role="application" on the deck (reveal.js issue 3772), which forces
 * screen readers out of browse mode so the slide text cannot be read. Key handling does
 * not depend on it, so we make the deck the page's labelled main landmark instead (the
 * deck is the page's content; the heading, way back and downloads sit around it).
 */
function makeReadable(root: HTMLElement): void {
  root.removeAttribute('role');
  root.setAttribute('role', 'main');
  // reveal names its arrows in English.
  const labels: Record<string, string> = {
    '.navigate-left': 'vorige slide',
    '.navigate-right': 'volgende slide',
    '.navigate-up': 'slide erboven',
    '.navigate-down': 'slide eronder',
  };
  for (const [selector, label] of Object.entries(labels))
    root.querySelector(`.controls ${selector}`)?.setAttribute('aria-label', label);
}

/** Shows the player's own chrome (the way back to the site) for a moment after the mouse moves. */
function revealChromeOnPointer(): void {
  let timer: number | undefined;
  const show = () => {
    document.body.classList.add('show-chrome');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => document.body.classList.remove('show-chrome'), 2500);
  };
  window.addEventListener('pointermove', show, { passive: true });
  window.addEventListener('touchstart', show, { passive: true });
  show();
}

/**
 * What the remix page gives the player (src/client/remix/start.ts): its cover as soon as the link is
 * read, the deck's slides into a container (false when there is nothing to show), and the frame.
 */
export interface RemixParts {
  cover: () => Promise<HTMLElement | undefined>;
  load: (slides: HTMLElement, notice: HTMLElement) => Promise<boolean>;
  frame: (slides: HTMLElement) => void;
}

/**
 * Resolves once reveal.js has set the deck up: the first slide on the stage and the keys bound
 * (`isReady()`). That is the moment stock reveal.js counts as ready; its "ready" event, which
 * `initialize()` waits for, comes a timer later, and in the meantime the browser draws a frame,
 * so waiting for it made the deck say it was ready a frame (17–35 ms) after it was. reveal.js
 * sets up in a promise callback once its plugins are in (ours load synchronously), so a few
 * microtasks suffice; if it ever takes longer, the "ready" event is the fallback.
 */
async function setUp(deck: RevealApi, started: Promise<unknown>): Promise<void> {
  for (let tick = 0; tick < 50 && !deck.isReady(); tick += 1) await Promise.resolve();
  if (!deck.isReady()) await started;
}

/** Starts the player; a remix page passes the parts that read its link. */
export async function startDeckPlayer(remix?: RemixParts): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (root === null) return;
  const query = safeDeckQuery(window.location.search);
  if (query !== window.location.search) {
    history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  }
  const redirects = pageRedirects();
  const slides = root.querySelector<HTMLElement>('.slides');
  const remixNotice = document.querySelector<HTMLElement>('[data-remix-notice]');
  const printing = /print-pdf/i.test(window.location.search);
  const phone = isUprightPhone() && !printing;
  let remixRest: { cover: HTMLElement; rest: () => RemixRest } | undefined;
  if (remix !== undefined && root.dataset['remix'] !== undefined && slides !== null && remixNotice !== null) {
    // On the stage the cover is shown as soon as the link is read; the slides follow behind it.
    const cover = printing || phone ? undefined : await remix.cover();
    if (cover !== undefined) {
      slides.append(cover);
      // Fetched and put together once the cover is up.
      const rest = async () => {
        const apart = document.createElement('div');
        if (!(await remix.load(apart, remixNotice))) return undefined;
        remix.frame(apart);
        return [...apart.querySelectorAll<HTMLElement>(':scope > section')].filter(
          (section) => section.id !== cover.id,
        );
      };
      remixRest = { cover, rest };
    } else if (!(await remix.load(slides, remixNotice))) {
      root.setAttribute('hidden', '');
      document.documentElement.dataset['deckReady'] = 'leeg';
      return;
    } else remix.frame(slides);
  }
  // The player's script runs before the page's other scripts (DeckLayout.astro): the charts' room
  // on a phone is set before the slides are laid out, for a remix's fetched slides too.
  sizeChartBars(root);
  // Any fragment opens the deck: an old id lands on its new slide, anything else on slide 1.
  landOnFragment(root, redirects);
  retargetSlideLinks(root, (id) => `#/${id}`);
  if (phone) {
    startPhoneView(root);
    document.documentElement.dataset['deckReady'] = 'true';
    document.documentElement.dataset['deckComplete'] = 'true';
    return;
  }
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(root, {
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    help: false,
    center: false,
    width: deckSize.width,
    height: deckSize.height,
    margin: deckSize.margin,
    // Slides are written to fit; none is ever scaled beyond the stage.
    minScale: 0.2,
    // Phones upright get our own column of slides (phone.ts), never reveal's scroll view.
    scrollActivationWidth: 0,
    // A quick fade (or none): every step shows its slide at once, as in Keynote or Pitch.
    transition: reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    overview: false,
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
    // "Download als PDF" promises one page per slide: a long slide is cut, not continued.
    pdfMaxPagesPerSlide: 1,
    plugins: [ChartPlugin],
  });
  // S opens our own speaker view (reveal's notes plugin speaks English); loaded when asked for.
  const planned = Number(root.dataset['durationMinutes'] ?? '0');
  // Esc and O open our grid of all slides (overview.ts) instead of reveal's strip of five.
  const overview = () => void import('./overview').then(({ openOverview }) => openOverview(deck));
  deck.addKeyBinding({ keyCode: 27, key: 'Esc', description: 'Overzicht' }, overview);
  deck.addKeyBinding({ keyCode: 79, key: 'O', description: 'Overzicht' }, overview);
  // reveal.js writes the address at most once a second; a copied link names the slide on screen.
  deck.on('slidechanged', () => {
    const id = deck.getCurrentSlide()?.id;
    const hash = `#/${id ?? ''}`;
    if (id === undefined || id === '' || window.location.hash === hash) return;
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  });
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Sprekersweergave' }, () => {
    void import('./speaker-view').then(({ openSpeakerView }) => openSpeakerView(deck, planned));
  });
  // reveal.js reads its settings from the address in time quadratic in a long value; while it
  // starts it sees only its own keys of a long address, then the full (shareable) one comes back.
  const startQuery = queryForRevealStart(window.location.search);
  const address = `${window.location.pathname}${window.location.search}`;
  if (startQuery !== undefined)
    history.replaceState(
      history.state,
      '',
      `${window.location.pathname}${startQuery}${window.location.hash}`,
    );
  try {
    await setUp(deck, deck.initialize());
  } finally {
    if (startQuery !== undefined)
      history.replaceState(history.state, '', `${address}${window.location.hash}`);
  }
  // The talk's clock starts at the first step, whether the speaker view is open or not; the
  // change reveal.js reports while it opens a deep link is no step, and it is behind us now.
  watchTalkClock(deck);
  makeReadable(root);
  revealChromeOnPointer();
  // Ready: the first slide is on the stage and the keys work. Complete: every slide is in.
  document.documentElement.dataset['deckReady'] = 'true';
  if (remixRest !== undefined) {
    const stepsTaken = countSteps();
    // The cover is drawn first; then the rest is put together.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await completeRemix(deck, root, remixRest.cover, remixRest.rest(), stepsTaken);
  }
  if (document.documentElement.dataset['deckReady'] === 'true')
    document.documentElement.dataset['deckComplete'] = 'true';
}
