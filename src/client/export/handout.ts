// Used in the browser: the hand-out pages. Fills the remix hand-out from the slides' own pages,
// with the same markup as HandoutSlide.astro (miniature, number and title, reading text, notes,
// sources); makes every miniature a true one (fitted to its stage, reading text moved out,
// charts drawn); prints on request, or at once with `afdrukken` in the address.
import { decodeRemixLink } from '../../lib/remix/link';
import { slideCount } from '../../lib/content/text';
import { unknownNotice } from '../../lib/remix/slide-index';
import { pageOnlySelector } from '../../lib/deck/reading-text';
import { stripSoftHyphens } from '../../lib/hyphenation/soft-hyphens';
import type { Chart } from 'chart.js';

export function wireHandoutPrinting(): void {
  const print = () => import('./print-when-ready').then(({ printWhenReady }) => printWhenReady());
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (button !== null) {
    button.hidden = false;
    button.addEventListener('click', () => void print());
  }
  if (new URLSearchParams(window.location.search).has('afdrukken')) void print();
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

const readingSelector = '.toelichting, [data-reading-text], .notes__reading';

/** The hand-out article of one slide section (mirrors HandoutSlide.astro). */
function articleFrom(section: Element, number: number): HTMLElement {
  const view = section.querySelector('.slide-view');
  // The heading runs across the page's text column: whole words, as HandoutSlide.astro prints them.
  const title = stripSoftHyphens(section.querySelector('.slide-title')?.textContent?.trim() ?? '');
  const notes = [...section.querySelectorAll('aside.notes > *')]
    .filter((node) => !node.matches(`${readingSelector}, .notes__sources`))
    .map((node) => node.cloneNode(true));
  // Reading text a deck moved into its notes goes back with the slide; prepareHandout() sets it apart.
  const notesReading = [...(section.querySelector('aside.notes')?.querySelectorAll(readingSelector) ?? [])];
  // The full references (a deck keeps them in its notes); the slide itself has a short source line.
  const references = [...section.querySelectorAll('aside.notes .notes__sources li')];
  const sources =
    references.length > 0
      ? el(
          'footer',
          'slide-sources',
          el('ul', '', ...references.map((li) => el('li', '', `Bron: ${li.textContent?.trim() ?? ''}`))),
        )
      : section.querySelector('.slide-sources')?.cloneNode(true);
  const stage = el('div', 'handout-slide__stage', ...(view === null ? [] : [view.cloneNode(true)]));
  if (view !== null && view.querySelector(readingSelector) === null)
    stage.querySelector('.slide-content')?.append(...notesReading.map((node) => node.cloneNode(true)));
  const miniature = el('div', 'handout-slide__miniature', stage);
  miniature.inert = true;
  const reading = el('div', 'handout-slide__reading', el('h3', '', 'Toelichting'));
  reading.dataset['handoutReading'] = '';
  reading.hidden = true;
  const article = el(
    'article',
    'handout-slide',
    miniature,
    el(
      'div',
      'handout-slide__text',
      el('h2', 'handout-slide__title', `${number}. ${title}`),
      reading,
      el('h3', '', 'Voor de presentator'),
      el(
        'div',
        'handout-slide__notes',
        ...(notes.length > 0 ? notes : [el('p', '', 'Geen notities bij deze slide.')]),
      ),
      el('h3', '', 'Bronnen'),
      ...(sources === undefined ? [] : [sources]),
    ),
  );
  article.dataset['slideId'] = section.getAttribute('data-slide-id') ?? section.id;
  const layout = section.getAttribute('data-layout') ?? view?.getAttribute('data-layout');
  if (layout != null) article.dataset['layout'] = layout;
  return article;
}

/** Stage size and type of a miniature (as in handout.css): the deck's 1280×720 slide at 32 px. */
const stageType = 32;
const smallestType = 12;

/** Shrinks the type of a miniature until its slide fits the stage, as the deck player fits a slide. */
function fitMiniature(stage: HTMLElement): void {
  const view = stage.querySelector<HTMLElement>('.slide-view');
  if (view === null) return;
  const style = getComputedStyle(stage);
  const room = stage.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  // The natural height of the slide, not the height the stage stretches it to.
  const natural = () => {
    view.style.flex = '0 0 auto';
    const height = view.scrollHeight;
    view.style.flex = '';
    return height;
  };
  let size = stageType;
  stage.style.fontSize = `${size}px`;
  while (natural() > room && size > smallestType) {
    size -= 1;
    stage.style.fontSize = `${size}px`;
  }
}

/**
 * Draws each miniature's chart at its stage size and keeps a picture of it for paper (shown
 * instead of the canvas in print, handout.css). Chart.js measures a canvas by its box on
 * screen, which in a miniature is the scaled-down box: the chart came out drawn at 0.3 of its
 * size and stretched, its labels over each other, and print redraws it so again.
 */
function freezeCharts(charts: readonly Chart[]): void {
  for (const chart of charts) {
    const box = chart.canvas.parentElement;
    if (box === null) continue;
    chart.resize(box.clientWidth, box.clientHeight);
    chart.update('none');
    const picture = document.createElement('img');
    picture.className = 'handout-chart-print';
    picture.alt = '';
    picture.src = chart.canvas.toDataURL('image/png');
    chart.canvas.after(picture);
  }
}

/**
 * Makes the hand-out's miniatures true miniatures: reading text moved beside the slide, type
 * fitted to the stage, charts drawn in their final state.
 */
export async function prepareHandout(root: ParentNode): Promise<void> {
  // Moving reading text and fitting type reflows the list: it is invisible until this is done
  // (handout.css hides it from the first paint on), so nothing on screen shifts (hosting suite,
  // layout shift per kind of page).
  const stages = [...root.querySelectorAll<HTMLElement>('.handout-slide__stage')];
  try {
    for (const article of root.querySelectorAll<HTMLElement>('.handout-slide')) {
      const reading = article.querySelector<HTMLElement>('[data-handout-reading]');
      const texts = [
        ...article.querySelectorAll<HTMLElement>(`.handout-slide__stage :is(${readingSelector})`),
      ].filter((node) => node.parentElement?.closest(readingSelector) == null);
      if (reading !== null && texts.length > 0) {
        for (const text of texts) reading.append(...text.childNodes);
        // Reading-page wording ("dit document", "Klik op de tekst", "(externe link naar …)") is not printed.
        for (const words of reading.querySelectorAll(pageOnlySelector)) words.remove();
        for (const text of texts) text.remove();
        reading.hidden = false;
      }
    }
    await document.fonts.ready;
    stages.forEach(fitMiniature);
  } finally {
    document.documentElement.dataset['handoutPrepared'] = '';
  }
  const withCharts = stages.filter((stage) => stage.querySelector('figure[data-chart]') !== null);
  if (withCharts.length > 0) {
    const { mountCharts } = await import('../charts/charts');
    const charts = withCharts.flatMap((stage) => mountCharts(stage, { animate: false }));
    // A drawn chart may take other room than its empty canvas: fit those slides again.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    withCharts.forEach(fitMiniature);
    freezeCharts(charts);
  }
  document.documentElement.dataset['handoutReady'] = 'true';
}

export async function fillRemixHandout(): Promise<void> {
  const container = document.querySelector<HTMLElement>('[data-handout-slides]');
  const notice = document.querySelector<HTMLElement>('[data-remix-notice]');
  if (container === null || notice === null) return;
  const say = (text: string) => {
    notice.textContent = text;
    notice.hidden = false;
  };
  const { loadSlideIndex } = await import('../remix/player');
  const result = await decodeRemixLink(window.location.search, loadSlideIndex);
  if (!result.ok) {
    say(`${result.message} Stel een presentatie samen in de bouwdoos (/maak/).`);
    return;
  }
  document.title = `Hand-out: ${result.deck.title} · Kansrijke Start verhaalkit`;
  const heading = document.querySelector('[data-handout-title]');
  if (heading !== null) heading.textContent = `Hand-out: ${result.deck.title}`;
  // Every slide the player projects, in its order: the cover (with its subtitle line), the part
  // dividers, the slides (own slides included) and the closing slides, so the numbers match.
  const { playerSections } = await import('../remix/player');
  const { sections, checked } = await playerSections(result.deck);
  sections.forEach((section, index) => container.append(articleFrom(section, index + 1)));
  const summary = document.querySelector('[data-handout-summary]');
  if (summary !== null)
    summary.textContent = `Per slide: de slide zelf, de toelichting, de notities voor de presentator en de bronnen. ${slideCount(sections.length)}.`;
  if (checked.unknown.length > 0) say(unknownNotice(checked.unknown));
  await prepareHandout(container);
}
