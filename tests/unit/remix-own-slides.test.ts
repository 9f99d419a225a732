// A visitor's own slides (cover, closing slide, text slides) as the builder, a link and a deck
// file see them: what is kept of what someone types, what is cut, and the Dutch messages.
import { describe, expect, it } from 'vitest';
import {
  charactersLeft,
  cleanChartSlide,
  cleanClosing,
  cleanCover,
  cleanFigureSlide,
  cleanTable,
  cleanText,
  cleanTextSlide,
  closingFieldNames,
  coverFieldNames,
  emptyClosing,
  emptyCover,
  emptyOwnSlide,
  hasContent,
  isOwnKey,
  maxBullets,
  maxOwnSlides,
  nextOwnKey,
  ownLayoutOf,
  ownLimits,
  ownSlideFromCompact,
  ownSlideHasText,
  ownSlideToCompact,
  textSlideProblems,
  type OwnTextSlide,
} from '../../src/lib/remix/own-slides';

describe('own text as it is kept', () => {
  it('keeps plain text on one line: single spaces, no leading or trailing space', () => {
    expect(cleanText('  Eerste\tregel\n\ntweede  regel  ', 100)).toBe('Eerste regel tweede regel');
    expect(cleanText('Gewoon', 100)).toBe('Gewoon');
  });

  it('takes out control characters and every bidi control, keeping accents and emoji', () => {
    const controls = [
      '\u0000',
      '\u0008',
      '\u000b',
      '\u001f',
      '\u007f',
      '\u009f',
      '\u061c',
      '\u200e',
      '\u200f',
    ];
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    expect(cleanText(`Ge${[...controls, ...bidi].join('')}zond`, 100)).toBe('Gezond');
    expect(cleanText('Crèche 👶 – “één”', 100)).toBe('Crèche 👶 – “één”');
    // Characters next to the removed ranges stay.
    expect(cleanText('\u00a0a\u00a1\u200d\u2010\u2065\u206a\u202f', 100)).toBe(
      'a\u00a1\u200d\u2010\u2065\u206a',
    );
  });

  it('cuts at the limit without splitting an emoji and without a trailing space', () => {
    expect(cleanText('abcdef', 4)).toBe('abcd');
    expect(cleanText('abcd', 4)).toBe('abcd');
    expect(cleanText('ab cdef', 3)).toBe('ab');
    expect(cleanText('abc👶', 4)).toBe('abc');
    expect(cleanText('ab👶', 4)).toBe('ab👶');
  });

  it('replaces a lone half of a surrogate pair, as a broken link may carry, by the replacement character', () => {
    expect(cleanText('a\ud83d', 10)).toBe('a\ufffd');
    expect(cleanText('\udc76b', 10)).toBe('\ufffdb');
    expect(cleanText('\ud83d\udc76', 10)).toBe('👶');
  });

  it('cleans very long input quickly and still keeps the limit, also when it starts with white space', () => {
    const long = `${' '.repeat(60)}${'woord '.repeat(200_000)}`;
    const started = performance.now();
    const cleaned = cleanText(long, 120);
    expect(performance.now() - started).toBeLessThan(500);
    expect(cleaned).toBe('woord '.repeat(20).trim());
    expect(cleanText('x'.repeat(200), 120)).toHaveLength(120);
  });
});

describe('the cover and the closing slide', () => {
  it('keeps each field of the cover cleaned and cut to its limit; anything that is not text becomes empty', () => {
    expect(
      cleanCover({
        subtitle: ' Voor de raad ',
        presenter: 'a'.repeat(200),
        organisation: 5,
        date: null,
        place: 'Utrecht\u202e',
      }),
    ).toEqual({
      subtitle: 'Voor de raad',
      presenter: 'a'.repeat(ownLimits.presenter),
      organisation: '',
      date: '',
      place: 'Utrecht',
    });
    expect(cleanCover({})).toEqual(emptyCover());
    expect(Object.keys(emptyCover())).toEqual([...coverFieldNames]);
    const limits = coverFieldNames.map((name) => cleanCover({ [name]: 'x'.repeat(500) })[name].length);
    expect(limits).toEqual([160, 80, 100, 40, 60]);
  });

  it('keeps the closing slide’s contact and website as cleaned text', () => {
    expect(cleanClosing({ contact: ' mail@example.nl ', website: 'www.example.nl\n' })).toEqual({
      contact: 'mail@example.nl',
      website: 'www.example.nl',
    });
    expect(cleanClosing({ contact: 3, website: ['x'] })).toEqual(emptyClosing());
    expect(Object.keys(emptyClosing())).toEqual([...closingFieldNames]);
    expect(cleanClosing({ contact: 'c'.repeat(500), website: 'w'.repeat(500) })).toEqual({
      contact: 'c'.repeat(160),
      website: 'w'.repeat(100),
    });
  });

  it('says whether any field has been filled in', () => {
    expect(hasContent(emptyCover())).toBe(false);
    expect(hasContent({ ...emptyClosing(), website: 'x' })).toBe(true);
    expect(hasContent({ a: 5, b: null, c: '' })).toBe(false);
  });
});

