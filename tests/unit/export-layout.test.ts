// The PowerPoint geometry (src/lib/export/layout.ts) as a viewer of the exported file sees it:
// the type sizes of each kind of text, where the title, the text, the cards, the tables, the charts
// and the source line sit, and how they give way to each other when a slide is full.
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/dataset';
import {
  bulletIndentOf,
  cardPadding,
  cardParagraphs,
  darkMasters,
  layoutSlide,
  margin,
  paragraphHeight,
  shortFlowShare,
  slideHeight,
  slideWidth,
  sourcesPlacement,
  sourceSize,
  type Paragraph,
  type Placement,
} from '../../src/lib/export/layout';
import { lineFactor, textHeight, widestWord } from '../../src/lib/export/measure';
import type { Block, CardBlock, ExportSlide } from '../../src/lib/export/model';

const contentWidth = slideWidth - 2 * margin;
const gap = 0.15;
const line = (size: number) => (size * lineFactor) / 72;

const slide = (overrides: Partial<ExportSlide>): ExportSlide => ({
  id: 's',
  title: 'Een titel',
  layout: 'default',
  blocks: [],
  sources: ['Bron: VWS, 2018'],
  references: [],
  notes: [],
  reading: [],
  ...overrides,
});
const of = <K extends Placement['kind']>(placed: Placement[], kind: K) =>
  placed.filter((p): p is Extract<Placement, { kind: K }> => p.kind === kind);
const one = <K extends Placement['kind']>(placed: Placement[], kind: K) => {
  const found = of(placed, kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const bottomOf = (p: Placement) => p.box.y + p.box.h;
const inside = (p: Placement) =>
  p.box.x >= -1e-9 &&
  p.box.y >= -1e-9 &&
  p.box.x + p.box.w <= slideWidth + 1e-9 &&
  p.box.y + p.box.h <= slideHeight + 1e-9;
const runs = (text: string) => [{ text }];
const paragraphsOf = (blocks: Block[], overrides: Partial<ExportSlide> = {}) =>
  one(layoutSlide(slide({ blocks, ...overrides })), 'text').paragraphs;
const summary = (p: Paragraph) => ({
  text: p.runs.map((run) => run.text).join(''),
  size: p.size,
  ...(p.bold === undefined ? {} : { bold: p.bold }),
  ...(p.italic === undefined ? {} : { italic: p.italic }),
  ...(p.colour === undefined ? {} : { colour: p.colour }),
  ...(p.indent === undefined ? {} : { indent: p.indent }),
  after: Math.round(p.spaceAfter * 100) / 100,
});

describe('type sizes on a content slide with room to spare (body 24 pt)', () => {
  it('sets a lead at 30 pt bold, a heading at 26 pt bold, a paragraph at 24 pt and navigation at 18 pt', () => {
    expect(
      paragraphsOf([
        { kind: 'lead', runs: runs('Een inleiding.') },
        { kind: 'heading', runs: runs('Een kop') },
        { kind: 'paragraph', runs: runs('Gewone tekst.') },
        { kind: 'paragraph', nav: true, runs: runs('terug naar de leeswijzer') },
        { kind: 'paragraph', nav: false, runs: runs('Nog een alinea.') },
      ]).map(summary),
    ).toEqual([
      { text: 'Een inleiding.', size: 30, bold: true, after: 10.8 },
      { text: 'Een kop', size: 26, bold: true, after: 5.4 },
      { text: 'Gewone tekst.', size: 24, after: 10.8 },
      { text: 'terug naar de leeswijzer', size: 18, after: 10.8 },
      { text: 'Nog een alinea.', size: 24, after: 10.8 },
    ]);
  });

  it('keeps list items close together and leaves paragraph space after the last one', () => {
    const list = paragraphsOf([
      {
        kind: 'list',
        ordered: false,
        items: [
          { runs: runs('Een'), level: 0 },
          { runs: runs('Twee'), level: 1 },
          { runs: runs('Drie'), level: 0 },
        ],
      },
    ]);
    expect(list.map((p) => [p.size, p.bullet, Math.round(p.spaceAfter * 100) / 100])).toEqual([
      [24, { ordered: false, level: 0 }, 4.8],
      [24, { ordered: false, level: 1 }, 4.8],
      [24, { ordered: false, level: 0 }, 10.8],
    ]);
  });

  it('only numbers the top level of a continued list from its start', () => {
    const list = paragraphsOf([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          { runs: runs('Drie'), level: 0 },
          { runs: runs('Een onderdeel'), level: 1 },
        ],
      },
    ]);
    expect(list.map((p) => p.bullet)).toStrictEqual([
      { ordered: true, level: 0, number: 3 },
      { ordered: true, level: 1 },
    ]);
    const bullets = paragraphsOf([
      { kind: 'list', ordered: false, start: 3, items: [{ runs: runs('Punt'), level: 0 }] },
    ]);
    expect(bullets[0]!.bullet).toStrictEqual({ ordered: false, level: 0 });
  });

  it('sets a key figure at 62 pt in the accent colour, its label at 26 pt and its source muted at 13 pt', () => {
    expect(
      paragraphsOf([{ kind: 'fact', value: '28.000', label: 'kinderen per jaar', source: 'Bron: CBS' }]).map(
        summary,
      ),
    ).toEqual([
      { text: '28.000', size: 62, bold: true, colour: 'accent', after: 19.2 },
      { text: 'kinderen per jaar', size: 26, after: 7.2 },
      { text: 'Bron: CBS', size: 13, colour: 'muted', after: 10.8 },
    ]);
    expect(
      paragraphsOf([{ kind: 'fact', value: '1 op 6', label: 'kinderen', source: '' }]).map(
        (p) => p.runs[0]!.text,
      ),
    ).toEqual(['1 op 6', 'kinderen']);
  });

  it('sets a quote at 28 pt italic, indented, with its speaker in bold and the role muted', () => {
    expect(
      paragraphsOf([
        { kind: 'quote', text: 'Elk kind verdient een goede start.', by: 'Een moeder', role: 'Utrecht' },
      ]).map(summary),
    ).toEqual([
      { text: 'Elk kind verdient een goede start.', size: 28, italic: true, indent: 0.3, after: 6 },
      { text: 'Een moeder', size: 24, indent: 0.3, after: 0 },
      { text: 'Utrecht', size: 20, colour: 'muted', indent: 0.3, after: 10.8 },
    ]);
    const [, by] = paragraphsOf([{ kind: 'quote', text: 'Samen.', by: 'Een vader' }]);
    expect(by!.runs).toEqual([{ text: 'Een vader', bold: true }]);
    expect(by!.spaceAfter).toBeCloseTo(10.8, 6);
    expect(paragraphsOf([{ kind: 'quote', text: 'Samen.', by: 'Een vader' }])).toHaveLength(2);
  });

  it('sets the text box exactly as high as its paragraphs, under the title, at the margin and full width', () => {
    const placed = layoutSlide(
      slide({
        blocks: [
          { kind: 'lead', runs: runs('Een inleiding.') },
          { kind: 'paragraph', runs: runs('Gewone tekst.') },
        ],
      }),
    );
    const title = one(placed, 'title');
    const text = one(placed, 'text');
    expect(text.box.x).toBe(margin);
    expect(text.box.w).toBeCloseTo(contentWidth, 9);
    expect(text.box.y).toBeCloseTo(bottomOf(title) + 0.3, 9);
    expect(text.box.h).toBeCloseTo(line(30) + 10.8 / 72 + line(24) + 10.8 / 72, 9);
  });
});

