import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/dataset';
import { layoutSlide, lineCount, slideHeight, slideWidth, type Placement } from '../../src/lib/export/layout';
import type { Block, ExportSlide } from '../../src/lib/export/model';

const slide = (blocks: Block[], extra: Partial<ExportSlide> = {}): ExportSlide => ({
  id: 's',
  title: 'Een titel',
  blocks,
  sources: ['Bron: VWS (2018). Actieprogramma Kansrijke Start.'],
  notes: [],
  ...extra,
});

/** Boxes to a thousandth of an inch, so the expected layouts stay readable. */
const rounded = (placements: Placement[]) =>
  placements.map((p) => ({
    ...p,
    box: Object.fromEntries(
      Object.entries(p.box).map(([key, value]) => [key, Math.round(value * 1000) / 1000]),
    ),
  }));
const boxes = (placements: Placement[]) => rounded(placements).map((p) => [p.kind, p.box]);
const sizes = (placement: Placement | undefined) =>
  placement?.kind === 'text' ? placement.paragraphs.map((p) => p.size) : [];
const fitsOnSlide = (p: Placement) =>
  p.box.w > 0 &&
  p.box.h > 0 &&
  p.box.x >= 0 &&
  p.box.y >= 0 &&
  p.box.x + p.box.w <= slideWidth + 1e-9 &&
  p.box.y + p.box.h <= slideHeight + 1e-9;

const costs = datasetSchema.parse({
  id: 'kosten',
  title: 'Kosten',
  type: 'bar',
  unit: '€ miljoen',
  x: { title: 'Post', values: ['Coalities', 'Totaal'] },
  series: [{ id: 'bedrag', label: 'Bedrag', values: [5, [25, 30]] }],
  sources: ['kamerbrief'],
});
const births = datasetSchema.parse({
  id: 'geboorten',
  title: 'Geboorten',
  type: 'bar',
  unit: 'aantal',
  x: { title: 'Jaar', values: ['2021', '2022'] },
  series: [{ id: 'geboorten', label: 'Geboorten', values: [179000, 167000] }],
  note: 'Afgerond op duizendtallen.',
  sources: ['cbs'],
});

describe('lineCount', () => {
  it('counts the lines a text wraps to, and each line break as a new line', () => {
    // 10 inch at 18 pt holds 75 characters a line.
    expect([
      lineCount('a'.repeat(75), 10, 18),
      lineCount('a'.repeat(76), 10, 18),
      lineCount('kort\nkort\n', 10, 18),
    ]).toEqual([1, 2, 3]);
  });

  it('assumes at least eight characters a line in a very narrow box', () => {
    expect(lineCount('a'.repeat(16), 0.1, 22)).toBe(2);
  });
});

