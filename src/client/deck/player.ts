// Used in the browser: starts reveal.js on a deck page, with our accessibility fixes.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import ChartPlugin from '../charts/reveal-plugin';
import { retargetSlideLinks } from './slide-links';
import { safeDeckQuery } from '../../lib/deck/reveal-query';
import { fitSlide } from './fit-slide';
import { deckSize } from '../../lib/deck/size';

/**
 * reveal.js puts role="application" on the deck (reveal.js issue 3772), which forces
 * screen readers out of browse mode so the slide text cannot be read. Key handling does
 * not depend on it, so we make the deck an ordinary labelled region instead.
 */
function makeReadable(root: HTMLElement): void {
  root.removeAttribute('role');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-roledescription', 'presentatie');
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

export async function startDeckPlayer(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (root === null) return;
  const query = safeDeckQuery(window.location.search);
  if (query !== window.location.search) {
    history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  }
  const slides = root.querySelector<HTMLElement>('.slides');
  const remixNotice = document.querySelector<HTMLElement>('[data-remix-notice]');
  if (root.dataset['remix'] !== undefined && slides !== null && remixNotice !== null) {
    const { loadRemix } = await import('../remix/player');
    if (!(await loadRemix(slides, remixNotice))) {
      root.setAttribute('hidden', '');
      document.documentElement.dataset['deckReady'] = 'leeg';
      return;
    }
  }
  retargetSlideLinks(root, (id) => `#/${id}`);
  const slideHeight = deckSize.height;
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
    center: false,
    width: deckSize.width,
    height: slideHeight,
    margin: deckSize.margin,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
    // "Download als PDF" promises one page per slide: a long slide is cut, not continued.
    pdfMaxPagesPerSlide: 1,
    plugins: [Notes, ChartPlugin],
  });
  const fitCurrent = () => {
    const current = deck.getCurrentSlide() as HTMLElement | undefined;
    if (current !== undefined) fitSlide(current, slideHeight);
  };
  deck.on('slidechanged', fitCurrent);
  deck.on('resize', fitCurrent);
  await deck.initialize();
  const fitAll = () => {
    if (/print-pdf/i.test(window.location.search)) {
      for (const section of root.querySelectorAll<HTMLElement>('.slides > section'))
        fitSlide(section, slideHeight);
    } else {
      fitCurrent();
    }
  };
  fitAll();
  // The web font changes line lengths: fit again once it is there.
  void document.fonts.ready.then(fitAll);
  makeReadable(root);
  revealChromeOnPointer();
  document.documentElement.dataset['deckReady'] = 'true';
}
