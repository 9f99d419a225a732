// Used in the browser: the visitor's own slides as slide sections in the kit's own layouts and
// markup (the cover as CoverSlide.astro, the closing slide as EndSlide.astro, text slides as a
// default slide: h2.slide-title, .slide-content, footer.slide-sources, aside.notes), so the
// player, the hand-out and the exports treat them like any slide. Text only, via textContent.
import type { RemixDeck } from '../../lib/remix/link';
import type {
  ClosingFields,
  CoverFields,
  OwnChartSlide,
  OwnFigureSlide,
  OwnSlide,
  OwnTextSlide,
} from '../../lib/remix/own-slides';
import { generatedIds } from '../../lib/deck/sequence';
import { ownChartDataset, parseChartTable } from '../../lib/remix/own-figures';
import { chartTable } from '../../lib/charts/table';

/** The cover takes the id of the cover the player generates, so deep links `#/begin` still land. */
export const ownCoverId = generatedIds.cover;
export const ownClosingId = 'mijn-afsluiting';
export const ownSlideId = (key: string): string => `mijn-slide-${key.slice(1)}`;

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

function section(
  id: string,
  layout: 'cover' | 'end' | 'default' | 'fact' | 'chart',
  view: HTMLElement,
  notes: string,
): HTMLElement {
  const wrapper = el('section', `stage layout-${layout}`);
  wrapper.id = id;
  wrapper.dataset['slideId'] = id;
  wrapper.dataset['part'] = 'achtergrond';
  wrapper.dataset['layout'] = layout;
  wrapper.dataset['ownSlide'] = layout;
  if (layout === 'cover') wrapper.dataset['generated'] = 'cover';
  view.dataset['slideKind'] = 'own';
  wrapper.append(view, el('aside', 'notes', el('p', '', notes)));
  return wrapper;
}

const joined = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ');

/** The cover: the deck title with subtitle, presenter, organisation, date and place. */
export function coverSection(title: string, cover: CoverFields): HTMLElement {
  const heading = el('h2', 'slide-title', title);
  heading.dataset['deckTitle'] = '';
  // The presenter's lines sit in .slide-content, where the exports read a slide's text.
  const details = el('div', 'slide-content cover__details');
  if (cover.subtitle !== '') details.append(el('p', 'cover__subtitle', cover.subtitle));
  const who = joined(cover.presenter, cover.organisation);
  if (who !== '') details.append(el('p', 'cover__presenter', who));
  const when = joined(cover.date, cover.place);
  if (when !== '') details.append(el('p', 'cover__when', when));
  const block = el('div', 'cover__block', el('p', 'cover__programme', 'Kansrijke Start'), heading, details);
  const shapes = el('div', 'cover__shapes', el('span', ''), el('span', ''), el('span', ''));
  shapes.setAttribute('aria-hidden', 'true');
  const view = el(
    'div',
    'slide-view slide-view--projected layout-cover',
    block,
    el('p', 'cover__tagline', 'De eerste 1.000 dagen'),
    shapes,
  );
  const notes =
    who === ''
      ? 'Welkom. Noem de titel en vertel kort waar deze presentatie over gaat.'
      : `Welkom. Stel jezelf voor (${who}) en vertel kort waar deze presentatie over gaat.`;
  return section(ownCoverId, 'cover', view, notes);
}

/** The closing slide: a thank-you, the contact line and the website, all as text (no link). */
export function closingSection(closing: ClosingFields): HTMLElement {
  const details = el('div', 'slide-content end__details');
  if (closing.contact !== '') details.append(el('p', 'end__lead end__contact', closing.contact));
  if (closing.website !== '') details.append(el('p', 'end__address end__website', closing.website));
  const text = el(
    'div',
    'end__text',
    el('h2', 'slide-title', 'Dank je wel'),
    details,
    el('p', 'end__programme', 'Kansrijke Start'),
  );
  const view = el('div', 'slide-view slide-view--projected layout-end', text);
  return section(
    ownClosingId,
    'end',
    view,
    'Bedank je publiek, nodig uit tot vragen en laat zien hoe men je bereikt.',
  );
}

/** An own text slide: its title and bullets, marked as the presenter's own. */
export function textSection(slide: OwnTextSlide): HTMLElement {
  const content = el('div', 'slide-content');
  if (slide.bullets.length > 0)
    content.append(
      el('ul', '', ...slide.bullets.map((bullet) => el('li', '', el('span', 'own-bullet', bullet)))),
    );
  const view = el(
    'div',
    'slide-view slide-view--projected layout-default',
    el('h2', 'slide-title', slide.title || 'Eigen slide'),
    content,
    el('footer', 'slide-sources slide-source-line', el('p', '', 'Eigen slide van de presentator')),
  );
  return section(ownSlideId(slide.key), 'default', view, 'Eigen slide van de presentator.');
}

/** The source line of an own figure or chart: its source, or plainly that it has none. */
function ownSourceLine(source: string): HTMLElement {
  const line = el(
    'footer',
    'slide-sources slide-source-line',
    el(
      'p',
      '',
      source === '' ? 'Bron ontbreekt: de presentator heeft geen bron vermeld.' : `Bron: ${source}`,
    ),
  );
  if (source === '') line.dataset['sourceMissing'] = '';
  return line;
}

const ownNotes = (source: string) =>
  source === ''
    ? 'Eigen cijfer van de presentator, zonder bron: noem de bron als je het getal laat zien.'
    : `Eigen cijfer van de presentator. Bron: ${source}.`;

