// Used in the browser (and in unit tests): places a slide's blocks on a 16:9 PowerPoint slide
// (13.33 × 7.5 inch). Every box is sized from the measured text (Arial metrics plus an allowance
// for a wider substitute font), so PowerPoint needs no "shrink on overflow": when the content
// does not fit, the font gets smaller (down to a floor) until nothing runs off the slide or over
// the sources, and no word is broken inside a card.
import type { Block, CardBlock, CardLine, ExportSlide, Run } from './model';
import { chartPlan, type NativeChart } from './chart';
import { textHeight as measuredHeight, widestWord } from './measure';

export const slideWidth = 13.333;
export const slideHeight = 7.5;
/** The one font of the export: on every computer with Office, and metric-equal in LibreOffice. */
export const exportFont = 'Arial';
export const margin = 0.75;
const gap = 0.15;
const baseSize = 24;
/** Smallest body text when a slide is dense, and the floor below which nothing goes. */
const minSize = 14;
const floorSize = 10;
/** The source line on the slide (≥ 14 px on reveal's 1280 px stage). */
export const sourceSize = 11;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One paragraph of a text box. */
export interface Paragraph {
  runs: Run[];
  size: number;
  bold?: boolean;
  italic?: boolean;
  colour?: 'accent' | 'muted' | 'teal' | 'inverse';
  bullet?: {
    ordered: boolean;
    level: number;
    /** Number of the first item of an ordered list. */ number?: number;
  };
  /** Indent in inches (quotes). */
  indent?: number;
  spaceAfter: number;
}

export type Placement =
  | {
      kind: 'title';
      box: Box;
      text: string;
      size: number;
      colour: 'ink' | 'accent' | 'teal' | 'inverse';
      rule: boolean;
    }
  | { kind: 'text'; box: Box; paragraphs: Paragraph[] }
  | { kind: 'card'; box: Box; card: CardBlock; size: number }
  | { kind: 'table'; box: Box; header: string[]; rows: string[][]; size: number }
  | { kind: 'chart'; box: Box; chart: NativeChart }
  | { kind: 'sources'; box: Box; lines: string[]; size: number; inverse?: boolean };

/** The slide masters of the export, mirroring the kit's layouts (stage.css). */
export type MasterName = 'content' | 'statement' | 'cover' | 'section' | 'end';

/** The master a kit layout is placed on; fact, chart, quote, cards and two-cols share the content look. */
export function masterFor(layout: string): MasterName {
  return layout === 'cover' || layout === 'section' || layout === 'end' || layout === 'statement'
    ? layout
    : 'content';
}

/** Text on these masters is white on a dark ground. */
export const darkMasters: ReadonlySet<MasterName> = new Set(['cover', 'section', 'end']);

const textHeight = (text: string | readonly Run[], width: number, size: number, bold = false) =>
  measuredHeight(text, width, size, bold);

