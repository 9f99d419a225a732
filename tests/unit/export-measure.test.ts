import { describe, expect, it } from 'vitest';
import {
  lineCount,
  lineFactor,
  substitutionAllowance,
  textHeight,
  textWidth,
  widestWord,
} from '../../src/lib/export/measure';
import { layoutSlide, masterFor, slideHeight, slideWidth, type Placement } from '../../src/lib/export/layout';
import type { ExportSlide } from '../../src/lib/export/model';

describe('measuring text for PowerPoint boxes', () => {
  it('measures with Arial’s widths plus room for a wider substitute font', () => {
    // Arial: "i" is 222, "W" 944 thousandths of the size; bold is wider.
    expect(textWidth('i', 1000) / substitutionAllowance).toBeCloseTo(222, 0);
    expect(textWidth('W', 1000) / substitutionAllowance).toBeCloseTo(944, 0);
    expect(textWidth('Hersenontwikkeling', 24, true)).toBeGreaterThan(textWidth('Hersenontwikkeling', 24));
  });

  it('wraps at spaces, and breaks a word only when it is wider than the box', () => {
    const words = [{ text: 'een twee drie' }];
    const oneLine = textWidth('een twee drie', 20) + 1;
    expect(lineCount(words, oneLine, 20)).toBe(1);
    expect(lineCount(words, textWidth('een twee', 20) + 1, 20)).toBe(2);
    expect(lineCount([{ text: 'Hersenontwikkeling' }], textWidth('Hersenontwikkeling', 20) / 2 + 1, 20)).toBe(
      2,
    );
  });

  it('counts a word split over runs (bold part) as one word', () => {
    expect(widestWord([{ text: 'ge' }, { text: 'zond', bold: true }], 72)).toBeCloseTo(
      (textWidth('ge', 72) + textWidth('zond', 72, true)) / 72,
      5,
    );
  });

  it('gives each line the height of a substitute font’s line, and counts hard line breaks', () => {
    expect(textHeight('a\nb', 5, 20)).toBeCloseTo((2 * 20 * lineFactor) / 72, 5);
  });
});

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
const inside = (p: Placement) =>
  p.box.x >= 0 &&
  p.box.y >= 0 &&
  p.box.x + p.box.w <= slideWidth + 1e-9 &&
  p.box.y + p.box.h <= slideHeight + 1e-9;
const apart = (a: Placement, b: Placement) =>
  a.box.y + a.box.h <= b.box.y + 1e-9 ||
  b.box.y + b.box.h <= a.box.y + 1e-9 ||
  a.box.x + a.box.w <= b.box.x + 1e-9 ||
  b.box.x + b.box.w <= a.box.x + 1e-9;

describe('slides on the kit’s masters', () => {
  it('puts cover, part, closing and statement slides on their own masters, the rest on the content master', () => {
    expect(
      ['cover', 'section', 'end', 'statement', 'fact', 'chart', 'quote', 'cards', 'default'].map(masterFor),
    ).toEqual([
      'cover',
      'section',
      'end',
      'statement',
      'content',
      'content',
      'content',
      'content',
      'content',
    ]);
  });

  it('sets a cover’s label above its large white title, centred in height and inside the slide', () => {
    const placed = layoutSlide(
      slide({
        layout: 'cover',
        title: 'Het verhaal',
        sources: [],
        blocks: [
          { kind: 'paragraph', label: true, runs: [{ text: 'Kansrijke Start' }] },
          { kind: 'paragraph', runs: [{ text: 'Over de eerste 1.000 dagen.' }] },
        ],
      }),
    );
    expect(placed.map((p) => p.kind)).toEqual(['text', 'title', 'text']);
    const title = placed[1]!;
    expect(title.kind === 'title' && [title.colour, title.size >= 40]).toEqual(['inverse', true]);
    expect(placed[0]!.box.y + placed[0]!.box.h).toBeLessThanOrEqual(title.box.y);
    expect(placed.every(inside)).toBe(true);
    const middle = (title.box.y + placed[2]!.box.y + placed[2]!.box.h) / 2;
    expect(Math.abs(middle - slideHeight / 2)).toBeLessThan(1.2);
  });

  it('keeps every word of a card on one line by setting fewer cards side by side', () => {
    const card = (title: string) => ({ title, body: [{ runs: [{ text: 'Kort.' }] }] });
    const placed = layoutSlide(
      slide({
        blocks: [
          {
            kind: 'cards',
            cards: [
              'Hersenontwikkelingsstoornissen',
              'Taalontwikkelingsachterstanden',
              'Gezond',
              'Bewegen',
              'Slapen',
            ].map(card),
          },
        ],
      }),
    );
    const cards = placed.filter((p) => p.kind === 'card');
    expect(cards).toHaveLength(5);
    for (const placedCard of cards)
      if (placedCard.kind === 'card')
        expect(widestWord([{ text: placedCard.card.title }], placedCard.size, true)).toBeLessThanOrEqual(
          placedCard.box.w - 0.32,
        );
    cards.forEach((a, i) => cards.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)));
    expect(placed.every(inside)).toBe(true);
  });

  it('sets a key figure large above its label and its short source', () => {
    const placed = layoutSlide(
      slide({
        layout: 'fact',
        blocks: [{ kind: 'fact', value: '1 op de 6', label: 'kinderen', source: 'Bron: VWS, 2018' }],
      }),
    );
    const text = placed.find((p) => p.kind === 'text');
    expect(text?.kind === 'text' && text.paragraphs.map((p) => [p.runs[0]!.text, p.size > 40])).toEqual([
      ['1 op de 6', true],
      ['kinderen', false],
      ['Bron: VWS, 2018', false],
    ]);
  });

  it('numbers a list continued from another slide on from its own start, and a plain list without one', () => {
    const numbers = (start: number | undefined) => {
      const placed = layoutSlide(
        slide({
          blocks: [
            {
              kind: 'list',
              ordered: true,
              ...(start === undefined ? {} : { start }),
              items: [
                { runs: [{ text: 'Implementatie prenataal huisbezoek JGZ' }], level: 0 },
                { runs: [{ text: 'Faciliteren aanpak integrale gezinspoli' }], level: 0 },
              ],
            },
          ],
        }),
      );
      const text = placed.find((p) => p.kind === 'text');
      return text?.kind === 'text' ? text.paragraphs.map((p) => p.bullet) : [];
    };
    expect(numbers(8)).toEqual([
      { ordered: true, level: 0, number: 8 },
      { ordered: true, level: 0, number: 8 },
    ]);
    expect(numbers(undefined)).toEqual([
      { ordered: true, level: 0 },
      { ordered: true, level: 0 },
    ]);
  });
});

