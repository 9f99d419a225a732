import { describe, expect, it } from 'vitest';
import {
  chartTableProblems,
  maxChartRows,
  ownChartDataset,
  parseChartTable,
  parseDutchNumber,
} from '../../src/lib/remix/own-figures';
import {
  cleanChartSlide,
  cleanFigureSlide,
  emptyOwnSlide,
  figureSlideProblems,
  ownSlideFromCompact,
  ownSlideHasText,
  ownSlideToCompact,
  withoutSource,
  withoutSourceNote,
  type OwnSlide,
} from '../../src/lib/remix/own-slides';
import { decodeRemixLink, encodeRemix, encodeRemixCompact, type RemixDeck } from '../../src/lib/remix/link';
import { parseSavedDeck, serialiseDeck } from '../../src/lib/remix/saved-deck';
import { parseDeckFile, serialiseDeckFile } from '../../src/lib/remix/deck-file';
import { datasetSchema } from '../../src/schemas/dataset';
import { chartTable, formatValue } from '../../src/lib/charts/table';

describe('Dutch numbers', () => {
  it.each([
    ['12,5', 12.5],
    ['1.250', 1250],
    ['1.250,75', 1250.75],
    ['2.153.000', 2153000],
    ['-3', -3],
    ['−3,5', -3.5],
    ['12 %', 12],
    [' 980 ', 980],
    ['12.5', 12.5],
    ['0,125', 0.125],
  ])('reads %s as %d', (text, value) => {
    expect(parseDutchNumber(text)).toBe(value);
  });
  it.each(['veel', '', '12,5,3', '1.25.0', '12a', ',', '1,250.5'])('refuses %j', (text) => {
    expect(parseDutchNumber(text)).toBeUndefined();
  });
});

describe('an own chart’s table', () => {
  it('reads two columns pasted from a spreadsheet, with a heading line and empty lines', () => {
    const result = parseChartTable('Wijk\tAantal\n\nCentrum\t1.250\r\nNoord\t980,5\n\n');
    expect(result).toEqual({
      header: { label: 'Wijk', value: 'Aantal' },
      rows: [
        { label: 'Centrum', value: 1250 },
        { label: 'Noord', value: 980.5 },
      ],
      problems: [],
    });
  });
  it('reads typed lines with a semicolon or a space before the number', () => {
    expect(parseChartTable('Oost; 12,5\nWest Zuid 7').rows).toEqual([
      { label: 'Oost', value: 12.5 },
      { label: 'West Zuid', value: 7 },
    ]);
  });
  it('skips empty trailing cells a spreadsheet adds', () => {
    expect(parseChartTable('A\t1\t\t\nB\t2\t').rows).toEqual([
      { label: 'A', value: 1 },
      { label: 'B', value: 2 },
    ]);
  });
  it('names the line with three columns', () => {
    const result = parseChartTable('A\t1\nB\t2\t3\nC\t4');
    expect(result.rows.map((row) => row.label)).toEqual(['A', 'C']);
    expect(result.problems).toEqual(['Regel 2 heeft 3 kolommen. Gebruik er twee: een naam en een getal.']);
  });
  it('names the line with text in the value column, after the first data line', () => {
    const result = parseChartTable('A\t1\n\nB\tveel');
    expect(result.problems).toEqual(['Regel 3: “veel” is geen getal. Schrijf bijvoorbeeld 12,5 of 1.250.']);
    expect(result.rows).toEqual([{ label: 'A', value: 1 }]);
  });
  it('names a line without a number and a line without a name', () => {
    expect(parseChartTable('A\t1\nAlleen een naam').problems).toEqual([
      'Regel 2: “naam” is geen getal. Schrijf bijvoorbeeld 12,5 of 1.250.',
    ]);
    expect(parseChartTable('A\t1\nB;').problems).toEqual([
      'Regel 2 (“B”) heeft geen getal. Zet het getal na een tab of een puntkomma.',
    ]);
    expect(parseChartTable('A\t1\n\t5').problems).toEqual(['Regel 2 heeft geen naam vóór het getal.']);
  });
  it(`keeps at most ${maxChartRows} rows and says how many were left out`, () => {
    const text = Array.from({ length: maxChartRows + 2 }, (_, i) => `R${i + 1}\t${i}`).join('\n');
    const result = parseChartTable(text);
    expect(result.rows).toHaveLength(maxChartRows);
    expect(result.problems).toEqual([
      `Een eigen grafiek heeft hoogstens ${maxChartRows} rijen; de laatste 2 rijen staan er niet in.`,
    ]);
  });
  it('asks for numbers when the table is empty', () => {
    expect(chartTableProblems(' \n\n')).toEqual([
      'Vul de tabel van je grafiek: per regel een naam en een getal.',
    ]);
    expect(chartTableProblems('A\t1')).toEqual([]);
  });
  it('makes a valid kit dataset of the rows, bars left to right for long names', () => {
    const { rows, header } = parseChartTable(
      'Wijk\tGeboorten\nCentrum-Oost en omstreken\t1.250\nNoord\t980,5',
    );
    const dataset = ownChartDataset('eigen-grafiek-1', 'Geboorten per wijk', '', rows, header);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset).toMatchObject({
      type: 'bar',
      horizontal: true,
      unit: 'Geboorten',
      x: { title: 'Wijk', values: ['Centrum-Oost en omstreken', 'Noord'] },
      series: [{ values: [1250, 980.5] }],
    });
    expect(ownChartDataset('x', '', 'kinderen', [{ label: 'A', value: 3 }]).horizontal).toBe(false);
  });

  it('shows each value as typed, not with the decimals of the most precise one', () => {
    const { rows, header } = parseChartTable('Wijk\tGeboorten\nCentrum\t1.250\nNoord\t980,5\nZuid\t12,5');
    const dataset = ownChartDataset('eigen-grafiek-1', 'Geboorten per wijk', '', rows, header);
    expect(dataset.decimals).toBeUndefined();
    expect(chartTable(dataset).rows).toEqual([
      { header: 'Centrum', cells: ['1.250'] },
      { header: 'Noord', cells: ['980,5'] },
      { header: 'Zuid', cells: ['12,5'] },
    ]);
    expect(dataset.series[0]!.values.map((value) => formatValue(value, dataset.decimals))).toEqual([
      '1.250',
      '980,5',
      '12,5',
    ]);
  });
});