function paragraphsOf(block: Block, size: number): Paragraph[] {
  const after = size * 0.45;
  switch (block.kind) {
    case 'lead':
      return [{ runs: block.runs, size: Math.round(size * 1.25), bold: true, spaceAfter: after }];
    case 'heading':
      return [{ runs: block.runs, size: Math.round(size * 1.1), bold: true, spaceAfter: after / 2 }];
    case 'paragraph':
      return [
        { runs: block.runs, size: block.nav === true ? Math.round(size * 0.75) : size, spaceAfter: after },
      ];
    case 'list':
      return block.items.map((item, index) => ({
        runs: item.runs,
        size,
        bullet: {
          ordered: block.ordered,
          level: item.level,
          // PowerPoint numbers on from the start it is given, so every top-level item carries it.
          ...(block.ordered && block.start !== undefined && item.level === 0 ? { number: block.start } : {}),
        },
        spaceAfter: index === block.items.length - 1 ? after : size * 0.2,
      }));
    case 'fact':
      return [
        {
          runs: [{ text: block.value }],
          size: Math.round(size * 2.6),
          bold: true,
          colour: 'accent',
          spaceAfter: size * 0.8,
        },
        { runs: [{ text: block.label }], size: Math.round(size * 1.1), spaceAfter: size * 0.3 },
        ...(block.source === ''
          ? []
          : [
              {
                runs: [{ text: block.source }],
                size: Math.max(sourceSize, Math.round(size * 0.55)),
                colour: 'muted' as const,
                spaceAfter: after,
              },
            ]),
      ];
    case 'quote':
      return [
        {
          runs: [{ text: block.text }],
          size: Math.round(size * 1.15),
          italic: true,
          indent: 0.3,
          spaceAfter: size * 0.25,
        },
        {
          runs: [{ text: block.by, bold: true }],
          size,
          indent: 0.3,
          spaceAfter: block.role === undefined ? after : 0,
        },
        ...(block.role === undefined
          ? []
          : [
              {
                runs: [{ text: block.role }],
                size: Math.round(size * 0.85),
                colour: 'muted' as const,
                indent: 0.3,
                spaceAfter: after,
              },
            ]),
      ];
    default:
      return [];
  }
}

/** Indent of a bullet or number per level, in inches: room for "14." at the paragraph's size. */
export function bulletIndentOf(p: Pick<Paragraph, 'bullet' | 'size'>): number {
  if (p.bullet === undefined) return 0;
  return ((p.bullet.ordered ? 1.9 : 1.1) * p.size) / 72;
}

export const paragraphHeight = (p: Paragraph, width: number) =>
  textHeight(
    p.runs,
    width - (p.indent ?? 0) - bulletIndentOf(p) * ((p.bullet?.level ?? 0) + 1),
    p.size,
    p.bold === true,
  ) +
  p.spaceAfter / 72;

/** Inner padding of a card: left (past the accent bar), top, right, bottom, in inches. */
export const cardPadding = { left: 0.2, top: 0.12, right: 0.12, bottom: 0.12 } as const;
const cardSize = (size: number) => Math.round(size * 0.8);

/** A card's title and body as the paragraphs of its text box. */
export function cardParagraphs(card: CardBlock, size: number): Paragraph[] {
  const title: Paragraph = {
    runs: [
      ...(card.label === undefined ? [] : [{ text: `${card.label} `, bold: true }]),
      { text: card.title },
    ],
    size,
    bold: true,
    spaceAfter: size * 0.3,
  };
  const body = card.body.map((line: CardLine): Paragraph => ({
    runs: line.runs,
    size,
    ...(line.bullet === undefined
      ? {}
      : {
          bullet: {
            ordered: line.bullet.ordered,
            level: line.bullet.level,
            ...(line.bullet.number === undefined ? {} : { number: line.bullet.number }),
          },
        }),
    spaceAfter: size * 0.3,
  }));
  return [title, ...body];
}

const cardInner = (width: number) => width - cardPadding.left - cardPadding.right;
function cardHeight(card: CardBlock, width: number, size: number): number {
  return (
    cardPadding.top +
    cardPadding.bottom +
    cardParagraphs(card, cardSize(size)).reduce((sum, p) => sum + paragraphHeight(p, cardInner(width)), 0)
  );
}

/** Whether every word of a card fits on a line of the card (no "Hersenontwikkelin-g"). */
function cardWordsFit(card: CardBlock, width: number, size: number): boolean {
  return cardParagraphs(card, size).every(
    (p) =>
      widestWord(p.runs, p.size, p.bold === true) <=
      cardInner(width) - bulletIndentOf(p) * ((p.bullet?.level ?? 0) + 1),
  );
}

const tableSize = (size: number) => Math.max(10, Math.round(size * 0.6));
function tableHeight(header: string[], rows: string[][], width: number, size: number): number {
  const s = tableSize(size);
  const column = width / Math.max(1, header.length);
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((cell) => textHeight(cell, column - 0.25, s))) + 0.1;
  return rowHeight(header) + rows.reduce((sum, row) => sum + rowHeight(row), 0);
}