describe('the title of a content slide', () => {
  it('sits at the top margin in ink with a rule under it, on one line at 32 pt when short', () => {
    const title = one(layoutSlide(slide({ title: 'Kort' })), 'title');
    expect(title).toEqual({
      kind: 'title',
      box: { x: margin, y: 0.35, w: contentWidth, h: line(32) + 0.05 },
      text: 'Kort',
      size: 32,
      colour: 'ink',
      rule: true,
    });
  });

  it('is teal without a rule on a quote slide', () => {
    const title = one(layoutSlide(slide({ layout: 'quote' })), 'title');
    expect([title.colour, title.rule]).toEqual(['teal', false]);
  });

  it('gets smaller as it gets longer, 32, 28, 24 then 20 pt, so it takes at most two lines while it can', () => {
    const titles = titleSweep('default');
    expect(steps(titles.map((t) => t.size))).toEqual([32, 28, 24, 20]);
    for (const title of titles) {
      const lines = Math.round(title.box.h / line(title.size));
      if (title.size > 20) expect(lines).toBeLessThanOrEqual(2);
      // One size up would have taken three lines.
      if (title.size < 32)
        expect(
          textHeight(title.text, contentWidth, title.size === 20 ? 24 : title.size + 4, true),
        ).toBeGreaterThan(2 * line(title.size + 4) * 1.03);
    }
    expect(Math.round(titles.at(-1)!.box.h / line(20))).toBeGreaterThan(2);
  });
});