describe('own text slides', () => {
  it('keeps a title and at most six non-empty bullets, each cleaned and cut', () => {
    expect(
      cleanTextSlide('_2', '  Mijn  punt ', [
        'een',
        '',
        '  ',
        7,
        'twee',
        'drie',
        'vier',
        'vijf',
        'zes',
        'zeven',
      ]),
    ).toEqual({ key: '_2', title: 'Mijn punt', bullets: ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'] });
    expect(cleanTextSlide('_1', 'x'.repeat(300), ['y'.repeat(300)])).toEqual({
      key: '_1',
      title: 'x'.repeat(ownLimits.slideTitle),
      bullets: ['y'.repeat(ownLimits.bullet)],
    });
    expect(cleanTextSlide('_1', 5, 'geen lijst')).toEqual({ key: '_1', title: '', bullets: [] });
    expect(maxBullets).toBe(6);
  });

  it('does not read past a few times six entries of a long list', () => {
    const many = [...Array.from({ length: 24 }, () => ''), 'te laat'];
    expect(cleanTextSlide('_1', 'T', many).bullets).toEqual([]);
    expect(cleanTextSlide('_1', 'T', [...Array.from({ length: 23 }, () => ''), 'op tijd']).bullets).toEqual([
      'op tijd',
    ]);
  });

  it('tells in Dutch what is missing or too much', () => {
    expect(textSlideProblems({ title: 'Titel', bullets: ['a', 'b'] })).toEqual([]);
    expect(textSlideProblems({ title: '  ', bullets: [] })).toEqual(['Geef je slide een titel.']);
    expect(textSlideProblems({ title: 'T', bullets: ['1', '2', '3', '4', '5', '6', ' '] })).toEqual([]);
    expect(textSlideProblems({ title: '', bullets: ['1', '2', '3', '4', '5', '6', '7'] })).toEqual([
      'Geef je slide een titel.',
      'Een slide heeft hoogstens 6 punten.',
    ]);
  });

  it('counts down the characters left under a field', () => {
    expect(charactersLeft('abc', 5)).toBe('Nog 2 tekens.');
    expect(charactersLeft('abcd', 5)).toBe('Nog 1 teken.');
    expect(charactersLeft('abcde', 5)).toBe('Je hebt het maximum van 5 tekens bereikt.');
    expect(charactersLeft('abcdef', 5)).toBe('Je hebt het maximum van 5 tekens bereikt.');
    expect(charactersLeft('', 120)).toBe('Nog 120 tekens.');
  });

  it('gives a new slide the first free key, and none past twenty', () => {
    const slide = (key: string): OwnTextSlide => ({ key, title: 'T', bullets: [] });
    expect(nextOwnKey([])).toBe('_1');
    expect(nextOwnKey([slide('_1'), slide('_3')])).toBe('_2');
    expect(nextOwnKey([slide('_2'), slide('_1')])).toBe('_3');
    const full = Array.from({ length: maxOwnSlides }, (_, i) => slide(`_${i + 1}`));
    expect(nextOwnKey(full)).toBeUndefined();
    expect(nextOwnKey(full.slice(1))).toBe('_1');
    expect(maxOwnSlides).toBe(20);
  });

  it('tells an own slide’s key from a library id', () => {
    expect(['_1', '_20', '_999'].map(isOwnKey)).toEqual([true, true, true]);
    expect(['_0', '_01', '_1000', '1', 'titel', '_1a', 'a_1', '_'].map(isOwnKey)).toEqual(
      Array.from({ length: 8 }, () => false),
    );
  });
});

describe('an own text slide in a link or a deck file', () => {
  it('round-trips through its compact form', () => {
    const slide = cleanTextSlide('_4', 'Wat wij doen', ['Huisbezoek', 'Spreekuur']);
    expect(ownSlideToCompact(slide)).toEqual(['Wat wij doen', 'Huisbezoek', 'Spreekuur']);
    expect(ownSlideFromCompact(ownSlideToCompact(slide), '_4')).toEqual(slide);
    expect(ownSlideFromCompact(['Alleen een titel'], '_1')).toEqual({
      key: '_1',
      title: 'Alleen een titel',
      bullets: [],
    });
  });

  it('names a damaged slide by its number in Dutch, and cleans what a link carries', () => {
    for (const bad of [[], [3, 'a'], 'tekst', undefined])
      expect(ownSlideFromCompact(bad, '_12')).toEqual({
        problem: 'Eigen slide 12 in deze link is beschadigd en wordt niet getoond.',
      });
    expect(ownSlideFromCompact(['T\u202e', ' a ', 5, 'b'], '_1')).toEqual({
      key: '_1',
      title: 'T',
      bullets: ['a', 'b'],
    });
  });
});

describe('own key figure and chart slides as they are kept', () => {
  it('cuts every field of a key figure to the limit its input carries', () => {
    const long = 'x'.repeat(600);
    const slide = cleanFigureSlide('_2', { title: long, value: long, label: long, date: long, source: long });
    expect(slide.key).toBe('_2');
    expect(slide.kind).toBe('figure');
    expect(slide.title).toHaveLength(ownLimits.slideTitle);
    expect(slide.value).toHaveLength(ownLimits.figureValue);
    expect(slide.label).toHaveLength(ownLimits.figureLabel);
    expect(slide.date).toHaveLength(ownLimits.figureDate);
    expect(slide.source).toHaveLength(ownLimits.source);
  });

  it('cuts every field of a chart to its limit, and keeps the table’s lines and columns', () => {
    const long = 'y'.repeat(600);
    const slide = cleanChartSlide('_3', {
      title: long,
      table: 'Noord\t12\nZuid\t8',
      unit: long,
      source: long,
    });
    expect(slide).toMatchObject({ key: '_3', kind: 'chart', table: 'Noord\t12\nZuid\t8' });
    expect(slide.title).toHaveLength(ownLimits.slideTitle);
    expect(slide.unit).toHaveLength(ownLimits.chartUnit);
    expect(slide.source).toHaveLength(ownLimits.source);
    expect(cleanChartSlide('_3', { table: 7, unit: ['a'] })).toEqual({
      key: '_3',
      kind: 'chart',
      title: '',
      table: '',
      unit: '',
      source: '',
    });
  });

  it('keeps a pasted table to its limit, single spaces within a cell, and every kind of line break as one', () => {
    expect(cleanTable('A  \t 1\r\nB\t2\rC\t3\n\nD\t4')).toBe('A\t1\nB\t2\nC\t3\n\nD\t4');
    const table = cleanTable(`${'Wijk\t1.250\n'.repeat(400)}`);
    expect(table.length).toBeLessThanOrEqual(ownLimits.chartTable);
    expect(table.length).toBeGreaterThan(ownLimits.chartTable - 12);
    expect(table.startsWith('Wijk\t1.250\nWijk\t1.250\n')).toBe(true);
    expect(table.endsWith('\n')).toBe(false);
  });

  it('starts an empty slide of each layout, keeping the title given', () => {
    expect(emptyOwnSlide('_1', 'text')).toEqual({ key: '_1', title: '', bullets: [] });
    expect(emptyOwnSlide('_1', 'figure', 'T')).toEqual({
      key: '_1',
      kind: 'figure',
      title: 'T',
      value: '',
      label: '',
      date: '',
      source: '',
    });
    expect(emptyOwnSlide('_4', 'chart', 'T')).toEqual({
      key: '_4',
      kind: 'chart',
      title: 'T',
      table: '',
      unit: '',
      source: '',
    });
    expect(
      ['text', 'figure', 'chart'].map((layout) => ownLayoutOf(emptyOwnSlide('_1', layout as 'text'))),
    ).toEqual(['text', 'figure', 'chart']);
  });

  it('knows a slide has text when any one of its fields is filled in', () => {
    const figure = emptyOwnSlide('_1', 'figure');
    const chart = emptyOwnSlide('_1', 'chart');
    for (const field of ['title', 'value', 'label', 'date', 'source'])
      expect(ownSlideHasText({ ...figure, [field]: '1' }), field).toBe(true);
    for (const field of ['title', 'table', 'unit', 'source'])
      expect(ownSlideHasText({ ...chart, [field]: '1' }), field).toBe(true);
    expect(ownSlideHasText(chart)).toBe(false);
    expect(ownSlideHasText({ key: '_1', title: '', bullets: [] })).toBe(false);
    expect(ownSlideHasText({ key: '_1', title: 'T', bullets: [] })).toBe(true);
    expect(ownSlideHasText({ key: '_1', title: '', bullets: ['punt'] })).toBe(true);
  });

  it('reads a key figure or a chart from a link only whole, else names it damaged', () => {
    const damaged = { problem: 'Eigen slide 7 in deze link is beschadigd en wordt niet getoond.' };
    expect(ownSlideFromCompact([1, 'T', '12', 'kinderen', '2024'], '_7')).toEqual(damaged);
    expect(ownSlideFromCompact([1, 'T', '12', 'kinderen', '2024', 5], '_7')).toEqual(damaged);
    expect(ownSlideFromCompact([2, 'T', 'A\t1', 'eenheid'], '_7')).toEqual(damaged);
    expect(ownSlideFromCompact([2, 'T', 'A\t1', 'eenheid', null], '_7')).toEqual(damaged);
    expect(ownSlideFromCompact([2, 'T', 'A\t1', 'eenheid', 'bron'], '_7')).toMatchObject({
      kind: 'chart',
      table: 'A\t1',
      source: 'bron',
    });
    expect(ownSlideFromCompact([1, ' T ', '12', 'kinderen', '2024', 'CBS'], '_7')).toMatchObject({
      kind: 'figure',
      title: 'T',
      value: '12',
    });
  });
});