/** The flowing (non-chart) content of a column, placed from `top` at font size `size`. */
function flow(
  blocks: readonly Block[],
  x: number,
  top: number,
  width: number,
  size: number,
): { placements: Placement[]; bottom: number } {
  const placements: Placement[] = [];
  let y = top;
  let pending: Paragraph[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const h = pending.reduce((sum, p) => sum + paragraphHeight(p, width), 0);
    placements.push({ kind: 'text', box: { x, y, w: width, h }, paragraphs: pending });
    y += h + gap;
    pending = [];
  };
  for (const block of blocks) {
    if (block.kind === 'cards') {
      flush();
      // As many cards side by side as fit without breaking a word inside a card.
      let columns = Math.min(block.cards.length, width > 8 ? 4 : 2);
      const widthOf = (n: number) => (width - gap * (n - 1)) / n;
      while (
        columns > 1 &&
        !block.cards.every((card) => cardWordsFit(card, widthOf(columns), cardSize(size)))
      )
        columns -= 1;
      const cardWidth = widthOf(columns);
      for (let row = 0; row * columns < block.cards.length; row += 1) {
        const cards = block.cards.slice(row * columns, row * columns + columns);
        const h = Math.max(...cards.map((card) => cardHeight(card, cardWidth, size)));
        cards.forEach((card, index) =>
          placements.push({
            kind: 'card',
            box: { x: x + index * (cardWidth + gap), y, w: cardWidth, h },
            card,
            size: cardSize(size),
          }),
        );
        y += h + gap;
      }
    } else if (block.kind === 'table') {
      flush();
      const h = tableHeight(block.header, block.rows, width, size);
      placements.push({
        kind: 'table',
        box: { x, y, w: width, h },
        header: block.header,
        rows: block.rows,
        size: tableSize(size),
      });
      y += h + gap;
    } else if (block.kind !== 'chart') {
      pending.push(...paragraphsOf(block, size));
    }
  }
  flush();
  return { placements, bottom: y - gap };
}

/** Charts (each with its remarks, key figures and table) stacked in a column. */
function chartColumn(blocks: readonly Block[], box: Box, size: number): Placement[] {
  const charts = blocks.filter((block): block is Extract<Block, { kind: 'chart' }> => block.kind === 'chart');
  const share = (box.h - gap * (charts.length - 1)) / Math.max(1, charts.length);
  const small = Math.max(11, Math.round(size * 0.5));
  return charts.flatMap((block, index) => {
    const plan = chartPlan(block.dataset);
    const top = box.y + index * (share + gap);
    // The table of true values when it fits in a third of the room, else the ranges in brief.
    const fullTableH =
      plan.table === undefined
        ? 0
        : tableHeight(plan.table.header, plan.table.rows, box.w, small / 0.6) + 0.05;
    const tableFits = fullTableH <= share / 3;
    const text = [...block.figures, ...(tableFits ? [] : (plan.rangeLines ?? [])), ...plan.remarks];
    const textH =
      text.length === 0 ? 0 : text.reduce((sum, line) => sum + textHeight(line, box.w, small), 0) + 0.05;
    const tableH = tableFits ? fullTableH : 0;
    const chartH = Math.max(1.2, share - textH - tableH);
    // Horizontal bars keep their long labels readable when several charts are stacked, not set side by side.
    const stackCharts =
      plan.charts.length > 1 && plan.charts.every((chart) => chart.type === 'bar' && chart.horizontal);
    const across = stackCharts ? 1 : plan.charts.length;
    const down = stackCharts ? plan.charts.length : 1;
    const chartW = (box.w - gap * (across - 1)) / across;
    const eachH = (chartH - gap * (down - 1)) / down;
    const placed: Placement[] = plan.charts.map((chart, n) => ({
      kind: 'chart',
      box: {
        x: box.x + (stackCharts ? 0 : n * (chartW + gap)),
        y: top + (stackCharts ? n * (eachH + gap) : 0),
        w: chartW,
        h: eachH,
      },
      chart: stackCharts ? { ...chart, compact: n < plan.charts.length - 1 || eachH < 1.6 } : chart,
    }));
    let y = top + chartH;
    if (plan.table !== undefined && tableFits) {
      placed.push({
        kind: 'table',
        box: { x: box.x, y, w: box.w, h: tableH - 0.05 },
        header: plan.table.header,
        rows: plan.table.rows,
        size: small,
      });
      y += tableH;
    }
    if (text.length > 0) {
      placed.push({
        kind: 'text',
        box: { x: box.x, y, w: box.w, h: textH },
        paragraphs: text.map((line) => ({
          runs: [{ text: line }],
          size: small,
          colour: 'muted',
          spaceAfter: 0,
        })),
      });
    }
    return placed;
  });
}