describe('the source line', () => {
  it('is absent without sources', () => {
    expect(sourcesPlacement([])).toBeUndefined();
    expect(layoutSlide(slide({ sources: [] })).map((p) => p.kind)).toEqual(['title']);
  });

  it('sits 0.3 inch above the slide’s bottom at the margin, clear of the slide number, one line per source', () => {
    const width = slideWidth - 2 * margin - 0.9;
    const h = 2 * line(sourceSize) + 0.04;
    expect(sourcesPlacement(['Bron: VWS, 2018', 'Bron: CBS, 2023'])).toEqual({
      kind: 'sources',
      box: { x: margin, y: slideHeight - 0.3 - h, w: width, h },
      lines: ['Bron: VWS, 2018', 'Bron: CBS, 2023'],
      size: sourceSize,
    });
  });

  it('grows upwards when a source wraps', () => {
    const long = sourcesPlacement([
      'Bron: '.concat('Rijksinstituut voor Volksgezondheid en Milieu '.repeat(5)),
    ])!;
    expect(long.box.h).toBeCloseTo(2 * line(sourceSize) + 0.04, 9);
    expect(long.box.y + long.box.h).toBeCloseTo(slideHeight - 0.3, 9);
  });

  it('bounds the content: without sources the text may run down to 0.5 inch above the bottom', () => {
    const pairs = Array.from({ length: 26 }, (_, i) => {
      const text = { kind: 'paragraph' as const, runs: runs('woord '.repeat(150 + 10 * i)) };
      const withSources = one(layoutSlide(slide({ blocks: [text] })), 'text');
      const without = one(layoutSlide(slide({ blocks: [text], sources: [] })), 'text');
      expect(bottomOf(without)).toBeLessThanOrEqual(slideHeight - 0.5 + 1e-9);
      expect(without.paragraphs[0]!.size).toBeGreaterThanOrEqual(withSources.paragraphs[0]!.size);
      return without.paragraphs[0]!.size - withSources.paragraphs[0]!.size;
    });
    expect(pairs.some((difference) => difference > 0)).toBe(true);
  });
});

describe('bullets and paragraph heights', () => {
  it('indents a bullet by 1.1 and a number by 1.9 times its size, nothing without one', () => {
    expect(bulletIndentOf({ size: 24 })).toBe(0);
    expect(bulletIndentOf({ size: 36, bullet: { ordered: false, level: 0 } })).toBeCloseTo(0.55, 9);
    expect(bulletIndentOf({ size: 36, bullet: { ordered: true, level: 2 } })).toBeCloseTo(0.95, 9);
  });

  it('measures a paragraph in the width left after its indent and its bullets, plus the space after it', () => {
    const text = 'Gezond opgroeien begint al voor de geboorte';
    // A box just wide enough for the text on one line.
    const exact = findWidth(text, 24);
    const plain: Paragraph = { runs: runs(text), size: 24, spaceAfter: 0 };
    expect(paragraphHeight(plain, exact)).toBeCloseTo(line(24), 9);
    expect(paragraphHeight({ ...plain, spaceAfter: 36 }, exact)).toBeCloseTo(line(24) + 0.5, 9);
    expect(paragraphHeight({ ...plain, indent: 0.05 }, exact)).toBeCloseTo(2 * line(24), 9);
    const bullet = { ordered: false, level: 0 };
    const room = exact + bulletIndentOf({ size: 24, bullet });
    expect(paragraphHeight({ ...plain, bullet }, room)).toBeCloseTo(line(24), 9);
    expect(paragraphHeight({ ...plain, bullet: { ...bullet, level: 1 } }, room)).toBeCloseTo(2 * line(24), 9);
    expect(paragraphHeight({ ...plain, bold: true }, exact)).toBeCloseTo(2 * line(24), 9);
  });
});

/** Titles of 1 to 60 short words on a master. */
function titleSweep(layout: string) {
  return Array.from({ length: 60 }, (_, i) =>
    one(layoutSlide(slide({ layout, title: 'Kind '.repeat(i + 1).trim(), sources: [] })), 'title'),
  );
}
/** The distinct values of a list in order. */
const steps = (values: number[]) => values.filter((value, i) => i === 0 || value !== values[i - 1]);

/** The narrowest width (to 0.001 inch) in which the text takes one line. */
function findWidth(text: string, size: number, bold = false): number {
  let low = 0;
  let high = 100;
  while (high - low > 0.0005) {
    const mid = (low + high) / 2;
    if (textHeight(text, mid, size, bold) <= line(size) + 1e-12) high = mid;
    else low = mid;
  }
  return high;
}

