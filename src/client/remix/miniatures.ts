// Used in the browser: true miniatures in the deck builder (/maak/). Library slides come from the
// library page (/slides/), which the build renders with a miniature of every slide
// (`[data-miniature-for]`); it is fetched once, when the builder first needs a miniature, and
// is the browser's cached copy after a visit to the library. Own slides (cover, text slides,
// closing) are drawn here from the same markup the player uses (own-sections.ts), as text.
import { closingSection, coverSection, ownSection } from './own-sections';
import type { ClosingFields, CoverFields, OwnSlide } from '../../lib/remix/own-slides';

export const libraryPagePath = '/slides/';

let libraryLoad: Promise<Map<string, HTMLElement>> | undefined;

/** The miniature of every library slide, by id; empty when the library page cannot be had. */
export function loadLibraryMiniatures(): Promise<Map<string, HTMLElement>> {
  libraryLoad ??= fetch(libraryPagePath)
    .then(async (response) => {
      const found = new Map<string, HTMLElement>();
      if (!response.ok) return found;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      for (const holder of page.querySelectorAll<HTMLElement>('[data-miniature-for]')) {
        const miniature = holder.querySelector<HTMLElement>('.miniature');
        const id = holder.dataset['miniatureFor'];
        if (miniature !== null && id !== undefined && !found.has(id))
          found.set(id, document.importNode(miniature, true));
      }
      return found;
    })
    .catch(() => new Map<string, HTMLElement>());
  return libraryLoad;
}

/** A miniature frame around a projected slide view: decorative, the page says what it shows. */
export function miniatureOf(view: Element): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'miniature';
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  const stage = document.createElement('div');
  stage.className = 'miniature__stage';
  stage.append(view);
  frame.append(stage);
  return frame;
}

const viewOf = (section: HTMLElement): Element =>
  section.querySelector('.slide-view') ?? document.createElement('div');

export const coverMiniature = (title: string, cover: CoverFields): HTMLElement =>
  miniatureOf(viewOf(coverSection(title, cover)));
export const closingMiniature = (closing: ClosingFields): HTMLElement =>
  miniatureOf(viewOf(closingSection(closing)));
/** An own slide's miniature (text, key figure or chart; a chart is drawn by drawMiniatureCharts). */
export const textMiniature = (slide: OwnSlide): HTMLElement => miniatureOf(viewOf(ownSection(slide)));

let chartWatcher: IntersectionObserver | undefined;

/**
 * Draws the charts in miniatures under root as they come on screen, without animation (the chart
 * code loads only then): drawing every thumbnail's chart at once blocked a phone for a quarter second.
 */
export function drawMiniatureCharts(root: ParentNode): void {
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length === 0) return;
  void import('../charts/charts').then(({ mountChart }) => {
    chartWatcher ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
        chartWatcher?.unobserve(entry.target);
        if (entry.target.isConnected) mountChart(entry.target, { animate: false });
      }
    });
    for (const figure of figures) if (figure.isConnected) chartWatcher.observe(figure);
  });
}