describe('measuring text, at its edges', () => {
  it('counts a character Arial’s table does not hold as wide, wider still in bold', () => {
    expect(textWidth('中', 1000)).toBeCloseTo(660 * substitutionAllowance, 6);
    expect(textWidth('中', 1000, true)).toBeCloseTo(720 * substitutionAllowance, 6);
    expect(textWidth('', 24)).toBe(0);
    expect(textWidth('ii', 10)).toBeCloseTo(2 * textWidth('i', 10), 9);
  });

  it('fits a word exactly as wide as the box on one line, and wraps the next word that does not fit', () => {
    const word = textWidth('kind', 20);
    const space = textWidth(' ', 20);
    expect(lineCount([{ text: 'kind' }], word, 20)).toBe(1);
    expect(lineCount([{ text: 'kind kind' }], 2 * word + space, 20)).toBe(1);
    expect(lineCount([{ text: 'kind kind' }], 2 * word + space - 0.01, 20)).toBe(2);
    expect(lineCount([{ text: 'kind kind kind' }], word, 20)).toBe(3);
    // Any white space separates words; leading, trailing and repeated space adds nothing.
    expect(lineCount([{ text: '  kind\t\nkind  ' }], 2 * word + space, 20)).toBe(1);
    expect(lineCount([{ text: '' }], 10, 20)).toBe(1);
  });

  it('breaks a word wider than the box over whole lines, and goes on after its last piece', () => {
    const word = textWidth('Hersenontwikkeling', 20);
    const w = word / 3 + 0.001;
    expect(lineCount([{ text: 'Hersenontwikkeling' }], w, 20)).toBe(3);
    expect(lineCount([{ text: 'Hersenontwikkeling' }], word / 2.5, 20)).toBe(3);
    // A short word before it stays on its own line; a short word after it follows the last piece.
    expect(lineCount([{ text: 'een Hersenontwikkeling' }], w, 20)).toBe(4);
    const wide = word / 2.5;
    const piece = word - 2 * wide;
    expect(piece + textWidth(' ', 20) + textWidth('a', 20)).toBeLessThan(wide);
    expect(lineCount([{ text: 'Hersenontwikkeling a' }], wide, 20)).toBe(3);
    expect(lineCount([{ text: 'Hersenontwikkeling Hersenontwikkeling' }], wide, 20)).toBe(6);
  });

  it('measures bold words wider, for the whole text or a run', () => {
    const plain = textWidth('Gezondheid', 20);
    expect(lineCount([{ text: 'Gezondheid' }], plain, 20)).toBe(1);
    expect(lineCount([{ text: 'Gezondheid' }], plain, 20, true)).toBe(2);
    expect(lineCount([{ text: 'Gezondheid', bold: true }], plain, 20)).toBe(2);
    expect(widestWord([{ text: 'kort langer' }], 72, true)).toBeCloseTo(
      textWidth('langer', 72, true) / 72,
      9,
    );
    expect(widestWord([], 20)).toBe(0);
    expect(widestWord([{ text: '   ' }], 20)).toBe(0);
  });

  it('gives the height in inches: lines × size × 1.2 / 72, runs without counting line breaks twice', () => {
    expect(lineFactor).toBe(1.2);
    expect(substitutionAllowance).toBe(1.1);
    expect(textHeight('kort', 10, 36)).toBeCloseTo(0.6, 9);
    expect(textHeight('a\nb\nc', 10, 36)).toBeCloseTo(1.8, 9);
    expect(textHeight([{ text: 'a\nb' }], 10, 36)).toBeCloseTo(0.6, 9);
    expect(textHeight('Gezondheid', textWidth('Gezondheid', 20) / 72, 20, true)).toBeCloseTo(
      (2 * (20 * 1.2)) / 72,
      9,
    );
  });
});
