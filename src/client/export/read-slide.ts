// Used in the browser: reads the export model from a rendered slide <section> (the markup every
// renderer shares: h2.slide-title, .slide-content, .slide-sources, aside.notes), so ready-made
// decks, single slides and remixes export the same way.
import type { Dataset } from '../../schemas/dataset';
import {
  tidyRuns,
  type Block,
  type CardBlock,
  type ExportDeck,
  type ExportSlide,
  type ListItem,
  type Run,
} from '../../lib/export/model';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Inline content as runs, keeping bold, italic and links. */
function runsOf(
  node: Node,
  style: Omit<Run, 'text'> = {},
  skip: (el: Element) => boolean = () => false,
): Run[] {
  const runs: Run[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      runs.push({ ...style, text: child.textContent ?? '' });
      continue;
    }
    if (!(child instanceof Element) || skip(child)) continue;
    if (child.matches('ul, ol, script, template')) continue;
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
      : blocksOf(body).flatMap((block): Run[][] => {
          if (block.kind === 'list')
            return block.items.map((item) => [{ text: `${'  '.repeat(item.level)}• ` }, ...item.runs]);
          if (block.kind === 'paragraph' || block.kind === 'lead' || block.kind === 'heading')
            return [block.runs];
          if (block.kind === 'quote') return [[{ text: `${block.text} (${block.by})`, italic: true }]];
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
    if (child.matches('script, template, style, details.chart__data')) continue;
    if (child.matches('figure[data-chart]')) {
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
      blocks.push({ kind: 'list', ordered: child.matches('ol'), items: listOf(child) });
    } else if (child.matches('table')) {
      blocks.push(tableOf(child));
    } else if (child.matches('.card')) {
      blocks.push({ kind: 'cards', cards: [cardOf(child)] });
    } else if (child.matches('.columns') && child.querySelector(':scope > .card') !== null) {
      blocks.push({ kind: 'cards', cards: [...child.querySelectorAll(':scope > .card')].map(cardOf) });
    } else if (child.matches('p, blockquote')) {
      const runs = tidyRuns(runsOf(child));
      if (runs.length > 0)
        blocks.push({ kind: 'paragraph', runs, ...(child.matches('.back-to-guide') ? { nav: true } : {}) });
    } else if (child.children.length > 0) {
      blocks.push(...blocksOf(child));
    } else if (text(child) !== '') {
      blocks.push({ kind: 'paragraph', runs: tidyRuns(runsOf(child)) });
    }
  }
  return blocks;
}

/** The export model of one rendered slide section. */
export function readSlide(section: Element): ExportSlide {
  const content = section.querySelector('.slide-content');
  const sourceItems = [...section.querySelectorAll('.slide-sources li')].map(text);
  const statement = text(section.querySelector('.slide-sources p'));
  return {
    id: section.getAttribute('data-slide-id') ?? section.id,
    title: text(section.querySelector('.slide-title')),
    blocks: content === null ? [] : blocksOf(content),
    sources: sourceItems.length > 0 ? sourceItems : statement === '' ? [] : [statement],
    notes: [...section.querySelectorAll('aside.notes p')].map(text).filter((p) => p !== ''),
  };
}

export function readDeck(title: string, sections: Iterable<Element>): ExportDeck {
  return { title, slides: [...sections].map(readSlide) };
}
