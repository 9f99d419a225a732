import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/dataset';
import { chartPlan, niceCeiling } from '../../src/lib/export/chart';
import { layoutSlide, slideHeight, slideWidth, type Placement } from '../../src/lib/export/layout';
import {
  blockLines,
  exportFileName,
  keepLinksInside,
  referenceOf,
  runsText,
  tidyRuns,
  type ExportSlide,
} from '../../src/lib/export/model';

const ranges = datasetSchema.parse({
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

const years = datasetSchema.parse({
  id: 'sterfte',
  title: 'Babysterfte',
  type: 'line',
  unit: 'per 1.000',
  decimals: 1,
  x: { title: 'Jaar', values: [2000, 2010, 2016] },
  series: [{ id: 'sterfte', label: 'Sterfte', values: [11.9, 9, 7.3] }],
  referenceLines: [],
  note: 'Vanaf 2021 anders geteld.',
  sources: ['perined'],
});

describe('chartPlan', () => {
  it('draws ranges as stacked bars per series: an invisible base up to the minimum, the range visible, never a midpoint', () => {
    const plan = chartPlan(ranges);
    expect(
      plan.charts.map(
        (chart) =>
          chart.type === 'bar' && {
            title: chart.title,
            stacked: chart.stacked,
            dataLabels: chart.dataLabels,
            max: chart.valueAxis.max,
            series: chart.series,
          },
      ),
    ).toEqual([
      {
        title: 'Scenario 1: verlengen',
        stacked: true,
        dataLabels: false,
        max: 50,
        series: [
          {
            name: 'Scenario 1: verlengen: tot het laagste bedrag (onzichtbaar)',
            values: [0, 8, null],
            colour: 'transparent',
            style: 0,
          },
          { name: 'Scenario 1: verlengen', values: [5, 5, null], colour: 'A3195B', style: 0 },
        ],
      },
      {
        title: 'Scenario 2: uitbreiden',
        stacked: true,
        dataLabels: false,
        max: 50,
        series: [
          {
            name: 'Scenario 2: uitbreiden: tot het laagste bedrag (onzichtbaar)',
            values: [0, 8, 25],
            colour: 'transparent',
            style: 1,
          },
          { name: 'Scenario 2: uitbreiden', values: [8, 5, 5], colour: '00636B', style: 1 },
        ],
      },
    ]);
    expect(plan.table).toEqual({
      header: ['Kostenpost', 'Scenario 1: verlengen', 'Scenario 2: uitbreiden'],
      rows: [
        ['Coalities', '5', '8'],
        ['Interventies', '8–13', '8–13'],
        ['Totaal', '–', '25–30'],
      ],
    });
    expect(plan.rangeLines).toEqual([
      'Interventies: Scenario 1 8–13; Scenario 2 8–13',
      'Totaal: Scenario 1 –; Scenario 2 25–30',
    ]);
    expect(plan.remarks).toEqual([
      'Een bandbreedte staat als zwevende balk van het laagste tot het hoogste bedrag; de bedragen zelf staan in de tabel.',
    ]);
  });

  it('keeps the real distances between years with a scatter chart and passes the note on', () => {
    const plan = chartPlan(years);
    expect(plan.charts).toEqual([
      {
        type: 'scatter',
        title: 'Babysterfte',
        unit: 'per 1.000',
        valueAxis: {},
        decimals: 1,
        x: [2000, 2010, 2016],
        xTitle: 'Jaar',
        dataLabels: true,
        series: [{ name: 'Sterfte', values: [11.9, 9, 7.3], colour: 'A3195B', style: 0 }],
      },
    ]);
    expect(plan.remarks).toEqual(['Vanaf 2021 anders geteld.']);
    expect(plan.table).toBeUndefined();
  });

  it('rounds axis maxima up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 7, 13, 30, 50, 2153].map(niceCeiling)).toEqual([1, 10, 20, 50, 50, 2500]);
  });
});

const slide = (blocks: ExportSlide['blocks'], sources = ['Bron: VWS (2018).']): ExportSlide => ({
  id: 's',
  title: 'Een titel',
  layout: 'default',
  blocks,
  sources,
  references: [],
  notes: [],
  reading: [],
});
const inside = (p: Placement) =>
  p.box.x >= 0 &&
  p.box.y >= 0 &&
  p.box.x + p.box.w <= slideWidth + 1e-9 &&
  p.box.y + p.box.h <= slideHeight + 1e-9;

describe('layoutSlide', () => {
  it('puts the title on top, the sources at the bottom and the text between them', () => {
    const placed = layoutSlide(slide([{ kind: 'paragraph', runs: [{ text: 'Kort.' }] }]));
    expect(placed.map((p) => p.kind)).toEqual(['title', 'text', 'sources']);
    expect(placed.every(inside)).toBe(true);
    const [title, text, sources] = placed;
    expect(title!.box.y + title!.box.h).toBeLessThanOrEqual(text!.box.y);
    expect(text!.box.y + text!.box.h).toBeLessThanOrEqual(sources!.box.y);
  });

  it('shrinks long text so that it stays clear of the sources', () => {
    const long = { kind: 'paragraph' as const, runs: [{ text: 'woord '.repeat(400) }] };
    const placed = layoutSlide(slide([long, long]));
    const text = placed.find((p) => p.kind === 'text')!;
    const sources = placed.find((p) => p.kind === 'sources')!;
    expect(text.kind === 'text' && text.paragraphs[0]!.size).toBeLessThan(24);
    expect(text.box.y + text.box.h).toBeLessThanOrEqual(sources.box.y);
  });

  it('sets a line of text over a chart that then gets the full width, so a link is not broken inside a word', () => {
    const placed = layoutSlide(
      slide([
        {
          kind: 'paragraph',
          runs: [{ text: 'Lees meer op https://www.kansrijkestart.nl/kosten-per-scenario' }],
        },
        { kind: 'chart', dataset: ranges, figures: [] },
      ]),
    );
    const charts = placed.filter((p) => p.kind === 'chart');
    const text = placed.find((p) => p.kind === 'text')!;
    const title = placed.find((p) => p.kind === 'title')!;
    expect(text.box.w).toBe(title.box.w);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart.box.y).toBeGreaterThanOrEqual(text.box.y + text.box.h);
    expect(Math.min(...charts.map((c) => c.box.x))).toBe(text.box.x);
    expect(Math.max(...charts.map((c) => c.box.x + c.box.w)) - text.box.x).toBeCloseTo(text.box.w, 6);
    expect(placed.every(inside)).toBe(true);
  });

  it('sets longer text beside a chart, and stacks the per-series range charts of horizontal bars', () => {
    const sentence =
      'Gemeenten ontvangen sinds 2022 structureel middelen voor de aanpak van Kansrijke Start. ';
    const placed = layoutSlide(
      slide([
        { kind: 'paragraph', runs: [{ text: sentence.repeat(4) }] },
        { kind: 'chart', dataset: ranges, figures: [] },
      ]),
    );
    const charts = placed.filter((p) => p.kind === 'chart');
    const text = placed.find((p) => p.kind === 'text')!;
    expect(charts).toHaveLength(2);
    expect(charts[0]!.box.x).toBeGreaterThan(text.box.x + text.box.w);
    expect(charts[1]!.box.y).toBeGreaterThan(charts[0]!.box.y + charts[0]!.box.h - 1e-9);
    expect(placed.every(inside)).toBe(true);
  });
});

