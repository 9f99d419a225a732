import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/dataset';
import {
  layoutSlide,
  margin,
  slideHeight,
  slideWidth,
  sourceSize,
  sourcesPlacement,
  type Placement,
} from '../../src/lib/export/layout';
import type { Block, ExportSlide } from '../../src/lib/export/model';

const slide = (blocks: Block[], extra: Partial<ExportSlide> = {}): ExportSlide => ({
  id: 's',
  title: 'Een titel',
  layout: 'default',
  blocks,
  sources: ['Bron: VWS (2018)'],
  references: [],
  notes: [],
  reading: [],
  ...extra,
});

const contentWidth = slideWidth - 2 * margin;
const near = (value: number) => Math.round(value * 1000) / 1000;
const kinds = (placed: Placement[]) => placed.map((p) => p.kind);
const of = <K extends Placement['kind']>(placed: Placement[], kind: K) =>
  placed.filter((p): p is Extract<Placement, { kind: K }> => p.kind === kind);
const fitsOnSlide = (p: Placement) =>
  p.box.w > 0 &&
  p.box.h > 0 &&
  p.box.x >= 0 &&
  p.box.y >= 0 &&
  p.box.x + p.box.w <= slideWidth + 1e-9 &&
  p.box.y + p.box.h <= slideHeight + 1e-9;
const below = (upper: Placement, lower: Placement) => upper.box.y + upper.box.h <= lower.box.y + 1e-9;

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

