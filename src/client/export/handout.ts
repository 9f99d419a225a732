// Used in the browser: the hand-out pages. Prints on request (or at once with `afdrukken` in the
// address) and fills the remix hand-out from the slides' own pages, with the same markup as
// HandoutSlide.astro: miniature, number and title, notes, sources.
import { decodeRemix } from '../../lib/remix/link';
import { slideCount } from '../../lib/content/text';

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

/** The hand-out article of one slide section (mirrors HandoutSlide.astro). */
function articleFrom(section: Element, number: number): HTMLElement {
  const view = section.querySelector('.slide-view');
  const title = section.querySelector('.slide-title')?.textContent?.trim() ?? '';
  const notes = [...section.querySelectorAll('aside.notes > *')].map((node) => node.cloneNode(true));
  const sources = section.querySelector('.slide-sources')?.cloneNode(true);
  const miniature = el(
    'div',
    'handout-slide__miniature',
    el('div', 'handout-slide__stage', ...(view === null ? [] : [view.cloneNode(true)])),
  );
  miniature.inert = true;
  const article = el(
    'article',
    'handout-slide',
    miniature,
    el(
      'div',
      'handout-slide__text',
      el('h2', 'handout-slide__title', `${number}. ${title}`),
      el('h3', '', 'Toelichting'),
      el(
        'div',
        'handout-slide__notes',
        ...(notes.length > 0 ? notes : [el('p', '', 'Geen toelichting bij deze slide.')]),
      ),
      el('h3', '', 'Bronnen'),
      ...(sources === undefined ? [] : [sources]),
    ),
  );
  article.dataset['slideId'] = section.getAttribute('data-slide-id') ?? section.id;
  return article;
}

export async function fillRemixHandout(): Promise<void> {
  const container = document.querySelector<HTMLElement>('[data-handout-slides]');
  const notice = document.querySelector<HTMLElement>('[data-remix-notice]');
  if (container === null || notice === null) return;
  const say = (text: string) => {
    notice.textContent = text;
    notice.hidden = false;
  };
  const result = decodeRemix(window.location.search);
  if (!result.ok) {
    say(`${result.message} Stel een presentatie samen in de bouwdoos (/maak/).`);
    return;
  }
  document.title = `Hand-out: ${result.deck.title} · Kansrijke Start verhaalkit`;
  const heading = document.querySelector('[data-handout-title]');
  if (heading !== null) heading.textContent = `Hand-out: ${result.deck.title}`;
  const { fetchSlides } = await import('../remix/player');
  const found = await fetchSlides(result.deck.slides);
  let number = 0;
  for (const id of result.deck.slides) {
    const section = found.get(id);
    if (section !== undefined) container.append(articleFrom(section, (number += 1)));
  }
  const summary = document.querySelector('[data-handout-summary]');
  if (summary !== null)
    summary.textContent = `Per slide: de slide zelf, de toelichting voor presentatoren en de bronnen. ${slideCount(number)}.`;
  const missing = [...new Set(result.deck.slides.filter((id) => found.get(id) === undefined))];
  if (missing.length > 0) say(`${slideCount(missing.length)} niet gevonden: ${missing.join(', ')}.`);
  if (container.querySelector('figure[data-chart]') !== null) {
    const { drawWhenVisible } = await import('../charts/charts');
    drawWhenVisible(container);
  }
  document.documentElement.dataset['handoutReady'] = 'true';
}