describe('the export model', () => {
  it('tidies white space across runs without losing emphasis', () => {
    expect(
      tidyRuns([{ text: '  Meer dan ' }, { text: ' 1 op de 6 ', bold: true }, { text: 'kinderen\n ' }]),
    ).toEqual([{ text: 'Meer dan ' }, { text: '1 op de 6 ', bold: true }, { text: 'kinderen' }]);
  });

  it('drops links to slides outside the deck, and navigation that then leads nowhere', () => {
    const deck = keepLinksInside({
      title: 'Deck',
      slides: [
        slide([
          {
            kind: 'paragraph',
            runs: [{ text: 'Zie ' }, { text: 'de leeswijzer', link: { slide: 'leeswijzer' } }],
          },
          { kind: 'paragraph', nav: true, runs: [{ text: 'Terug', link: { slide: 'leeswijzer' } }] },
          { kind: 'paragraph', runs: [{ text: 'Deze', link: { slide: 's' } }] },
        ]),
      ],
    });
    expect(deck.slides[0]!.blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Zie ' }, { text: 'de leeswijzer' }] },
      { kind: 'paragraph', runs: [{ text: 'Deze', link: { slide: 's' } }] },
    ]);
  });

  it('makes a file name from a deck title', () => {
    expect(
      ['Het verhaal', 'Wat kost een Kansrijke Start van 1.500 dagen?', 'Één ‘titel’', '???'].map((t) =>
        exportFileName(t, 'pptx'),
      ),
    ).toEqual([
      'het-verhaal.pptx',
      'wat-kost-een-kansrijke-start-van-1-500-dagen.pptx',
      'een-titel.pptx',
      'presentatie.pptx',
    ]);
  });
});