describe('cards', () => {
  const card = (title: string, body = 'Kort.', label?: string): CardBlock => ({
    ...(label === undefined ? {} : { label }),
    title,
    body: [{ runs: runs(body) }],
  });

  it('sets a card’s label and title in bold, its body lines below with their bullets', () => {
    const paragraphs = cardParagraphs(
      {
        label: 'A',
        title: 'Zorg',
        body: [
          { runs: runs('Eerst') },
          { runs: runs('Punt'), bullet: { ordered: false, level: 1 } },
          { runs: runs('Stap'), bullet: { ordered: true, level: 0, number: 4 } },
        ],
      },
      20,
    );
    expect(paragraphs.map((p) => [p.runs, p.size, p.bold, p.bullet, p.spaceAfter])).toEqual([
      [[{ text: 'A ', bold: true }, { text: 'Zorg' }], 20, true, undefined, 6],
      [[{ text: 'Eerst' }], 20, undefined, undefined, 6],
      [[{ text: 'Punt' }], 20, undefined, { ordered: false, level: 1 }, 6],
      [[{ text: 'Stap' }], 20, undefined, { ordered: true, level: 0, number: 4 }, 6],
    ]);
    expect(cardParagraphs(card('Zorg'), 20)[0]!.runs).toEqual([{ text: 'Zorg' }]);
    expect(
      cardParagraphs(
        { title: 'T', body: [{ runs: runs('x'), bullet: { ordered: false, level: 0 } }] },
        20,
      )[1]!.bullet,
    ).toStrictEqual({
      ordered: false,
      level: 0,
    });
  });

  it('sets up to four cards side by side in equal columns 0.15 inch apart, across the content width', () => {
    const cards = of(
      layoutSlide(
        slide({ blocks: [{ kind: 'cards', cards: ['Een', 'Twee', 'Drie', 'Vier'].map((t) => card(t)) }] }),
      ),
      'card',
    );
    const w = (contentWidth - 3 * gap) / 4;
    cards.forEach((c, i) => {
      expect(c.box.x).toBeCloseTo(margin + i * (w + gap), 9);
      expect(c.box.w).toBeCloseTo(w, 9);
      expect(c.size).toBe(19);
    });
    expect(cards).toHaveLength(4);
    expect(new Set(cards.map((c) => c.box.y)).size).toBe(1);
    // Title and body at 19 pt, each one line, inside the card's padding.
    const h = cardPadding.top + cardPadding.bottom + 2 * (line(19) + (19 * 0.3) / 72);
    for (const c of cards) expect(c.box.h).toBeCloseTo(h, 9);
  });

  it('starts a new row after four cards; a row is as high as its highest card', () => {
    const long = 'Een wat langere tekst die in een smalle kaart over meerdere regels loopt. '.repeat(2);
    const placed = layoutSlide(
      slide({
        blocks: [
          {
            kind: 'cards',
            cards: [card('Een'), card('Twee', long), card('Drie'), card('Vier'), card('Vijf')],
          },
        ],
      }),
    );
    const cards = of(placed, 'card');
    const firstRow = cards.slice(0, 4);
    expect(new Set(firstRow.map((c) => c.box.h)).size).toBe(1);
    expect(firstRow[0]!.box.h).toBeGreaterThan(cardPadding.top + cardPadding.bottom + 2 * line(19) + 0.2);
    const fifth = cards[4]!;
    expect(fifth.box.x).toBe(margin);
    expect(fifth.box.w).toBeCloseTo(firstRow[0]!.box.w, 9);
    expect(fifth.box.y).toBeCloseTo(bottomOf(firstRow[0]!) + gap, 9);
    expect(fifth.box.h).toBeLessThan(firstRow[0]!.box.h);
  });

  it('sets two cards in two halves, and a single card across the width', () => {
    const two = of(
      layoutSlide(slide({ blocks: [{ kind: 'cards', cards: [card('Een'), card('Twee')] }] })),
      'card',
    );
    expect(two.map((c) => c.box.w)).toEqual([
      expect.closeTo((contentWidth - gap) / 2, 9),
      expect.closeTo((contentWidth - gap) / 2, 9),
    ]);
    expect(two[1]!.box.x).toBeCloseTo(margin + (contentWidth + gap) / 2, 9);
    const single = one(layoutSlide(slide({ blocks: [{ kind: 'cards', cards: [card('Een')] }] })), 'card');
    expect(single.box.w).toBeCloseTo(contentWidth, 9);
  });

  it('takes a column away, not more, when a word would not fit in a quarter', () => {
    const words = ['Ontwikkelingsstoornis', 'Een', 'Twee', 'Drie'];
    const cards = of(
      layoutSlide(slide({ blocks: [{ kind: 'cards', cards: words.map((t) => card(t)) }] })),
      'card',
    );
    expect(cards.filter((c) => c.box.y === cards[0]!.box.y)).toHaveLength(3);
    expect(cards[3]!.box.x).toBe(margin);
    for (const c of cards)
      expect(widestWord(runs(c.card.title), c.size, true)).toBeLessThanOrEqual(
        c.box.w - cardPadding.left - cardPadding.right,
      );
  });

  it('places text before cards above them, and text after them below, each 0.15 inch apart', () => {
    const placed = layoutSlide(
      slide({
        blocks: [
          { kind: 'paragraph', runs: runs('Voor.') },
          { kind: 'cards', cards: [card('Een'), card('Twee')] },
          { kind: 'paragraph', runs: runs('Na.') },
        ],
      }),
    );
    expect(placed.map((p) => p.kind)).toEqual(['title', 'text', 'card', 'card', 'text', 'sources']);
    const [, before, first, , after] = placed;
    expect(first!.box.y).toBeCloseTo(bottomOf(before!) + gap, 9);
    expect(after!.box.y).toBeCloseTo(bottomOf(first!) + gap, 9);
  });
});