/** The title's size: as large as fits in two lines, smaller for long titles. */
function titleSizeFor(title: string, width: number): number {
  return (
    [32, 28, 24, 20].find((size) => textHeight(title, width, size, true) <= (2 * size * 1.24) / 72) ?? 20
  );
}

/** The short source lines on the slide, at the bottom, clear of the slide number at the right. */
export function sourcesPlacement(sources: readonly string[]): Placement | undefined {
  if (sources.length === 0) return undefined;
  const width = slideWidth - 2 * margin - 0.9;
  const h = sources.reduce((sum, line) => sum + textHeight(line, width, sourceSize), 0) + 0.04;
  return {
    kind: 'sources',
    box: { x: margin, y: slideHeight - 0.3 - h, w: width, h },
    lines: [...sources],
    size: sourceSize,
  };
}

/** Cover, part divider, closing slide and statement: their text large and centred in height. */
function centredSlide(slide: ExportSlide, master: MasterName): Placement[] {
  const dark = darkMasters.has(master);
  const width = master === 'statement' ? 10 : 9;
  const x = master === 'section' ? 1.1 : 0.9;
  const titleSizes = master === 'statement' ? [24, 20] : [54, 48, 40, 32, 28];
  // The smallest size when none fits in three lines (a statement's title never grows back to 28 pt).
  const titleSize =
    titleSizes.find((size) => textHeight(slide.title, width, size, true) <= (3 * size * 1.2) / 72) ??
    titleSizes[titleSizes.length - 1]!;
  const titleH = textHeight(slide.title, width, titleSize, true) + 0.05;
  const bodySize = 24;
  // A statement's one sentence is set very large; everything else at body size.
  const paragraphsFor = (block: Block) =>
    paragraphsOf(block, master === 'statement' && block.kind === 'lead' ? 32 : bodySize).map((p) =>
      dark ? { ...p, colour: 'inverse' as const } : p,
    );
  const labels = slide.blocks.filter((block) => block.kind === 'paragraph' && block.label === true);
  // Labels such as "Kansrijke Start" and "Deel 2" stand above the title, as on the web.
  const before = labels.flatMap(paragraphsFor);
  const after = slide.blocks.filter((block) => !labels.includes(block)).flatMap(paragraphsFor);
  const leadSize = Math.max(bodySize, ...after.map((p) => p.size));
  const fitted = (list: Paragraph[], size: number) =>
    list.map((p) => ({
      ...p,
      size: Math.min(p.size, size),
      spaceAfter: Math.min(p.spaceAfter, size * 0.45),
    }));
  let size = leadSize;
  const height = (list: Paragraph[]) => list.reduce((sum, p) => sum + paragraphHeight(p, width), 0);
  while (
    size > minSize &&
    titleH + height(fitted(before, size)) + height(fitted(after, size)) + 0.6 > slideHeight - 1.4
  )
    size -= 1;
  const top = fitted(before, Math.min(size, 20));
  const rest = fitted(after, size);
  const topH = height(top);
  const restH = height(rest);
  let y = Math.max(0.5, (slideHeight - (topH + titleH + 0.3 + restH)) / 2);
  const placements: Placement[] = [];
  if (top.length > 0) {
    placements.push({ kind: 'text', box: { x, y, w: width, h: topH }, paragraphs: top });
    y += topH;
  }
  placements.push({
    kind: 'title',
    box: { x, y, w: width, h: titleH },
    text: slide.title,
    size: titleSize,
    colour: dark ? 'inverse' : 'accent',
    rule: master !== 'statement',
  });
  y += titleH + 0.3;
  if (rest.length > 0) placements.push({ kind: 'text', box: { x, y, w: width, h: restH }, paragraphs: rest });
  const sources = sourcesPlacement(slide.sources);
  if (sources !== undefined && sources.kind === 'sources')
    placements.push({ ...sources, ...(dark ? { inverse: true } : {}) });
  return placements;
}