describe('layoutSlide', () => {
  it('keeps short text at the 22 pt base size across the full width of a slide without a chart', () => {
    const placed = layoutSlide(slide([{ kind: 'paragraph', runs: [{ text: 'Kort.' }] }]));
    expect(boxes(placed)).toEqual([
      ['title', { x: 0.55, y: 0.3, w: 12.233, h: 0.6 }],
      ['text', { x: 0.55, y: 1.05, w: 12.233, h: 0.504 }],
      ['sources', { x: 0.55, y: 7.05, w: 11.433, h: 0.2 }],
    ]);
    expect(sizes(placed[1])).toEqual([22]);
  });

  it('gives each kind of text block its size, weight, indent and bullet', () => {
    const placed = layoutSlide(
      slide([
        { kind: 'lead', runs: [{ text: 'Inleiding' }] },
        { kind: 'heading', runs: [{ text: 'Kop' }] },
        { kind: 'paragraph', runs: [{ text: 'Tekst' }] },
        { kind: 'paragraph', runs: [{ text: 'Terug naar de leeswijzer' }], nav: true },
        {
          kind: 'list',
          ordered: true,
          items: [
            { runs: [{ text: 'een' }], level: 0 },
            { runs: [{ text: 'twee' }], level: 1 },
          ],
        },
        { kind: 'quote', text: 'Citaat', by: 'Spreker', role: 'Rol' },
        { kind: 'quote', text: 'Nog een', by: 'Ander' },
      ]),
    );
    expect(placed.map((p) => p.kind)).toEqual(['title', 'text', 'sources']);
    const text = placed[1];
    expect(text?.kind === 'text' && text.paragraphs).toEqual([
      { runs: [{ text: 'Inleiding' }], size: 28, bold: true, spaceAfter: 9.9 },
      { runs: [{ text: 'Kop' }], size: 24, bold: true, spaceAfter: 4.95 },
      { runs: [{ text: 'Tekst' }], size: 22, spaceAfter: 9.9 },
      { runs: [{ text: 'Terug naar de leeswijzer' }], size: 17, spaceAfter: 9.9 },
      { runs: [{ text: 'een' }], size: 22, bullet: { ordered: true, level: 0 }, spaceAfter: 3.3 },
      { runs: [{ text: 'twee' }], size: 22, bullet: { ordered: true, level: 1 }, spaceAfter: 9.9 },
      { runs: [{ text: 'Citaat' }], size: 25, italic: true, indent: 0.3, spaceAfter: 5.5 },
      { runs: [{ text: 'Spreker', bold: true }], size: 22, indent: 0.3, spaceAfter: 0 },
      { runs: [{ text: 'Rol' }], size: 19, colour: 'muted', indent: 0.3, spaceAfter: 9.9 },
      { runs: [{ text: 'Nog een' }], size: 25, italic: true, indent: 0.3, spaceAfter: 5.5 },
      { runs: [{ text: 'Ander', bold: true }], size: 22, indent: 0.3, spaceAfter: 9.9 },
    ]);
    expect(rounded(placed)[1]!.box).toEqual({ x: 0.55, y: 1.05, w: 12.233, h: 5.226 });
  });

  it('sets cards four to a row on a full-width slide, then a table below them', () => {
    const card = (title: string) => ({ label: title[0]!, title, body: [[{ text: `Over ${title}.` }]] });
    const placed = layoutSlide(
      slide([
        { kind: 'paragraph', runs: [{ text: 'Vooraf.' }] },
        { kind: 'cards', cards: ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde'].map(card) },
        { kind: 'table', header: ['Jaar', 'Aantal'], rows: [['2021', '179.000']] },
        { kind: 'paragraph', runs: [{ text: 'Achteraf.' }] },
      ]),
    );
    expect(boxes(placed)).toEqual([
      ['title', { x: 0.55, y: 0.3, w: 12.233, h: 0.6 }],
      ['text', { x: 0.55, y: 1.05, w: 12.233, h: 0.504 }],
      ['card', { x: 0.55, y: 1.704, w: 2.946, h: 0.875 }],
      ['card', { x: 3.646, y: 1.704, w: 2.946, h: 0.875 }],
      ['card', { x: 6.742, y: 1.704, w: 2.946, h: 0.875 }],
      ['card', { x: 9.837, y: 1.704, w: 2.946, h: 0.875 }],
      ['card', { x: 0.55, y: 2.729, w: 2.946, h: 0.875 }],
      ['table', { x: 0.55, y: 3.754, w: 12.233, h: 0.633 }],
      ['text', { x: 0.55, y: 4.538, w: 12.233, h: 0.504 }],
      ['sources', { x: 0.55, y: 7.05, w: 11.433, h: 0.2 }],
    ]);
    const table = placed[7];
    expect(table?.kind === 'table' && [table.header, table.rows, table.size]).toEqual([
      ['Jaar', 'Aantal'],
      [['2021', '179.000']],
      13,
    ]);
    const firstCard = placed[2];
    expect(firstCard?.kind === 'card' && [firstCard.card.title, firstCard.size]).toEqual(['Eerste', 18]);
  });

  it('sets text in the left 42 % beside a chart, with cards two to a row', () => {
    const card = (title: string) => ({ title, body: [] });
    const placed = layoutSlide(
      slide([
        { kind: 'cards', cards: ['Een', 'Twee', 'Drie'].map(card) },
        { kind: 'chart', dataset: births, figures: ['167.000 geboorten in 2022'] },
      ]),
    );
    expect(boxes(placed)).toEqual([
      ['title', { x: 0.55, y: 0.3, w: 12.233, h: 0.6 }],
      ['card', { x: 0.55, y: 1.05, w: 2.494, h: 0.5 }],
      ['card', { x: 3.194, y: 1.05, w: 2.494, h: 0.5 }],
      ['card', { x: 0.55, y: 1.7, w: 2.494, h: 0.5 }],
      ['chart', { x: 5.988, y: 1.05, w: 6.795, h: 5.433 }],
      ['text', { x: 5.988, y: 6.483, w: 6.795, h: 0.417 }],
      ['sources', { x: 0.55, y: 7.05, w: 11.433, h: 0.2 }],
    ]);
    const remarks = placed[5];
    expect(remarks?.kind === 'text' && remarks.paragraphs).toEqual([
      { runs: [{ text: '167.000 geboorten in 2022' }], size: 11, colour: 'muted', spaceAfter: 0 },
      { runs: [{ text: 'Afgerond op duizendtallen.' }], size: 11, colour: 'muted', spaceAfter: 0 },
    ]);
  });

  it('gives a chart-only slide the full width, with the table of true values under a ranged chart', () => {
    const placed = layoutSlide(slide([{ kind: 'chart', dataset: costs, figures: [] }], { sources: [] }));
    expect(boxes(placed)).toEqual([
      ['title', { x: 0.55, y: 0.3, w: 12.233, h: 0.6 }],
      ['chart', { x: 0.55, y: 1.05, w: 12.233, h: 4.867 }],
      ['table', { x: 0.55, y: 5.917, w: 12.233, h: 0.85 }],
      ['text', { x: 0.55, y: 6.817, w: 12.233, h: 0.233 }],
    ]);
    const table = placed[2];
    expect(table?.kind === 'table' && [table.header, table.rows, table.size]).toEqual([
      ['Post', 'Bedrag'],
      [
        ['Coalities', '5'],
        ['Totaal', '25–30'],
      ],
      11,
    ]);
  });

  it('sizes a long title down and prints many sources smaller', () => {
    const sources = ['Bron 1.', 'Bron 2.', 'Bron 3.', 'Bron 4.', 'Bron 5.'];
    const [medium, long] = [56, 91].map((length) =>
      layoutSlide(slide([], { title: 't'.repeat(length), sources })),
    );
    expect(
      [medium!, long!].map((placed) => placed.map((p) => ('size' in p ? [p.kind, p.size] : [p.kind]))),
    ).toEqual([
      [
        ['title', 26],
        ['sources', 8],
      ],
      [
        ['title', 22],
        ['sources', 8],
      ],
    ]);
    const four = layoutSlide(slide([], { title: 't'.repeat(55), sources: sources.slice(0, 4) }));
    expect(four.map((p) => ('size' in p ? p.size : undefined))).toEqual([30, 9]);
  });

  it('shrinks text that does not fit to 11 pt and cuts its box off above the sources', () => {
    const long = { kind: 'paragraph' as const, runs: [{ text: 'woord '.repeat(900) }] };
    const placed = layoutSlide(slide([long]));
    expect(sizes(placed[1])).toEqual([11]);
    expect(boxes(placed)).toEqual([
      ['title', { x: 0.55, y: 0.3, w: 12.233, h: 0.6 }],
      ['text', { x: 0.55, y: 1.05, w: 12.233, h: 5.85 }],
      ['sources', { x: 0.55, y: 7.05, w: 11.433, h: 0.2 }],
    ]);
  });

  it('places every shape of a full slide on the slide, with a positive size', () => {
    const placed = layoutSlide(
      slide([
        { kind: 'lead', runs: [{ text: 'Wat kost het? '.repeat(20) }] },
        { kind: 'chart', dataset: costs, figures: [] },
        { kind: 'chart', dataset: births, figures: [] },
      ]),
    );
    expect(placed.filter((p) => !fitsOnSlide(p))).toEqual([]);
  });
});