describe('tables', () => {
  it('sets a table at 14 pt across the content width, each row as high as its highest cell', () => {
    const placed = layoutSlide(
      slide({
        blocks: [
          { kind: 'paragraph', runs: runs('Boven de tabel.') },
          {
            kind: 'table',
            header: ['Jaar', 'Aantal'],
            rows: [
              ['2020', '12'],
              [
                '2021',
                'Een cel met zoveel tekst dat hij in een halve breedte over twee regels loopt, of meer.',
              ],
            ],
          },
        ],
      }),
    );
    const text = one(placed, 'text');
    const table = one(placed, 'table');
    expect([table.size, table.header, table.rows.length]).toEqual([14, ['Jaar', 'Aantal'], 2]);
    expect(table.box.x).toBe(margin);
    expect(table.box.w).toBeCloseTo(contentWidth, 9);
    expect(table.box.y).toBeCloseTo(bottomOf(text) + gap, 9);
    const row = line(14) + 0.1;
    const cellLines = Math.round(textHeight(table.rows[1]![1]!, contentWidth / 2 - 0.25, 14) / line(14));
    expect(cellLines).toBeGreaterThan(1);
    expect(table.box.h).toBeCloseTo(2 * row + cellLines * line(14) + 0.1, 9);
  });
});

describe('a full slide gives way', () => {
  it('shrinks the text a point at a time down to 14 pt, then by half points, never below 10 pt', () => {
    const sizeFor = (words: number) =>
      one(layoutSlide(slide({ blocks: [{ kind: 'paragraph', runs: runs('woord '.repeat(words)) }] })), 'text')
        .paragraphs[0]!.size;
    const sizes = [40, 150, 250, 300, 450, 2000].map(sizeFor);
    expect(sizes[0]).toBe(24);
    expect(sizes[1]).toBeLessThan(24);
    expect(sizes[1]! % 1).toBe(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(10);
    expect(sizes.some((size) => size < 14 && size % 1 === 0.5)).toBe(true);
    expect(sizes[5]).toBe(10);
    for (let i = 1; i < sizes.length; i += 1) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
  });

  it('uses the largest size at which the text fits above the sources', () => {
    for (const words of [180, 260, 450]) {
      const placed = layoutSlide(
        slide({ blocks: [{ kind: 'paragraph', runs: runs('woord '.repeat(words)) }] }),
      );
      const text = one(placed, 'text');
      const sources = one(placed, 'sources');
      const size = text.paragraphs[0]!.size;
      expect(bottomOf(text)).toBeLessThanOrEqual(sources.box.y - 0.2 + 1e-9);
      // One step larger would not have fitted.
      const larger = size < 14 ? size + 0.5 : size + 1;
      const largerH = textHeight('woord '.repeat(words), contentWidth, larger) + (larger * 0.45) / 72;
      expect(text.box.y + largerH).toBeGreaterThan(sources.box.y - 0.2);
    }
  });
});

const costs = datasetSchema.parse({
  id: 'kosten',
  title: 'Kosten per scenario',
  type: 'bar',
  horizontal: true,
  unit: '€ miljoen per jaar',
  x: { title: 'Kostenpost', values: ['Coalities', 'Interventies', 'Totaal'] },
  series: [
    { id: 'scenario-1', label: 'Scenario 1: verlengen', values: [5, [8, 13], null] },
    { id: 'scenario-2', label: 'Scenario 2: uitbreiden', values: [8, [8, 13], [25, 30]] },
  ],
  sources: ['kamerbrief'],
});
const births = datasetSchema.parse({
  id: 'geboorten',
  title: 'Geboorten',
  type: 'bar',
  unit: 'aantal',
  x: { title: 'Jaar', values: ['2019', '2020', '2021'] },
  series: [
    { id: 'a', label: 'Eerste kind', values: [80, 82, 85] },
    { id: 'b', label: 'Tweede kind', values: [60, 61, 63] },
  ],
  note: 'Afgerond op duizendtallen.',
  sources: ['cbs'],
});
const chart = (dataset = births, figures: string[] = []): Block => ({ kind: 'chart', dataset, figures });

describe('chart slides', () => {
  const contentTop = (placed: Placement[]) => bottomOf(one(placed, 'title')) + 0.3;
  const contentBottom = (placed: Placement[]) => one(placed, 'sources').box.y - 0.2;

  it('gives a chart alone the whole content area, with its remark in small muted type under it', () => {
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart()] }));
    expect(placed.map((p) => p.kind)).toEqual(['title', 'chart', 'text', 'sources']);
    const drawn = one(placed, 'chart');
    const remark = one(placed, 'text');
    expect(drawn.box.x).toBe(margin);
    expect(drawn.box.w).toBeCloseTo(contentWidth, 9);
    expect(drawn.box.y).toBeCloseTo(contentTop(placed), 9);
    expect(remark.box.y).toBeCloseTo(bottomOf(drawn), 9);
    expect(bottomOf(remark)).toBeCloseTo(contentBottom(placed), 9);
    expect(remark.box.h).toBeCloseTo(line(12) + 0.05, 9);
    expect(remark.paragraphs.map(summary)).toEqual([
      { text: 'Afgerond op duizendtallen.', size: 12, colour: 'muted', after: 0 },
    ]);
    expect(drawn.chart.type).toBe('bar');
  });

  it('lists the key figures before the remarks under the chart', () => {
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart(births, ['85 duizend in 2021'])] }));
    expect(one(placed, 'text').paragraphs.map((p) => p.runs[0]!.text)).toEqual([
      '85 duizend in 2021',
      'Afgerond op duizendtallen.',
    ]);
    expect(one(placed, 'text').box.h).toBeCloseTo(2 * line(12) + 0.05, 9);
  });

  it('shares the height between two charts, 0.15 inch apart', () => {
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart(), chart()] }));
    const [first, second] = of(placed, 'chart');
    const room = contentBottom(placed) - contentTop(placed);
    const share = (room - gap) / 2;
    expect(first!.box.y).toBeCloseTo(contentTop(placed), 9);
    expect(second!.box.y).toBeCloseTo(contentTop(placed) + share + gap, 9);
    expect(first!.box.h).toBeCloseTo(share - line(12) - 0.05, 9);
    for (const p of placed) expect(inside(p)).toBe(true);
  });

  it('stacks the per-series charts of horizontal range bars, the upper one compact, with the table of true values', () => {
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart(costs)] }));
    const [upper, lower] = of(placed, 'chart');
    expect([upper!.box.x, lower!.box.x]).toEqual([margin, margin]);
    expect(upper!.box.w).toBeCloseTo(contentWidth, 9);
    expect(lower!.box.y).toBeCloseTo(bottomOf(upper!) + gap, 9);
    expect(upper!.box.h).toBeCloseTo(lower!.box.h, 9);
    expect([upper!.chart.compact, lower!.chart.compact]).toEqual([true, false]);
    const table = one(placed, 'table');
    expect(table.size).toBe(12);
    expect(table.box.y).toBeCloseTo(bottomOf(lower!), 9);
    expect(table.box.w).toBeCloseTo(contentWidth, 9);
    expect(table.rows.length).toBeGreaterThan(0);
    const remark = one(placed, 'text');
    expect(remark.box.y).toBeCloseTo(bottomOf(table) + 0.05, 9);
    expect(bottomOf(remark)).toBeCloseTo(contentBottom(placed), 9);
  });

  it('gives the ranges in brief instead of the table when the table would take over a third of the room', () => {
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart(costs), chart(costs)] }));
    expect(of(placed, 'table')).toEqual([]);
    const lines = of(placed, 'text').flatMap((t) => t.paragraphs.map((p) => p.runs[0]!.text));
    expect(lines.some((l) => /25.*30/.test(l))).toBe(true);
    const charts = of(placed, 'chart');
    expect(charts).toHaveLength(4);
    // Small stacked charts are all compact.
    expect(charts.every((c) => c.chart.compact === true)).toBe(true);
    for (const p of placed) expect(inside(p)).toBe(true);
  });

  it('sets a line of intro over the chart across the full width when it takes a quarter of the room or less', () => {
    const placed = layoutSlide(
      slide({
        layout: 'chart',
        blocks: [{ kind: 'paragraph', runs: runs('Een korte inleiding.') }, chart()],
      }),
    );
    const text = of(placed, 'text')[0]!;
    const drawn = one(placed, 'chart');
    expect(text.box.w).toBeCloseTo(contentWidth, 9);
    expect(drawn.box.x).toBe(margin);
    expect(drawn.box.w).toBeCloseTo(contentWidth, 9);
    expect(drawn.box.y).toBeCloseTo(bottomOf(text) + gap, 9);
    expect(shortFlowShare).toBe(0.25);
  });

  it('sets longer text in a column of 40% beside the chart, the chart 0.3 inch to its right', () => {
    const sentence = 'Gemeenten ontvangen sinds 2022 middelen voor de aanpak van Kansrijke Start. ';
    const placed = layoutSlide(
      slide({ layout: 'chart', blocks: [{ kind: 'paragraph', runs: runs(sentence.repeat(3)) }, chart()] }),
    );
    const [text] = of(placed, 'text');
    const drawn = one(placed, 'chart');
    expect(text!.box.w).toBeCloseTo(contentWidth * 0.4, 9);
    expect(drawn.box.x).toBeCloseTo(margin + contentWidth * 0.4 + 0.3, 9);
    expect(drawn.box.x + drawn.box.w).toBeCloseTo(margin + contentWidth, 9);
    expect(drawn.box.y).toBeCloseTo(text!.box.y, 9);
    expect(text!.paragraphs[0]!.size).toBe(24);
  });

  it('keeps the text beside the chart over a fifth of the room as a column, not over it', () => {
    // Just over the quarter at full width: the column beside the chart.
    const room = 7.5 - 0.3 - line(11) - 0.04 - 0.2 - (0.35 + line(32) + 0.05 + 0.3);
    const linesAcross = Math.ceil((room * shortFlowShare) / line(24)) + 1;
    const words = 'Gemeenten ontvangen structureel middelen voor Kansrijke Start. ';
    let text = words;
    while (textHeight(text, contentWidth, 24) < linesAcross * line(24)) text += words;
    const placed = layoutSlide(
      slide({ layout: 'chart', blocks: [{ kind: 'paragraph', runs: runs(text) }, chart()] }),
    );
    expect(of(placed, 'text')[0]!.box.w).toBeCloseTo(contentWidth * 0.4, 9);
  });

  it('sets the per-series charts of vertical range bars side by side, 0.15 inch apart, none compact', () => {
    const upright = datasetSchema.parse({ ...costs, horizontal: false });
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart(upright)] }));
    const [left, right] = of(placed, 'chart');
    const w = (contentWidth - gap) / 2;
    expect(left!.box.x).toBe(margin);
    expect(left!.box.w).toBeCloseTo(w, 9);
    expect(right!.box.x).toBeCloseTo(margin + w + gap, 9);
    expect(right!.box.y).toBe(left!.box.y);
    expect(right!.box.h).toBe(left!.box.h);
    expect([left!.chart.compact, right!.chart.compact]).toEqual([undefined, undefined]);
  });

  it('keeps a chart at least 1.2 inch high when its text takes the room', () => {
    const figures = Array.from({ length: 40 }, (_, i) => `${i} kinderen in jaar ${2000 + i}`);
    const placed = layoutSlide(slide({ layout: 'chart', blocks: [chart(births, figures)] }));
    expect(one(placed, 'chart').box.h).toBeCloseTo(1.2, 9);
  });
});