/** Flowing text beside a chart at most this share of the content height, set full width, goes over the chart. */
export const shortFlowShare = 0.25;

/** Every shape of a slide, in inches, inside the slide and clear of the title and the sources. */
export function layoutSlide(slide: ExportSlide): Placement[] {
  const master = masterFor(slide.layout);
  if (master !== 'content') return centredSlide(slide, master);
  const contentWidth = slideWidth - 2 * margin;
  const titleSize = titleSizeFor(slide.title, contentWidth);
  const titleH = textHeight(slide.title, contentWidth, titleSize, true) + 0.05;
  const title: Placement = {
    kind: 'title',
    box: { x: margin, y: 0.35, w: contentWidth, h: titleH },
    text: slide.title,
    size: titleSize,
    colour: slide.layout === 'quote' ? 'teal' : 'ink',
    rule: slide.layout !== 'quote',
  };
  const sources = sourcesPlacement(slide.sources);
  const sourcesTop = sources?.box.y ?? slideHeight - 0.3;
  // Room under the title for its accent rule.
  const top = title.box.y + titleH + 0.3;
  const bottom = sourcesTop - 0.2;
  const hasChart = slide.blocks.some((block) => block.kind === 'chart');
  const hasFlow = slide.blocks.some((block) => block.kind !== 'chart');
  // A chart with a line or two of text (an intro, a link) gets the full width, the text over it:
  // a narrow column beside it would hold only a few words and break a link inside a word.
  const fullWidthFlow =
    hasChart && hasFlow ? flow(slide.blocks, margin, top, contentWidth, baseSize) : undefined;
  const textOverChart =
    fullWidthFlow !== undefined && fullWidthFlow.bottom - top <= (bottom - top) * shortFlowShare;
  const flowWidth = hasChart && hasFlow && !textOverChart ? contentWidth * 0.4 : contentWidth;
  const chartBox: Box =
    fullWidthFlow !== undefined && textOverChart
      ? { x: margin, y: fullWidthFlow.bottom + gap, w: contentWidth, h: bottom - fullWidthFlow.bottom - gap }
      : hasFlow
        ? { x: margin + flowWidth + 0.3, y: top, w: contentWidth - flowWidth - 0.3, h: bottom - top }
        : { x: margin, y: top, w: contentWidth, h: bottom - top };

  // Shrink the flowing text a point at a time until it fits; past the dense-slide size only when
  // nothing else helps, never below the floor.
  let size = baseSize;
  let placed = flow(slide.blocks, margin, top, flowWidth, size);
  while (placed.bottom > bottom && size > floorSize) {
    size -= size > minSize ? 1 : 0.5;
    placed = flow(slide.blocks, margin, top, flowWidth, size);
  }
  return [
    title,
    ...placed.placements,
    ...(hasChart ? chartColumn(slide.blocks, chartBox, baseSize) : []),
    ...(sources === undefined ? [] : [sources]),
  ];
}
