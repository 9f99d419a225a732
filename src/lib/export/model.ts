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

/** A paragraph of a card: plain, or an item of a bulleted or numbered list. */
export interface CardLine {
  runs: Run[];
  bullet?: { ordered: boolean; level: number; /** Number of an ordered item, from 1. */ number?: number };
}

/** A card as on the slide: optional label ("A"), title and body paragraphs. */
export interface CardBlock {
  label?: string;
  title: string;
  body: CardLine[];
}

export type Block =
  | { kind: 'lead'; runs: Run[] }
  | { kind: 'heading'; runs: Run[] }
  | {
      kind: 'paragraph';
      runs: Run[];
      /** Navigation such as "terug naar de leeswijzer". */ nav?: boolean;
      /** A label set above a title, such as "Deel 2" on a part divider. */ label?: boolean;
    }
  /** `start`: the number of a numbered list's first item when it is not 1 (a list continued from another slide). */
  | { kind: 'list'; ordered: boolean; items: ListItem[]; start?: number }
  | { kind: 'quote'; text: string; by: string; role?: string }
  | { kind: 'cards'; cards: CardBlock[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A key figure set very large: its value, its label with date, and its short source. */
  | { kind: 'fact'; value: string; label: string; source: string }
  | {
      kind: 'chart';
      dataset: Dataset;
      /** Key figures shown beside the chart, as "value label". */ figures: string[];
    };

/** A slide ready to be exported. */
export interface ExportSlide {
  id: string;
  title: string;
  /** The kit layout of the slide (`default`, `cover`, `chart`, …), as in the slide's frontmatter. */
  layout: string;
  /** What is projected: the slide's content without its reading text. */
  blocks: Block[];
  /** The short source line(s) on the slide, e.g. "Bron: VWS (2018)". */
  sources: string[];
  /** The full references, e.g. "VWS (2018). Actieprogramma Kansrijke Start.", for the notes. */
  references: string[];
  /** Speaker notes, one string per paragraph. */
  notes: string[];
  /** The reading text (`<Toelichting>`): spoken or handed out, never projected. */
  reading: Block[];
  /** The closing slide's QR code to the site, as SVG markup (drawn at build time, decorative). */
  qrSvg?: string;
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
        return [
          {
            ...block,
            cards: block.cards.map((card) => ({
              ...card,
              body: card.body.map((line) => ({ ...line, runs: fix(line.runs) })),
            })),
          },
        ];
      default:
        return [block];
    }
  };
  return {
    ...deck,
    slides: deck.slides.map((slide) => ({
      ...slide,
      blocks: slide.blocks.flatMap(fixBlock),
      reading: slide.reading.flatMap(fixBlock),
    })),
  };
}

/**
 * The short form of a full source line: "Bron: Heckman, J. (2008). Schools, skills…" becomes
 * "Bron: Heckman, J. (2008)". Lines without a year in brackets (a programme statement) stay whole.
 */
export function shortSource(line: string): string {
  const match = /^(.*?\((?:\d{4}[a-z]?(?:[–-]\d{2,4})?|z\.j\.|n\.d\.)\))/.exec(line);
  return match === null ? line : match[1]!;
}

/** A full source line without its "Bron:" label: the reference as the notes list it. */
export function referenceOf(line: string): string {
  return line.replace(/^Bron(nen)?:\s*/, '');
}

/** The text of a block for the notes and the hand-out, one string per paragraph. */
export function blockLines(
  block: Block,
): Array<{ text: string; bullet?: 'ordered' | 'unordered'; level?: number }> {
  switch (block.kind) {
    case 'lead':
    case 'heading':
    case 'paragraph':
      return [{ text: runsText(block.runs) }];
    case 'list':
      return block.items.map((item) => ({
        text: runsText(item.runs),
        bullet: block.ordered ? ('ordered' as const) : ('unordered' as const),
        level: item.level,
      }));
    case 'quote':
      // The quotation verbatim in a paragraph of its own, who said it under it.
      return [{ text: block.text }, { text: `– ${[block.by, block.role].filter(Boolean).join(', ')}` }];
    case 'cards':
      return block.cards.flatMap((card) => [
        { text: [card.label, card.title].filter(Boolean).join(' ') },
        ...card.body.map((line) => ({
          text: runsText(line.runs),
          ...(line.bullet === undefined
            ? {}
            : {
                bullet: line.bullet.ordered ? ('ordered' as const) : ('unordered' as const),
                level: line.bullet.level,
              }),
        })),
      ]);
    case 'table':
      return [block.header.join(' | '), ...block.rows.map((row) => row.join(' | '))].map((text) => ({
        text,
      }));
    case 'chart':
      return [{ text: block.dataset.title }, ...block.figures.map((text) => ({ text }))];
    case 'fact':
      return [{ text: `${block.value} ${block.label}` }, { text: block.source }];
  }
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

/** What goes into a slide's notes: the speaker notes, then the reading text, then the full sources. */
export function notesFor(slide: ExportSlide): Array<{
  text: string;
  bold?: boolean;
  bullet?: 'ordered' | 'unordered';
  level?: number;
}> {
  const reading = slide.reading.flatMap(blockLines);
  const references = slide.references.length > 0 ? slide.references : slide.sources;
  const sections = [
    slide.notes.map((text) => ({ text })),
    reading.length === 0 ? [] : [{ text: 'Toelichting', bold: true }, ...reading],
    references.length === 0
      ? []
      : [
          { text: references.length === 1 ? 'Bron' : 'Bronnen', bold: true },
          ...references.map((text) => ({ text, bullet: 'unordered' as const })),
        ],
  ].filter((section) => section.length > 0);
  // An empty paragraph between the parts.
  return sections.flatMap((section, index) => (index === 0 ? section : [{ text: '' }, ...section]));
}