describe('chartPlan for charts without ranges', () => {
  it('exports a plain bar chart as clustered bars with values written on them', () => {
    const bars = datasetSchema.parse({
      id: 'geboorten',
      title: 'Geboorten',
      type: 'bar',
      horizontal: true,
      unit: 'aantal',
      valueAxis: { min: 0, max: 200000 },
      x: { title: 'Jaar', values: ['2021', '2022'] },
      series: [
        { id: 'a', label: 'Jongens', values: [92000, 86000] },
        { id: 'b', label: 'Meisjes', values: [87000, null] },
      ],
      sources: ['cbs'],
    });
    expect(chartPlan(bars)).toEqual({
      charts: [
        {
          type: 'bar',
          title: 'Geboorten',
          unit: 'aantal',
          valueAxis: { min: 0, max: 200000 },
          decimals: undefined,
          categories: ['2021', '2022'],
          horizontal: true,
          stacked: false,
          dataLabels: true,
          series: [
            { name: 'Jongens', values: [92000, 86000], colour: 'A3195B', style: 0 },
            { name: 'Meisjes', values: [87000, null], colour: '00636B', style: 1 },
          ],
        },
      ],
      remarks: [],
    });
  });

  it('exports a schematic line over category labels without data labels, and says what is marked', () => {
    const schematic = datasetSchema.parse({
      id: 'hersenen',
      title: 'Hersenontwikkeling',
      originalTitle: { text: 'Brain development', lang: 'en' },
      type: 'line',
      schematic: true,
      unit: 'procent',
      x: { title: 'Leeftijd', values: ['zwangerschap', 'geboorte', '2 jaar'] },
      series: [{ id: 'groei', label: 'Groei', values: [10, 60, 90] }],
      bands: [{ from: 'zwangerschap', to: 'geboorte', label: 'de eerste 1000 dagen' }],
      referenceLines: [{ value: 50, label: 'de helft' }],
      note: 'Naar Thompson en Nelson.',
      sources: ['thompson'],
    });
    expect(chartPlan(schematic)).toEqual({
      charts: [
        {
          type: 'line',
          title: 'Hersenontwikkeling (origineel: ‘Brain development’) (schematische weergave)',
          schematic: true,
          unit: 'procent',
          valueAxis: {},
          decimals: undefined,
          categories: ['zwangerschap', 'geboorte', '2 jaar'],
          dataLabels: false,
          series: [{ name: 'Groei', values: [10, 60, 90], colour: 'A3195B', style: 0 }],
        },
      ],
      remarks: [
        'Schematische weergave: de waarden tekenen alleen de vorm, het zijn geen metingen.',
        'Lijn bij 50: de helft.',
        'Gemarkeerd van zwangerschap tot geboorte: de eerste 1000 dagen.',
        'Naar Thompson en Nelson.',
      ],
    });
  });

  it('writes values on a category line only while there are at most 24 points', () => {
    const line = (points: number) =>
      datasetSchema.parse({
        id: 'lijn',
        title: 'Lijn',
        type: 'line',
        unit: 'aantal',
        x: { title: 'Maand', values: Array.from({ length: points }, (_, index) => `m${index + 1}`) },
        series: [{ id: 'a', label: 'A', values: Array.from({ length: points }, () => 1) }],
        sources: ['bron'],
      });
    expect([24, 25].map((points) => chartPlan(line(points)).charts[0]?.dataLabels)).toEqual([true, false]);
  });
});

