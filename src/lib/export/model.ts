// Used in the browser (and in unit tests): the structured content of a slide as the exports
// see it. The browser reads it from the rendered slide (src/client/export/read-slide.ts), so
// ready-made decks and remixes export alike; the PowerPoint builder only ever sees this model.
import type { Dataset } from '../../schemas/dataset';

/** A piece of text with its emphasis and, optionally, where it links to. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Another slide (by id) or another site (a full URL). */
  link?: { slide: string } | { url: string };
}

/** One line of a list, with its nesting level (0 = top). */
export interface ListItem {
  runs: Run[];
  level: number;
}

/** A card as on the slide: optional label ("A"), title and body paragraphs. */
export interface CardBlock {
  label?: string;
  title: string;
  body: Run[][];
}

export type Block =
  | { kind: 'lead'; runs: Run[] }
  | { kind: 'heading'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; /** Navigation such as "terug naar de leeswijzer". */ nav?: boolean }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'quote'; text: string; by: string; role?: string }
  | { kind: 'cards'; cards: CardBlock[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | {
      kind: 'chart';
      dataset: Dataset;
      /** Key figures shown beside the chart, as "value label". */ figures: string[];
    };

/** A slide ready to be exported. */
export interface ExportSlide {
  id: string;
  title: string;
  blocks: Block[];
  /** Each source in small print, e.g. "Bron: VWS (2018). Actieprogramma Kansrijke Start." */
  sources: string[];
  /** Speaker notes, one string per paragraph. */
  notes: string[];
}

export interface ExportDeck {
  title: string;
  slides: ExportSlide[];
}

/** Plain text of runs, for estimates and tests. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Collapses white space inside and between runs, and drops runs that end up empty. */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, ' ');
    if (text === '') continue;
    const previous = out.at(-1);
    const atStart = out.length === 0 || /\s$/.test(previous!.text);
    const cleaned = atStart ? text.replace(/^ /, '') : text;
    if (cleaned === '') continue;
    if (
      previous !== undefined &&
      previous.bold === run.bold &&
      previous.italic === run.italic &&
      previous.link === run.link
    ) {
      previous.text += cleaned;
    } else {
      out.push({ ...run, text: cleaned });
    }
  }
  const last = out.at(-1);
  if (last !== undefined) {
    last.text = last.text.replace(/ $/, '');
    if (last.text === '') out.pop();
  }
  return out;
}

/**
 * Links to slides that are not in the exported deck go nowhere in a file, so they become plain
 * text; navigation paragraphs whose every link points outside the deck are left out.
 */
export function keepLinksInside(deck: ExportDeck): ExportDeck {
  const ids = new Set(deck.slides.map((slide) => slide.id));
  const fix = (runs: Run[]): Run[] =>
    runs.map((run) => {
      if (run.link === undefined || !('slide' in run.link) || ids.has(run.link.slide)) return run;
      const { link: _dropped, ...plain } = run;
      return plain;
    });
  const fixBlock = (block: Block): Block[] => {
    switch (block.kind) {
      case 'paragraph': {
        const runs = fix(block.runs);
        if (block.nav === true && !runs.some((run) => run.link !== undefined)) return [];
        return [{ ...block, runs }];
      }
      case 'lead':
      case 'heading':
        return [{ ...block, runs: fix(block.runs) }];
      case 'list':
        return [{ ...block, items: block.items.map((item) => ({ ...item, runs: fix(item.runs) })) }];
      case 'cards':
        return [{ ...block, cards: block.cards.map((card) => ({ ...card, body: card.body.map(fix) })) }];
      default:
        return [block];
    }
  };
  return {
    ...deck,
    slides: deck.slides.map((slide) => ({ ...slide, blocks: slide.blocks.flatMap(fixBlock) })),
  };
}

/** A file name from a deck title: lower case, ASCII, dashes ("Het verhaal" → "het-verhaal"). */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base === '' ? 'presentatie' : base}.${extension}`;
}