/** An own key figure, set as the kit sets its key figures (figure.fact): number, label with date, source. */
export function figureSection(slide: OwnFigureSlide): HTMLElement {
  // The label's own text sits apart from its date, so the builder's preview can edit it alone.
  const label = el(
    'span',
    'fact__label',
    el('span', 'fact__label-text', slide.label || 'Wat telt dit getal?'),
  );
  if (slide.date !== '') label.append(' ', el('span', 'fact__date', `(${slide.date})`));
  const fact = el(
    'figure',
    'fact',
    el('p', 'fact__value', slide.value || '…'),
    el(
      'figcaption',
      'fact__caption',
      label,
      el('span', 'fact__source', slide.source === '' ? 'Bron ontbreekt' : `Bron: ${slide.source}`),
    ),
  );
  fact.dataset['ownFigure'] = '';
  const view = el(
    'div',
    'slide-view slide-view--projected layout-fact',
    el('h2', 'slide-title', slide.title || 'Eigen kerncijfer'),
    el('div', 'slide-content', fact),
    ownSourceLine(slide.source),
  );
  return section(ownSlideId(slide.key), 'fact', view, ownNotes(slide.source));
}

/**
 * An own chart in the kit's chart markup (as Chart.astro writes it): caption, canvas, data table
 * and the dataset as JSON, so the kit's chart code draws it and the exports read it. The JSON
 * goes in as text (textContent of a data script), never as markup.
 */
export function chartSection(slide: OwnChartSlide): HTMLElement {
  const { rows, header } = parseChartTable(slide.table);
  const content = el('div', 'slide-content');
  const id = `eigen-grafiek-${slide.key.slice(1)}`;
  if (rows.length > 0) {
    const dataset = ownChartDataset(id, slide.title, slide.unit, rows, header);
    const table = chartTable(dataset);
    const canvas = el('canvas', '');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${dataset.title}. De cijfers staan in de tabel bij deze grafiek.`);
    const canvasBox = el('div', 'chart__canvas', canvas);
    const spec = document.createElement('script');
    spec.type = 'application/json';
    spec.dataset['chartSpec'] = '';
    spec.textContent = JSON.stringify(dataset);
    const headRow = el('tr', '', ...table.columns.map((column) => el('th', '', column)));
    const bodyRows = table.rows.map((row) =>
      el('tr', '', el('th', '', row.header), ...row.cells.map((cell) => el('td', '', cell))),
    );
    for (const th of headRow.children) th.setAttribute('scope', 'col');
    for (const row of bodyRows) row.firstElementChild?.setAttribute('scope', 'row');
    const figure = el(
      'figure',
      'chart',
      el(
        'figcaption',
        'chart__caption',
        el('span', 'chart__title', dataset.unit),
        el('span', 'chart__source', slide.source === '' ? 'Bron ontbreekt' : `Bron: ${slide.source}`),
      ),
      el('div', 'chart__body', canvasBox),
      el(
        'details',
        'chart__data',
        el('summary', '', 'Tabel met de cijfers'),
        el(
          'div',
          'chart__table',
          el(
            'table',
            '',
            el('caption', '', table.caption),
            el('thead', '', headRow),
            el('tbody', '', ...bodyRows),
          ),
        ),
      ),
      spec,
    );
    figure.dataset['chart'] = id;
    figure.dataset['ownChart'] = '';
    content.append(figure);
  } else {
    const empty = el(
      'p',
      'own-chart-empty',
      'Nog geen cijfers: vul de tabel met een naam en een getal per regel.',
    );
    content.append(empty);
  }
  const view = el(
    'div',
    'slide-view slide-view--projected layout-chart',
    el('h2', 'slide-title', slide.title || 'Eigen grafiek'),
    content,
    ownSourceLine(slide.source),
  );
  return section(ownSlideId(slide.key), 'chart', view, ownNotes(slide.source));
}

/** Any own slide, by its kind. */
export function ownSection(slide: OwnSlide): HTMLElement {
  if (slide.kind === 'figure') return figureSection(slide);
  if (slide.kind === 'chart') return chartSection(slide);
  return textSection(slide);
}

/**
 * The sections of a deck in order: its cover (when the deck has a title and `withCover`), the
 * slides (library sections from `library`, own slides built here), the closing slide. Repeated
 * slides get ids with a number, so every section id stays unique.
 */
export function deckSections(
  deck: RemixDeck,
  slides: readonly string[],
  library: ReadonlyMap<string, HTMLElement | undefined>,
  withCover = true,
): HTMLElement[] {
  const sections: HTMLElement[] = [];
  if (withCover && deck.cover !== undefined) sections.push(coverSection(deck.title, deck.cover));
  const own = new Map((deck.own ?? []).map((slide) => [slide.key, slide]));
  const seen = new Map<string, number>();
  for (const item of slides) {
    const ownSlide = own.get(item);
    const made = ownSlide !== undefined ? ownSection(ownSlide) : library.get(item);
    if (made === undefined) continue;
    const id = made.id;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const copy = ownSlide !== undefined ? made : (made.cloneNode(true) as HTMLElement);
    if (count > 1) copy.id = `${id}-${count}`;
    sections.push(copy);
  }
  if (deck.closing !== undefined) sections.push(closingSection(deck.closing));
  return sections;
}