describe('layoutSlide', () => {
  it('keeps short text at the 24 pt base size across the full width of a slide without a chart', () => {
    const placed = layoutSlide(slide([{ kind: 'paragraph', runs: [{ text: 'Kort.' }] }]));
    expect(kinds(placed)).toEqual(['title', 'text', 'sources']);
    const [title, text, sources] = placed as [Placement, Placement, Placement];
    expect([near(text.box.x), near(text.box.w)]).toEqual([margin, near(contentWidth)]);
    expect(text.kind === 'text' && text.paragraphs.map((p) => p.size)).toEqual([24]);
    expect([below(title, text), below(text, sources), placed.every(fitsOnSlide)]).toEqual([true, true, true]);
  });

  it('gives each kind of text block its size, weight, indent and bullet', () => {
    const paragraphs = (blocks: Block[]) => {
      const placed = layoutSlide(slide(blocks));
      const text = of(placed, 'text');
      expect(text).toHaveLength(1);
      return text[0]!.paragraphs.map((p) => ({ ...p, spaceAfter: Math.round(p.spaceAfter * 100) / 100 }));
    };
    expect(
      paragraphs([
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
      ]),
    ).toEqual([
      { runs: [{ text: 'Inleiding' }], size: 30, bold: true, spaceAfter: 10.8 },
      { runs: [{ text: 'Kop' }], size: 26, bold: true, spaceAfter: 5.4 },
      { runs: [{ text: 'Tekst' }], size: 24, spaceAfter: 10.8 },
      { runs: [{ text: 'Terug naar de leeswijzer' }], size: 18, spaceAfter: 10.8 },
      { runs: [{ text: 'een' }], size: 24, bullet: { ordered: true, level: 0 }, spaceAfter: 4.8 },
      { runs: [{ text: 'twee' }], size: 24, bullet: { ordered: true, level: 1 }, spaceAfter: 10.8 },
    ]);
    expect(
      paragraphs([
        { kind: 'quote', text: 'Citaat', by: 'Spreker', role: 'Rol' },
        { kind: 'quote', text: 'Nog een', by: 'Ander' },
      ]),
    ).toEqual([
      { runs: [{ text: 'Citaat' }], size: 28, italic: true, indent: 0.3, spaceAfter: 6 },
      { runs: [{ text: 'Spreker', bold: true }], size: 24, indent: 0.3, spaceAfter: 0 },
      { runs: [{ text: 'Rol' }], size: 20, colour: 'muted', indent: 0.3, spaceAfter: 10.8 },
      { runs: [{ text: 'Nog een' }], size: 28, italic: true, indent: 0.3, spaceAfter: 6 },
      { runs: [{ text: 'Ander', bold: true }], size: 24, indent: 0.3, spaceAfter: 10.8 },
    ]);
  });

  it('sets short cards four to a row on a full-width slide, then a table and text below them', () => {
    const card = (title: string) => ({
      label: title[0]!,
      title,
      body: [{ runs: [{ text: `Over ${title}.` }] }],
    });
    const placed = layoutSlide(
      slide([
        { kind: 'paragraph', runs: [{ text: 'Vooraf.' }] },
        { kind: 'cards', cards: ['Eerste', 'Tweede', 'Derde', 'Vierde', 'Vijfde'].map(card) },
        { kind: 'table', header: ['Jaar', 'Aantal'], rows: [['2021', '179.000']] },
        { kind: 'paragraph', runs: [{ text: 'Achteraf.' }] },
      ]),
    );
    expect(kinds(placed)).toEqual([
      'title',
      'text',
      'card',
      'card',
      'card',
      'card',
      'card',
      'table',
      'text',
      'sources',
    ]);
    const cards = of(placed, 'card');
    const cardWidth = (contentWidth - 3 * 0.15) / 4;
    expect(cards.map((c) => [near(c.box.x), near(c.box.w), c.card.title, c.size])).toEqual([
      [near(margin), near(cardWidth), 'Eerste', 19],
      [near(margin + cardWidth + 0.15), near(cardWidth), 'Tweede', 19],
      [near(margin + 2 * (cardWidth + 0.15)), near(cardWidth), 'Derde', 19],
      [near(margin + 3 * (cardWidth + 0.15)), near(cardWidth), 'Vierde', 19],
      [near(margin), near(cardWidth), 'Vijfde', 19],
    ]);
    const [first, , , fourth, fifth] = cards;
    const table = of(placed, 'table')[0]!;
    expect([first!.box.y === fourth!.box.y, below(first!, fifth!), below(fifth!, table)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([table.header, table.rows, table.size, near(table.box.w)]).toEqual([
      ['Jaar', 'Aantal'],
      [['2021', '179.000']],
      14,
      near(contentWidth),
    ]);
    expect(placed.every(fitsOnSlide)).toBe(true);
  });

  it('sets text in the left 40 % beside a chart, with cards two to a row', () => {
    const card = (title: string) => ({ title, body: [] });
    const placed = layoutSlide(
      slide([
        { kind: 'cards', cards: ['Een', 'Twee', 'Drie'].map(card) },
        { kind: 'chart', dataset: births, figures: ['167.000 geboorten in 2022'] },
      ]),
    );
    expect(kinds(placed)).toEqual(['title', 'card', 'card', 'card', 'chart', 'text', 'sources']);
    const flowWidth = contentWidth * 0.4;
    const cardWidth = (flowWidth - 0.15) / 2;
    expect(of(placed, 'card').map((c) => [near(c.box.x), near(c.box.w)])).toEqual([
      [near(margin), near(cardWidth)],
      [near(margin + cardWidth + 0.15), near(cardWidth)],
      [near(margin), near(cardWidth)],
    ]);
    const chart = of(placed, 'chart')[0]!;
    expect([near(chart.box.x), near(chart.box.w)]).toEqual([
      near(margin + flowWidth + 0.3),
      near(contentWidth - flowWidth - 0.3),
    ]);
    const remarks = of(placed, 'text')[0]!;
    expect([below(chart, remarks), remarks.paragraphs]).toEqual([
      true,
      [
        { runs: [{ text: '167.000 geboorten in 2022' }], size: 12, colour: 'muted', spaceAfter: 0 },
        { runs: [{ text: 'Afgerond op duizendtallen.' }], size: 12, colour: 'muted', spaceAfter: 0 },
      ],
    ]);
  });

  it('gives a chart-only slide the full width, with the table of true values under a ranged chart', () => {
    const placed = layoutSlide(slide([{ kind: 'chart', dataset: costs, figures: [] }], { sources: [] }));
    expect(kinds(placed)).toEqual(['title', 'chart', 'table', 'text']);
    const [, chart, table, text] = placed as [Placement, Placement, Placement, Placement];
    expect([near(chart.box.x), near(chart.box.w), below(chart, table), below(table, text)]).toEqual([
      margin,
      near(contentWidth),
      true,
      true,
    ]);
    expect(table.kind === 'table' && [table.header, table.rows, table.size]).toEqual([
      ['Post', 'Bedrag'],
      [
        ['Coalities', '5'],
        ['Totaal', '25–30'],
      ],
      12,
    ]);
    expect(placed.every(fitsOnSlide)).toBe(true);
  });

  it('sets a short title at 32 pt and a long one smaller, so that it keeps to two lines', () => {
    const sizes = ['Kort', 'Een titel die lang is '.repeat(6), 'Een titel die lang is '.repeat(30)].map(
      (title) => layoutSlide(slide([], { title }))[0],
    );
    const [short, medium, long] = sizes.map((p) => (p?.kind === 'title' ? p.size : 0));
    expect([short, medium! < 32 && medium! > 20, long]).toEqual([32, true, 20]);
  });

  it('shrinks text that does not fit, never below 10 pt, and keeps it above the sources while it can', () => {
    const paragraph = (words: number) => ({
      kind: 'paragraph' as const,
      runs: [{ text: 'woord '.repeat(words) }],
    });
    const [dense, huge] = [250, 3000].map((words) => layoutSlide(slide([paragraph(words)])));
    const sizeOf = (placed: Placement[]) => of(placed, 'text')[0]!.paragraphs[0]!.size;
    expect(sizeOf(dense!)).toBeLessThan(24);
    expect(sizeOf(dense!)).toBeGreaterThanOrEqual(10);
    expect(below(of(dense!, 'text')[0]!, of(dense!, 'sources')[0]!)).toBe(true);
    expect(sizeOf(huge!)).toBe(10);
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

describe('sourcesPlacement', () => {
  it('puts the source lines at the bottom in 11 pt, clear of the slide number, and nothing without sources', () => {
    const placed = sourcesPlacement(['Bron: VWS (2018)', 'Bron: CBS (2023)']);
    expect([
      placed?.kind,
      placed?.kind === 'sources' && placed.lines,
      placed?.kind === 'sources' && placed.size,
      near(placed!.box.x),
      near(placed!.box.w),
      near(placed!.box.y + placed!.box.h),
    ]).toEqual([
      'sources',
      ['Bron: VWS (2018)', 'Bron: CBS (2023)'],
      sourceSize,
      margin,
      near(contentWidth - 0.9),
      near(slideHeight - 0.3),
    ]);
    expect(sourcesPlacement([])).toBeUndefined();
  });
});