describe('cover, part, closing and statement slides', () => {
  it('never sets the text of an overfull closing slide below 14 pt', () => {
    const placed = layoutSlide(
      slide({
        layout: 'end',
        title: 'Dank je wel',
        blocks: Array.from({ length: 30 }, () => ({
          kind: 'paragraph' as const,
          runs: runs('Meer weten? Lees het hele verhaal en maak je eigen presentatie op de site.'),
        })),
      }),
    );
    const body = of(placed, 'text').at(-1)!;
    expect(body.paragraphs.map((p) => p.size)).toEqual(Array.from({ length: 30 }, () => 14));
    expect(body.paragraphs[0]!.spaceAfter).toBeCloseTo(14 * 0.45, 9);
    expect(of(placed, 'title')[0]!.box.y).toBeCloseTo(0.5, 9);
  });

  it('sets a statement’s other text at body size, dark on light', () => {
    const placed = layoutSlide(
      slide({
        layout: 'statement',
        title: 'De kern',
        blocks: [
          { kind: 'lead', runs: runs('Elk kind verdient een kansrijke start.') },
          { kind: 'paragraph', runs: runs('Dat begint voor de geboorte.') },
        ],
      }),
    );
    expect(one(placed, 'text').paragraphs.map(summary)).toEqual([
      { text: 'Elk kind verdient een kansrijke start.', size: 40, bold: true, after: 14.4 },
      { text: 'Dat begint voor de geboorte.', size: 24, after: 10.8 },
    ]);
  });

  it('sets the cover’s title large, white, with a rule, 0.9 inch from the left in 9 inch', () => {
    const placed = layoutSlide(slide({ layout: 'cover', title: 'Het verhaal', sources: [] }));
    expect(placed).toEqual([
      {
        kind: 'title',
        box: { x: 0.9, y: (slideHeight - (line(54) + 0.05 + 0.3)) / 2, w: 9, h: line(54) + 0.05 },
        text: 'Het verhaal',
        size: 54,
        colour: 'inverse',
        rule: true,
      },
    ]);
  });

  it('sets a part divider 1.1 inch from the left, its label above the title at 20 pt and its text below at 24 pt', () => {
    const placed = layoutSlide(
      slide({
        layout: 'section',
        title: 'Waarom',
        blocks: [
          { kind: 'paragraph', label: true, runs: runs('Deel 2') },
          { kind: 'paragraph', runs: runs('Wat we weten.') },
        ],
      }),
    );
    expect(placed.map((p) => [p.kind, p.box.x, p.box.w])).toEqual([
      ['text', 1.1, 9],
      ['title', 1.1, 9],
      ['text', 1.1, 9],
      ['sources', margin, expect.any(Number)],
    ]);
    const [label, title, body, sources] = placed;
    expect(label!.kind === 'text' && label!.paragraphs.map(summary)).toEqual([
      { text: 'Deel 2', size: 20, colour: 'inverse', after: 9 },
    ]);
    expect(body!.kind === 'text' && body!.paragraphs.map(summary)).toEqual([
      { text: 'Wat we weten.', size: 24, colour: 'inverse', after: 10.8 },
    ]);
    expect(title!.box.y).toBeCloseTo(bottomOf(label!), 9);
    expect(body!.box.y).toBeCloseTo(bottomOf(title!) + 0.3, 9);
    // Centred in height.
    expect(label!.box.y).toBeCloseTo((slideHeight - (bottomOf(body!) - label!.box.y)) / 2, 9);
    expect(sources!.kind === 'sources' && sources!.inverse).toBe(true);
  });

  it('sets a statement dark on light, 10 inch wide, its sentence at 40 pt, the title small in the accent colour without a rule', () => {
    const placed = layoutSlide(
      slide({
        layout: 'statement',
        title: 'De kern',
        blocks: [{ kind: 'lead', runs: runs('Elk kind verdient een kansrijke start.') }],
      }),
    );
    const title = one(placed, 'title');
    expect([title.box.x, title.box.w, title.size, title.colour, title.rule]).toEqual([
      0.9,
      10,
      24,
      'accent',
      false,
    ]);
    const text = one(placed, 'text');
    expect(text.paragraphs.map(summary)).toEqual([
      { text: 'Elk kind verdient een kansrijke start.', size: 40, bold: true, after: 14.4 },
    ]);
    expect(one(placed, 'sources').inverse).toBeUndefined();
    expect(darkMasters.has('statement')).toBe(false);
  });

  it('sets a long statement title smaller, 24 then 20 pt, and never larger again when it is very long', () => {
    expect(steps(titleSweep('statement').map((t) => t.size))).toEqual([24, 20]);
  });

  it('sets a long cover, part or closing title smaller, in steps of 54, 48, 40, 32 and 28 pt, at most three lines while it can', () => {
    for (const layout of ['cover', 'section', 'end']) {
      const titles = titleSweep(layout);
      expect(steps(titles.map((t) => t.size))).toEqual([54, 48, 40, 32, 28]);
      for (const title of titles)
        if (title.size > 28)
          expect(Math.round((title.box.h - 0.05) / line(title.size))).toBeLessThanOrEqual(3);
    }
  });

  it('shrinks the text of a full closing slide, its label never above 20 pt, and keeps it on the slide', () => {
    const placed = layoutSlide(
      slide({
        layout: 'end',
        title: 'Dank je wel',
        blocks: [
          { kind: 'paragraph', label: true, runs: runs('Kansrijke Start') },
          ...Array.from({ length: 6 }, () => ({
            kind: 'paragraph' as const,
            runs: runs('Meer weten? Lees het hele verhaal en maak je eigen presentatie op de site.'),
          })),
        ],
      }),
    );
    const [label, , body] = placed;
    const size = body!.kind === 'text' ? body!.paragraphs[0]!.size : 0;
    expect(size).toBeLessThan(24);
    expect(size).toBeGreaterThanOrEqual(14);
    expect(label!.kind === 'text' && label!.paragraphs[0]!.size).toBe(Math.min(size, 20));
    expect(body!.kind === 'text' && body!.paragraphs[0]!.spaceAfter).toBeCloseTo(
      Math.min(10.8, size * 0.45),
      9,
    );
    for (const p of placed) expect(inside(p)).toBe(true);
    expect(label!.box.y).toBeGreaterThanOrEqual(0.5 - 1e-9);
  });
});