describe('own key figures', () => {
  it('needs a number, a label, a date and a source, in Dutch', () => {
    expect(figureSlideProblems({ title: 'T', value: '', label: '', date: '', source: '' })).toEqual([
      'Vul het kerncijfer in.',
      'Zeg wat het getal telt.',
      'Geef de datum of het jaar waarop het getal slaat.',
      'Vermeld de bron van het getal.',
    ]);
    expect(
      figureSlideProblems({ title: 'T', value: 'veel', label: 'a', date: '2024', source: 'CBS' }),
    ).toEqual(['Het kerncijfer moet een getal bevatten, bijvoorbeeld 1.250 of 23%.']);
    expect(
      figureSlideProblems({ title: 'T', value: '1 op 5', label: 'a', date: '2024', source: 'CBS' }),
    ).toEqual([]);
  });
  it('cleans every field and knows when a slide has text', () => {
    const slide = cleanFigureSlide('_1', {
      title: ' A\u202eB ',
      value: 12,
      label: 'x'.repeat(500),
      source: 'CBS',
    });
    expect(slide).toMatchObject({ kind: 'figure', title: 'AB', value: '', date: '', source: 'CBS' });
    expect(slide.label).toHaveLength(160);
    expect(ownSlideHasText(emptyOwnSlide('_1', 'figure'))).toBe(false);
    expect(ownSlideHasText(emptyOwnSlide('_1', 'chart', 'Titel'))).toBe(true);
  });
  it('keeps tabs and line breaks in a chart table, not control characters', () => {
    expect(cleanChartSlide('_2', { table: 'A\t1\u0007\r\nB\u202e\t2' }).table).toBe('A\t1\nB\t2');
  });
});

const figure: OwnSlide = {
  key: '_1',
  kind: 'figure',
  title: 'Geboren in onze gemeente',
  value: '1.250',
  label: 'kinderen <img src=x onerror=alert(1)>',
  date: '2024',
  source: 'CBS Statline',
};
const chart: OwnSlide = {
  key: '_2',
  kind: 'chart',
  title: 'Geboorten per wijk',
  table: 'Wijk\tAantal\nCentrum\t1.250\nNoord\t980,5',
  unit: 'geboorten',
  source: 'GGD-monitor 2024',
};
const text: OwnSlide = { key: '_3', title: 'Onze aanpak', bullets: ['Eén', 'Twee'] };
const deck: RemixDeck = {
  title: 'Voor de raad',
  slides: ['titel', '_1', '_2', '_3'],
  cover: { subtitle: '', presenter: '', organisation: '', date: '', place: '' },
  own: [figure, chart, text],
};