describe('the export model, further', () => {
  it('merges neighbouring runs with the same emphasis and link, and keeps different ones apart', () => {
    const link = { url: 'https://www.kansrijkestart.nl' };
    expect(
      tidyRuns([
        { text: 'Een ' },
        { text: 'twee' },
        { text: ' ', bold: true },
        { text: ' drie', bold: true },
        { text: 'vier', italic: true },
        { text: 'site', link },
        { text: ' en', link },
        { text: '   ' },
      ]),
    ).toStrictEqual([
      { text: 'Een twee' },
      { text: ' drie', bold: true },
      { text: 'vier', italic: true },
      { text: 'site en', link },
    ]);
  });

  it('gives no runs for text that is only white space', () => {
    expect(tidyRuns([{ text: ' \n ' }, { text: ' ', bold: true }])).toEqual([]);
  });

  it('makes links to slides outside the deck plain in leads, headings, lists and cards, and keeps web links', () => {
    const outside = { text: 'elders', link: { slide: 'elders' } };
    const web = { text: 'site', link: { url: 'https://www.kansrijkestart.nl' } };
    const inside = { text: 'hier', link: { slide: 's' } };
    const deck = keepLinksInside({
      title: 'Deck',
      slides: [
        slide([
          { kind: 'lead', runs: [outside, web] },
          { kind: 'heading', runs: [outside, inside] },
          { kind: 'list', ordered: false, items: [{ runs: [outside], level: 0 }] },
          { kind: 'cards', cards: [{ title: 'Kaart', body: [{ runs: [outside] }, { runs: [web] }] }] },
          { kind: 'quote', text: 'Citaat', by: 'Spreker' },
          { kind: 'paragraph', nav: true, runs: [{ text: 'Naar ' }, web] },
        ]),
      ],
    });
    expect(deck.slides[0]!.blocks).toStrictEqual([
      { kind: 'lead', runs: [{ text: 'elders' }, web] },
      { kind: 'heading', runs: [{ text: 'elders' }, inside] },
      { kind: 'list', ordered: false, items: [{ runs: [{ text: 'elders' }], level: 0 }] },
      { kind: 'cards', cards: [{ title: 'Kaart', body: [{ runs: [{ text: 'elders' }] }, { runs: [web] }] }] },
      { kind: 'quote', text: 'Citaat', by: 'Spreker' },
      { kind: 'paragraph', nav: true, runs: [{ text: 'Naar ' }, web] },
    ]);
  });

  it('keeps file names to 80 characters without a trailing dash', () => {
    expect(exportFileName(`${'a'.repeat(79)} b`, 'pdf')).toBe(`${'a'.repeat(79)}.pdf`);
  });
});

describe('the notes and hand-out text of each kind of block', () => {
  it('gives one line per paragraph, list item, card line and table row, with bullets and levels', () => {
    expect(blockLines({ kind: 'lead', runs: [{ text: 'Eerst ' }, { text: 'dit', bold: true }] })).toEqual([
      { text: 'Eerst dit' },
    ]);
    expect(blockLines({ kind: 'heading', runs: [{ text: 'Kop' }] })).toEqual([{ text: 'Kop' }]);
    expect(blockLines({ kind: 'paragraph', runs: [{ text: 'Tekst' }] })).toEqual([{ text: 'Tekst' }]);
    expect(
      blockLines({
        kind: 'list',
        ordered: false,
        items: [
          { runs: [{ text: 'a' }], level: 0 },
          { runs: [{ text: 'b' }], level: 1 },
        ],
      }),
    ).toEqual([
      { text: 'a', bullet: 'unordered', level: 0 },
      { text: 'b', bullet: 'unordered', level: 1 },
    ]);
    expect(blockLines({ kind: 'list', ordered: true, items: [{ runs: [{ text: 'a' }], level: 0 }] })).toEqual(
      [{ text: 'a', bullet: 'ordered', level: 0 }],
    );
    expect(
      blockLines({
        kind: 'cards',
        cards: [
          {
            label: 'A',
            title: 'Zorg',
            body: [
              { runs: [{ text: 'los' }] },
              { runs: [{ text: 'punt' }], bullet: { ordered: false, level: 1 } },
              { runs: [{ text: 'stap' }], bullet: { ordered: true, level: 0, number: 2 } },
            ],
          },
          { title: 'Zonder label', body: [] },
        ],
      }),
    ).toEqual([
      { text: 'A Zorg' },
      { text: 'los' },
      { text: 'punt', bullet: 'unordered', level: 1 },
      { text: 'stap', bullet: 'ordered', level: 0 },
      { text: 'Zonder label' },
    ]);
    expect(blockLines({ kind: 'table', header: ['Jaar', 'Aantal'], rows: [['2020', '5']] })).toEqual([
      { text: 'Jaar | Aantal' },
      { text: '2020 | 5' },
    ]);
  });

  it('gives a quote verbatim with who said it, a key figure with its source and a chart by its title', () => {
    expect(blockLines({ kind: 'quote', text: '“Samen.”', by: 'Een moeder', role: 'Utrecht' })).toEqual([
      { text: '“Samen.”' },
      { text: '– Een moeder, Utrecht' },
    ]);
    expect(blockLines({ kind: 'quote', text: 'x', by: 'Een vader' })[1]).toEqual({ text: '– Een vader' });
    expect(blockLines({ kind: 'fact', value: '1 op 6', label: 'kinderen', source: 'Bron: CBS' })).toEqual([
      { text: '1 op 6 kinderen' },
      { text: 'Bron: CBS' },
    ]);
    expect(blockLines({ kind: 'chart', dataset: years, figures: ['7,3 in 2016'] })).toEqual([
      { text: 'Babysterfte' },
      { text: '7,3 in 2016' },
    ]);
  });

  it('lists a reference without its "Bron:" or "Bronnen:" label', () => {
    expect(
      ['Bron: VWS (2018).', 'Bronnen:  CBS; RIVM', 'VWS (2018).', 'Bronnen VWS'].map(referenceOf),
    ).toEqual(['VWS (2018).', 'CBS; RIVM', 'VWS (2018).', 'Bronnen VWS']);
    expect(runsText([{ text: 'a' }, { text: 'b', bold: true }])).toBe('ab');
  });
});

