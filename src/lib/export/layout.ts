// Used in the browser (and in unit tests): places a slide's blocks on a 16:9 PowerPoint slide
// (13.33 × 7.5 inch). Heights are estimated from the text; when the content does not fit,
// the font shrinks (down to a floor) so nothing runs off the slide or over the sources.
import type { Block, CardBlock, ExportSlide, Run } from './model';
import { runsText } from './model';
import { chartPlan, type NativeChart } from './chart';

export const slideWidth = 13.333;
export const slideHeight = 7.5;
const margin = 0.55;
const gap = 0.15;
/** Average glyph width of Atkinson Hyperlegible as a share of the font size (measured roughly). */
const glyph = 0.53;
const lineHeight = 1.2;
const baseSize = 22;
const minSize = 11;

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
  colour?: 'accent' | 'muted';
  bullet?: { ordered: boolean; level: number };
  /** Indent in inches (quotes). */
  indent?: number;
  spaceAfter: number;
}

export type Placement =
  | { kind: 'title'; box: Box; text: string; size: number }
  | { kind: 'text'; box: Box; paragraphs: Paragraph[] }
  | { kind: 'card'; box: Box; card: CardBlock; size: number }
  | { kind: 'table'; box: Box; header: string[]; rows: string[][]; size: number }
  | { kind: 'chart'; box: Box; chart: NativeChart }
  | { kind: 'sources'; box: Box; lines: string[]; size: number };

/** Lines a text takes in a box `width` inches wide at `size` points. */
export function lineCount(text: string, width: number, size: number): number {
  const perLine = Math.max(8, Math.floor((width * 72) / (size * glyph)));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

const textHeight = (text: string, width: number, size: number) =>
  (lineCount(text, width, size) * size * lineHeight) / 72;

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
        bullet: { ordered: block.ordered, level: item.level },
        spaceAfter: index === block.items.length - 1 ? after : size * 0.15,
      }));
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

const paragraphHeight = (p: Paragraph, width: number) =>
  textHeight(
    runsText(p.runs),
    width - (p.indent ?? 0) - (p.bullet === undefined ? 0 : 0.35 * (p.bullet.level + 1)),
    p.size,
  ) +
  p.spaceAfter / 72;

const cardSize = (size: number) => Math.round(size * 0.8);
function cardHeight(card: CardBlock, width: number, size: number): number {
  const s = cardSize(size);
  const title = textHeight(`${card.label ?? ''} ${card.title}`, width - 0.3, s);
  return (
    0.2 +
    title +
    card.body.reduce((sum, runs) => sum + textHeight(runsText(runs), width - 0.3, s) + (s * 0.3) / 72, 0)
  );
}

const tableSize = (size: number) => Math.max(8, Math.round(size * 0.6));
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
      const columns = Math.min(block.cards.length, width > 8 ? 4 : 2);
      const cardWidth = (width - gap * (columns - 1)) / columns;
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
  const small = Math.max(9, Math.round(size * 0.5));
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

/** Every shape of a slide, in inches, inside the slide and clear of the title and the sources. */
export function layoutSlide(slide: ExportSlide): Placement[] {
  const contentWidth = slideWidth - 2 * margin;
  const titleSize = slide.title.length > 90 ? 22 : slide.title.length > 55 ? 26 : 30;
  const titleH = textHeight(slide.title, contentWidth, titleSize) + 0.1;
  const title: Placement = {
    kind: 'title',
    box: { x: margin, y: 0.3, w: contentWidth, h: titleH },
    text: slide.title,
    size: titleSize,
  };
  const sourceSize = slide.sources.length > 4 ? 8 : 9;
  // The slide number sits at the right of the sources.
  const sourcesWidth = contentWidth - 0.8;
  const sourcesH =
    slide.sources.reduce((sum, line) => sum + textHeight(line, sourcesWidth, sourceSize), 0) + 0.05;
  const sourcesTop = slideHeight - 0.25 - sourcesH;
  const sources: Placement[] =
    slide.sources.length === 0
      ? []
      : [
          {
            kind: 'sources',
            box: { x: margin, y: sourcesTop, w: sourcesWidth, h: sourcesH },
            lines: slide.sources,
            size: sourceSize,
          },
        ];
  const top = 0.3 + titleH + 0.15;
  const bottom = sourcesTop - 0.15;
  const hasChart = slide.blocks.some((block) => block.kind === 'chart');
  const hasFlow = slide.blocks.some((block) => block.kind !== 'chart');
  const flowWidth = hasChart && hasFlow ? contentWidth * 0.42 : contentWidth;
  const chartBox: Box = hasFlow
    ? { x: margin + flowWidth + 0.3, y: top, w: contentWidth - flowWidth - 0.3, h: bottom - top }
    : { x: margin, y: top, w: contentWidth, h: bottom - top };

  // Shrink the flowing text a point at a time until it fits (at most a dozen tries).
  let size = baseSize;
  let placed = flow(slide.blocks, margin, top, flowWidth, size);
  while (placed.bottom > bottom && size > minSize) {
    size -= 1;
    placed = flow(slide.blocks, margin, top, flowWidth, size);
  }
  // At the smallest size, what is still too long is clipped to the room left; PowerPoint's
  // "shrink text on overflow" (fit: shrink) then makes it fit.
  const flowPlacements = placed.placements.map((p) =>
    p.box.y + p.box.h > bottom ? { ...p, box: { ...p.box, h: Math.max(0.3, bottom - p.box.y) } } : p,
  );
  return [
    title,
    ...flowPlacements,
    ...(hasChart ? chartColumn(slide.blocks, chartBox, baseSize) : []),
    ...sources,
  ];
}
