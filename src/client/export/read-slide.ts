// Used in the browser: reads the export model from a rendered slide <section> (the markup every
// renderer shares: h2.slide-title, .slide-content, .slide-sources, aside.notes), so ready-made
// decks, single slides and remixes export the same way.
import type { Dataset } from '../../schemas/dataset';
import {
  shortSource,
  referenceOf,
  tidyRuns,
  type Block,
  type CardBlock,
  type CardLine,
  type ExportDeck,
  type ExportSlide,
  type ListItem,
  type Run,
} from '../../lib/export/model';
import { stripSoftHyphens } from '../../lib/hyphenation/soft-hyphens';

// Soft hyphens (src/lib/hyphenation) only serve the line breaks on screen: files get whole words.
const text = (node: Element | null | undefined) =>
  stripSoftHyphens(node?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** The reading text block (<Toelichting>; in a deck's notes `.notes__reading`): never projected. */
const readingSelector = '.toelichting, [data-reading-text], .notes__reading';
/** Screen-only controls and hints, and decoration, that a file or a print has no use for. */
const screenOnlySelector =
  'details.chart__data, .visually-hidden, [data-screen-only], button, [aria-hidden="true"], svg, .slide-title, .slide-sources';
/** Elements that only hold inline content, read as one paragraph when they stand alone. */
const inlineSelector = 'a, span, strong, b, em, i, small, abbr, cite, code, q, time';

/** Inline content as runs, keeping bold, italic and links. */
function runsOf(
  node: Node,
  style: Omit<Run, 'text'> = {},
  skip: (el: Element) => boolean = () => false,
): Run[] {
  const runs: Run[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      runs.push({ ...style, text: stripSoftHyphens(child.textContent ?? '') });
      continue;
    }
    if (!(child instanceof Element) || skip(child)) continue;
    if (child.matches('ul, ol, script, template, style') || child.matches(screenOnlySelector)) continue;
    // "(externe link naar …)" is reading-page wording, not projected (stage.css).
    if (child.matches('.external-link__host')) continue;
    const next = { ...style };
    if (child.matches('strong, b')) next.bold = true;
    if (child.matches('em, i')) next.italic = true;
    if (child instanceof HTMLAnchorElement) {
      const slide = child.dataset['slideLink'] ?? /^#\/([\w-]+)$/.exec(child.getAttribute('href') ?? '')?.[1];
      if (slide !== undefined) next.link = { slide };
      else if (/^https?:/.test(child.href)) next.link = { url: child.href };
    }
    if (child.matches('br')) runs.push({ ...style, text: ' ' });
    runs.push(...runsOf(child, next, skip));
  }
  return runs;
}

function listOf(list: Element, level = 0): ListItem[] {
  return [...list.children].flatMap((li) => {
    const own: ListItem = { runs: tidyRuns(runsOf(li)), level };
    const nested = [...li.children]
      .filter((child) => child.matches('ul, ol'))
      .flatMap((child) => listOf(child, level + 1));
    return own.runs.length > 0 ? [own, ...nested] : nested;
  });
}

/** A stand-alone inline element (e.g. an external link on its own line) as the runs of one paragraph. */
function inlineRuns(element: Element): Run[] {
  const wrapper = document.createElement('p');
  wrapper.append(element.cloneNode(true));
  return tidyRuns(runsOf(wrapper));
}

function cardOf(card: Element): CardBlock {
  const titleElement = card.querySelector('.card__title');
  const label = text(titleElement?.querySelector('.card__label'));
  const title = tidyRuns(runsOf(titleElement ?? card, {}, (el) => el.matches('.card__label')))
    .map((run) => run.text)
    .join('');
  const body = card.querySelector('.card__body');
  const paragraphs =
    body === null
      ? []
      : blocksOf(body).flatMap((block): CardLine[] => {
          if (block.kind === 'list') {
            const counters: number[] = [];
            return block.items.map((item) => {
              counters.length = item.level + 1;
              counters[item.level] = (counters[item.level] ?? 0) + 1;
              return {
                runs: item.runs,
                bullet: {
                  ordered: block.ordered,
                  level: item.level,
                  ...(block.ordered ? { number: counters[item.level]! } : {}),
                },
              };
            });
          }
          if (block.kind === 'paragraph' || block.kind === 'lead' || block.kind === 'heading')
            return [{ runs: block.runs }];
          if (block.kind === 'quote')
            return [{ runs: [{ text: `${block.text} (${block.by})`, italic: true }] }];
          return [];
        });
  return { ...(label === '' ? {} : { label }), title, body: paragraphs };
}

function chartOf(figure: Element): Block | undefined {
  const spec = figure.querySelector('script[data-chart-spec]');
  if (spec === null) return undefined;
  const dataset = JSON.parse(spec.textContent ?? '') as Dataset;
  const figures = [...figure.querySelectorAll('.chart__figure')].map((el) =>
    [
      text(el.querySelector('.chart__figure-value')),
      ...[...el.querySelectorAll(':scope > span:not(.chart__source)')].map(text),
    ].join(' '),
  );
  return { kind: 'chart', dataset, figures };
}

function tableOf(table: Element): Block {
  const header = [...table.querySelectorAll('thead th')].map(text);
  const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
  return { kind: 'table', header, rows };
}

/** The blocks of a container, in reading order. */
export function blocksOf(container: Element): Block[] {
  const blocks: Block[] = [];
  for (const child of container.children) {
    if (child.matches('script, template, style') || child.matches(screenOnlySelector)) continue;
    if (child.matches(readingSelector)) continue;
    if (child.matches('figure.fact')) {
      blocks.push({
        kind: 'fact',
        value: text(child.querySelector('.fact__value')),
        label: text(child.querySelector('.fact__label')),
        // An own key figure's source is the slide's source line, word for word: the export writes
        // it once, in that line, as the stage shows it.
        source: child.matches('[data-own-figure]') ? '' : text(child.querySelector('.fact__source')),
      });
    } else if (child.matches('figure[data-chart]')) {
      const chart = chartOf(child);
      if (chart !== undefined) blocks.push(chart);
    } else if (child.matches('figure.quote')) {
      const caption = child.querySelector('figcaption');
      const role = text(caption?.querySelector('.quote__role'));
      const by =
        caption?.querySelector('strong') != null ? text(caption.querySelector('strong')) : text(caption);
      blocks.push({
        kind: 'quote',
        text: text(child.querySelector('blockquote')),
        by,
        ...(role === '' ? {} : { role }),
      });
    } else if (child.matches('.lead')) {
      blocks.push({ kind: 'lead', runs: tidyRuns(runsOf(child)) });
    } else if (child.matches('h1, h2, h3, h4, h5, h6')) {
      blocks.push({ kind: 'heading', runs: tidyRuns(runsOf(child)) });
    } else if (child.matches('ul, ol')) {
      const start = child instanceof HTMLOListElement && child.start !== 1 ? child.start : undefined;
      blocks.push({
        kind: 'list',
        ordered: child.matches('ol'),
        items: listOf(child),
        ...(start === undefined ? {} : { start }),
      });
    } else if (child.matches('table')) {
      blocks.push(tableOf(child));
    } else if (child.matches('.card')) {
      blocks.push({ kind: 'cards', cards: [cardOf(child)] });
    } else if (child.matches('.columns') && child.querySelector(':scope > .card') !== null) {
      blocks.push({ kind: 'cards', cards: [...child.querySelectorAll(':scope > .card')].map(cardOf) });
    } else if (child.matches('.back-to-guide')) {
      // A link back to the reading guide belongs to the reading page, not the projected slide.
      continue;
    } else if (child.matches('p, blockquote')) {
      const runs = tidyRuns(runsOf(child));
      if (runs.length > 0)
        blocks.push({
          kind: 'paragraph',
          runs,
          ...(child.matches('.back-to-guide') ? { nav: true } : {}),
          ...(child.matches('.cover__programme, .section__number') ? { label: true } : {}),
        });
    } else if (child.matches(inlineSelector)) {
      const runs = inlineRuns(child);
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
    } else if (child.children.length > 0) {
      blocks.push(...blocksOf(child));
    } else if (text(child) !== '') {
      blocks.push({ kind: 'paragraph', runs: tidyRuns(runsOf(child)) });
    }
  }
  return blocks;
}

/** The source line on the slide (short) and the full references for the notes. */
function sourcesOf(section: Element): { sources: string[]; references: string[] } {
  // A deck's notes list the full references; the projected slide has one short source line.
  const noted = [...section.querySelectorAll('aside.notes .notes__sources li')].map(text);
  const line = text(section.querySelector('.slide-source-line'));
  const items = [...section.querySelectorAll('.slide-sources li')].map(text);
  const statement = text(section.querySelector('.slide-sources:not(.slide-source-line) p'));
  const references = noted.length > 0 ? noted : items.map(referenceOf);
  if (line !== '') return { sources: [line], references };
  if (items.length > 0) return { sources: [...new Set(items.map(shortSource))], references };
  return { sources: statement === '' ? [] : [statement], references };
}

/** The export model of one rendered slide section (a kit slide or a generated cover, part or end). */
export function readSlide(section: Element): ExportSlide {
  const view = section.querySelector('.slide-view');
  const content = section.querySelector('.slide-content') ?? view;
  const reading = content === null ? [] : [...content.querySelectorAll(readingSelector)];
  // In decks the reading text has been moved into the speaker notes: read it from there.
  const notesReading =
    reading.length > 0
      ? []
      : [...(section.querySelector('aside.notes')?.querySelectorAll(readingSelector) ?? [])];
  const layout =
    section.getAttribute('data-layout') ??
    section.querySelector('[data-layout]')?.getAttribute('data-layout') ??
    /\blayout-([\w-]+)/.exec(view?.className ?? '')?.[1] ??
    'default';
  const qr = section.querySelector('.end__qr svg');
  return {
    ...(qr === null ? {} : { qrSvg: new XMLSerializer().serializeToString(qr) }),
    id: section.getAttribute('data-slide-id') ?? section.id,
    title: text(section.querySelector('.slide-title')),
    layout,
    blocks: content === null ? [] : blocksOf(content),
    ...sourcesOf(section),
    // Speaker notes are the notes' own paragraphs: not the reading text, not the references.
    notes: [...section.querySelectorAll('aside.notes p')]
      .filter((p) => p.closest(`${readingSelector}, .notes__sources`) === null)
      .map(text)
      .filter((p) => p !== ''),
    reading: [...reading, ...notesReading]
      .filter((el) => el.parentElement?.closest(readingSelector) == null)
      .flatMap((el) => blocksOfReading(el)),
  };
}

/** The blocks of a reading-text element (which blocksOf would skip as a whole). */
function blocksOfReading(element: Element): Block[] {
  const wrapper = document.createElement('div');
  wrapper.append(...[...element.childNodes].map((node) => node.cloneNode(true)));
  return blocksOf(wrapper);
}

export function readDeck(title: string, sections: Iterable<Element>): ExportDeck {
  return { title, slides: [...sections].map(readSlide) };
}