describe('links in an exported deck', () => {
  const exported = (blocks: ExportSlide['blocks'], reading: ExportSlide['blocks'] = []): ExportSlide => ({
    ...slide(blocks),
    id: 'hier',
    reading,
  });
  const link = (slideId: string) => ({ text: slideId, link: { slide: slideId } });

  it('keeps links to slides in the deck and to other sites, and makes links to other slides plain text', () => {
    const web = { text: 'site', link: { url: 'https://example.nl/' } };
    const deck = keepLinksInside({
      title: 'D',
      slides: [
        exported(
          [
            { kind: 'lead', runs: [link('weg')] },
            { kind: 'heading', runs: [link('hier')] },
            { kind: 'paragraph', runs: [link('weg'), web] },
            { kind: 'list', ordered: false, items: [{ runs: [link('weg')], level: 0 }] },
            { kind: 'cards', cards: [{ title: 'K', body: [{ runs: [link('weg'), link('hier')] }] }] },
            { kind: 'fact', value: '1', label: 'l', source: 's' },
          ],
          [{ kind: 'paragraph', runs: [link('weg')] }],
        ),
      ],
    });
    const [only] = deck.slides;
    expect(only!.blocks).toEqual([
      { kind: 'lead', runs: [{ text: 'weg' }] },
      { kind: 'heading', runs: [link('hier')] },
      { kind: 'paragraph', runs: [{ text: 'weg' }, web] },
      { kind: 'list', ordered: false, items: [{ runs: [{ text: 'weg' }], level: 0 }] },
      { kind: 'cards', cards: [{ title: 'K', body: [{ runs: [{ text: 'weg' }, link('hier')] }] }] },
      { kind: 'fact', value: '1', label: 'l', source: 's' },
    ]);
    expect(only!.reading).toEqual([{ kind: 'paragraph', runs: [{ text: 'weg' }] }]);
    expect(deck.title).toBe('D');
  });

  it('leaves out navigation whose every link leads outside the deck, and keeps navigation that still leads somewhere', () => {
    const deck = keepLinksInside({
      title: 'D',
      slides: [
        exported([
          { kind: 'paragraph', nav: true, runs: [{ text: 'terug naar ' }, link('weg')] },
          { kind: 'paragraph', nav: true, runs: [link('hier')] },
          { kind: 'paragraph', runs: [link('weg')] },
        ]),
      ],
    });
    expect(deck.slides[0]!.blocks).toEqual([
      { kind: 'paragraph', nav: true, runs: [link('hier')] },
      { kind: 'paragraph', runs: [{ text: 'weg' }] },
    ]);
  });
});