describe('own key figures and charts travel', () => {
  it('in the compact form, told apart from text slides by their first element', () => {
    expect(ownSlideToCompact(figure)).toEqual([
      1,
      figure.title,
      '1.250',
      figure.label,
      '2024',
      'CBS Statline',
    ]);
    for (const slide of [figure, chart, text])
      expect(ownSlideFromCompact(ownSlideToCompact(slide), slide.key)).toEqual(slide);
    expect(ownSlideFromCompact([1, 'a', 'b'], '_4')).toEqual({
      problem: 'Eigen slide 4 in deze link is beschadigd en wordt niet getoond.',
    });
    expect(ownSlideFromCompact([3, 'a'], '_4')).toHaveProperty('problem');
  });
  it('through a link, plain and compressed', async () => {
    for (const query of [encodeRemix(deck), await encodeRemixCompact(deck)]) {
      const result = await decodeRemixLink(query);
      expect(result.ok && result.deck.own).toEqual([figure, chart, text]);
      expect(result.ok && result.problems).toEqual([]);
    }
  });
  it('through the browser’s storage and a deck file', () => {
    expect(parseSavedDeck(serialiseDeck(deck)).deck.own).toEqual([figure, chart, text]);
    const file = parseDeckFile(serialiseDeckFile(deck));
    expect(file.ok && file.deck.own).toEqual([figure, chart, text]);
  });
  it('while links made before key figures and charts keep opening as they did', async () => {
    // Made by the link code of 5 December (before this change), with a cover, a closing slide and a text slide.
    const expected = {
      title: 'Voor de raad',
      slides: ['titel', '_1', 'risicofactoren'],
      cover: { subtitle: 'Wijkavond', presenter: 'Ans', organisation: 'GGD', date: '', place: '' },
      closing: { contact: 'ans@ggd.nl', website: '' },
      own: [{ key: '_1', title: 'Onze wijk', bullets: ['Eén', 'Twee'] }],
    };
    for (const old of [
      '?titel=Voor+de+raad&slides=titel,_1,risicofactoren&eigen=jW1siV2lqa2F2b25kIiwiQW5zIiwiR0dEIiwiIiwiIl0sWyJhbnNAZ2dkLm5sIiwiIl0sW1siT256ZSB3aWprIiwiRcOpbiIsIlR3ZWUiXV1d',
      '?titel=Voor+de+raad&slides=titel,_1,risicofactoren&eigen=zi45WCs_Myk4sy89LUdJRcswrVtJRcnd3UdJRAqFYnWilxLxih_T0FL28HKhItJJ_XlWqQnlmVraSjpLr4ZV5SjpKIeWpqUqxsbEA',
    ]) {
      const result = await decodeRemixLink(old);
      expect(result.ok && result.deck).toEqual(expected);
    }
  });
});

describe('own figures without a source', () => {
  it('are named in the export’s note, text slides never', () => {
    const bare = { ...figure, source: ' ' } as OwnSlide;
    const bareChart = { ...chart, title: '', source: '' } as OwnSlide;
    expect(withoutSource([bare, chart, text], ['_1', '_2', '_3'])).toEqual([bare]);
    expect(withoutSource([bare], ['_2'])).toEqual([]);
    expect(withoutSourceNote([])).toBe('');
    expect(withoutSourceNote([bare])).toBe(
      ' Let op: je eigen slide “Geboren in onze gemeente” heeft geen bron; op de slide staat “Bron ontbreekt”. Vul de bron in de bouwdoos in.',
    );
    expect(withoutSourceNote([bare, bareChart])).toBe(
      ' Let op: 2 eigen slides hebben geen bron (“Geboren in onze gemeente”, “zonder titel”); op die slides staat “Bron ontbreekt”. Vul de bronnen in de bouwdoos in.',
    );
  });
});

describe('an own chart’s table, further cases', () => {
  it('says in the singular when one row was left out', () => {
    const text = Array.from({ length: maxChartRows + 1 }, (_, i) => `R${i + 1}\t${i}`).join('\n');
    expect(parseChartTable(text).problems).toEqual([
      `Een eigen grafiek heeft hoogstens ${maxChartRows} rijen; de laatste rij staat er niet in.`,
    ]);
  });

  it('takes a heading only as the first line, before any data or problem', () => {
    expect(parseChartTable('A\t1\nWijk\tAantal').header).toBeUndefined();
    const afterProblem = parseChartTable('A\t1\t2\nWijk\tAantal');
    expect(afterProblem.header).toBeUndefined();
    expect(afterProblem.problems).toHaveLength(2);
    expect(parseChartTable('Wijk\tAantal\nSoort\tTal').problems).toEqual([
      'Regel 2: “Tal” is geen getal. Schrijf bijvoorbeeld 12,5 of 1.250.',
    ]);
  });

  it('reads a typed line with only a name as a line without a number', () => {
    expect(parseChartTable('Noord').problems).toEqual([
      'Regel 1 (“Noord”) heeft geen getal. Zet het getal na een tab of een puntkomma.',
    ]);
  });

  it('names the chart, its unit and its axis when the visitor gave none, and lays many rows on their side', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ label: `R${i}`, value: i }));
    const dataset = ownChartDataset('x', '', '', rows);
    expect(dataset).toMatchObject({
      title: 'Eigen grafiek',
      unit: 'Waarde',
      horizontal: true,
      x: { title: 'Naam' },
    });
    expect(dataset.series[0]).toMatchObject({ id: 'waarde', label: 'Waarde' });
    expect(ownChartDataset('x', 'T', '', rows.slice(0, 6)).horizontal).toBe(false);
    expect(ownChartDataset('x', 'T', '', [{ label: 'x'.repeat(14), value: 1 }]).horizontal).toBe(false);
    expect(ownChartDataset('x', 'T', '', [{ label: 'x'.repeat(15), value: 1 }]).horizontal).toBe(true);
    expect(
      ownChartDataset('x', 'T', 'kinderen', [{ label: 'A', value: 1 }], { label: '', value: 'Aantal' }),
    ).toMatchObject({ unit: 'kinderen', x: { title: 'Naam' } });
    expect(
      ownChartDataset('x', 'T', '', [{ label: 'A', value: 1 }], { label: 'Wijk', value: '' }),
    ).toMatchObject({
      unit: 'Waarde',
      x: { title: 'Wijk' },
    });
  });
});
