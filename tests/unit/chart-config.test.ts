import { describe, expect, it } from 'vitest';
import type { Scale } from 'chart.js';
import { datasetSchema, type DatasetInput } from '../../src/schemas/dataset';
import { chartConfig, unitWidth, type ChartTheme } from '../../src/lib/charts/config';
import { spacedTicks, wrapLabel } from '../../src/lib/charts/ticks';
import { chartTable, formatValue } from '../../src/lib/charts/table';
import { seriesStyle } from '../../src/lib/charts/style';
import { chartRefs } from '../../src/lib/content/mdx-refs';

const font = { family: 'Atkinson Hyperlegible', size: 16 };
const theme: ChartTheme = {
  series: ['#a3195b', '#00636b', '#1d2a3a', '#7a4d00'],
  ink: '#1d2a3a',
  paper: '#ffffff',
  grid: '#d5d9e0',
  band: '#f4f0f6',
  font: () => font,
};
/** Patterns become readable strings instead of CanvasPatterns. */
const settings = { animate: false, fill: (pattern: string, colour: string) => `${pattern} ${colour}` };

const dataset = (input: Partial<DatasetInput> & Pick<DatasetInput, 'type' | 'x' | 'series'>) =>
  datasetSchema.parse({ id: 'proef', title: 'Proef', unit: 'eenheid', sources: ['bron'], ...input });

const costs = dataset({
  type: 'bar',
  horizontal: true,
  x: { title: 'Kostenpost', values: ['Coalities', 'Regionale aanpak', 'Totaal'] },
  series: [
    { id: 'scenario-1', label: 'Scenario 1', values: [5, null, [15, 20]] },
    { id: 'scenario-3', label: 'Scenario 3', values: [10, [8, 13], [40, 50]] },
  ],
});

const brain = dataset({
  type: 'line',
  schematic: true,
  x: { title: 'Leeftijd', values: ['−9 mnd', 'geboorte', '3 mnd', '2 jaar', '16 jaar'] },
  series: [
    { id: 'zintuigen', label: 'Zintuigen', values: [0, 45, 100, 45, 30] },
    { id: 'taal', label: 'Taal', values: [0, 25, 60, 60, 35] },
  ],
  directLabels: [{ series: 'taal', at: '2 jaar' }],
  bands: [{ from: '−9 mnd', to: '2 jaar', label: 'De eerste 1.000 dagen' }],
});

const mortality = dataset({
  type: 'line',
  decimals: 1,
  x: { title: 'Jaar', values: [2000, 2010, 2016, 2017] },
  series: [{ id: 'sterfte', label: 'Babysterfte', values: [11.9, 9, null, 7.7] }],
  referenceLines: [{ value: 10, label: 'tien' }],
});

describe('chartTable', () => {
  it('holds exactly the dataset’s values in Dutch notation, one row per x value, ranges and gaps as text', () => {
    expect(chartTable(costs)).toEqual({
      caption: 'Proef. Eenheid: eenheid.',
      columns: ['Kostenpost', 'Scenario 1', 'Scenario 3'],
      rows: [
        { header: 'Coalities', cells: ['5', '10'] },
        { header: 'Regionale aanpak', cells: ['–', '8–13'] },
        { header: 'Totaal', cells: ['15–20', '40–50'] },
      ],
    });
  });

  it('writes years without a thousands separator and keeps the dataset’s decimals', () => {
    expect(chartTable(mortality).rows).toEqual([
      { header: '2000', cells: ['11,9'] },
      { header: '2010', cells: ['9,0'] },
      { header: '2016', cells: ['–'] },
      { header: '2017', cells: ['7,7'] },
    ]);
    expect(formatValue(2153)).toBe('2.153');
  });

  it('says in the caption that a schematic chart shows no measurements', () => {
    expect(chartTable(brain).caption).toBe(
      'Proef. Eenheid: eenheid. Schematische weergave: de waarden tekenen alleen de vorm, het zijn geen metingen.',
    );
  });
});

describe('unitWidth', () => {
  it('wraps an upright axis title to the chart height, between 12 and 30 characters a line', () => {
    // 200 px high at 20 px: 170 / 11 = 15 characters.
    expect(unitWidth(200, 20)).toBe(15);
    expect(unitWidth(1000, 20)).toBe(30);
    expect(unitWidth(80, 20)).toBe(12);
    expect(unitWidth(300, 0)).toBe(30);
  });

  it('rewraps the value axis title of an upright chart when the chart is laid out, not that of horizontal bars', () => {
    const long = dataset({
      type: 'line',
      unit: 'babysterfte per 1.000 geboren kinderen',
      x: { title: 'Jaar', values: [2000, 2010] },
      series: [{ id: 'a', label: 'A', values: [1, 2] }],
    });
    const y = chartConfig(long, theme, settings).config.options?.scales?.['y'] as unknown as {
      beforeUpdate: (axis: unknown) => void;
      title: { text: unknown };
    };
    const axis = { chart: { height: 200 }, options: { title: { text: y.title.text } } };
    expect(axis.options.title.text).toEqual(['babysterfte per 1.000 geboren', 'kinderen']);
    y.beforeUpdate(axis);
    expect(axis.options.title.text).toEqual(['babysterfte per', '1.000 geboren', 'kinderen']);
    const x = chartConfig(costs, theme, settings).config.options?.scales?.['x'] as unknown as Record<
      string,
      unknown
    >;
    expect(x['beforeUpdate']).toBeUndefined();
  });
});

describe('chartConfig', () => {
  it('draws a range as a bar to its minimum with a hatched part up to its maximum, stacked per series', () => {
    const { config } = chartConfig(costs, theme, settings);
    expect(
      config.data.datasets.map(({ label, data, stack, backgroundColor }) => ({
        label,
        data,
        stack,
        backgroundColor,
      })),
    ).toEqual([
      { label: 'Scenario 1', data: [5, null, 15], stack: 'scenario-1', backgroundColor: 'solid #a3195b' },
      {
        label: 'Scenario 1 (bandbreedte)',
        data: [null, null, 5],
        stack: 'scenario-1',
        backgroundColor: 'hatch #a3195b',
      },
      { label: 'Scenario 3', data: [10, 8, 40], stack: 'scenario-3', backgroundColor: 'dots #00636b' },
      {
        label: 'Scenario 3 (bandbreedte)',
        data: [null, 5, 10],
        stack: 'scenario-3',
        backgroundColor: 'hatch #00636b',
      },
    ]);
    expect(config.options?.indexAxis).toBe('y');
  });

  it('writes every bar’s value as in the table, at the end of the bar that reaches it', () => {
    const { overlays } = chartConfig(costs, theme, settings);
    expect(overlays.valueLabels.map(({ datasetIndex, index, text }) => [datasetIndex, index, text])).toEqual([
      [0, 0, '5'],
      [0, 1, '–'],
      [1, 2, '15–20'],
      [2, 0, '10'],
      [3, 1, '8–13'],
      [3, 2, '40–50'],
    ]);
  });

  it('tells lines apart by dash and point shape, names them on the chart and marks the first 1,000 days', () => {
    const { config, overlays } = chartConfig(brain, theme, settings);
    expect(config.type).toBe('line');
    if (config.type !== 'line') return;
    expect(config.data.labels).toEqual(['−9 mnd', 'geboorte', '3 mnd', '2 jaar', '16 jaar']);
    expect(
      config.data.datasets.map(({ data, borderDash, pointStyle, borderColor }) => ({
        data,
        borderDash,
        pointStyle,
        borderColor,
      })),
    ).toEqual([
      { data: [0, 45, 100, 45, 30], borderDash: [], pointStyle: 'circle', borderColor: '#a3195b' },
      { data: [0, 25, 60, 60, 35], borderDash: [12, 6], pointStyle: 'rect', borderColor: '#00636b' },
    ]);
    expect(overlays.directLabels).toEqual([{ datasetIndex: 1, index: 3, text: 'Taal', colour: '#00636b' }]);
    expect(overlays.bands).toEqual([{ from: 0, to: 3, label: 'De eerste 1.000 dagen' }]);
  });

  it('shows no numbers on the value axis of a schematic chart, and no values on its points', () => {
    const { config, overlays } = chartConfig(brain, theme, settings);
    expect(config.options?.scales?.['y']?.ticks?.display).toBe(false);
    expect(overlays.valueLabels).toEqual([]);
  });

  it('puts years on a linear axis at their real distance, with a tick at each year where there is room and a gap left open', () => {
    const { config, overlays } = chartConfig(mortality, theme, settings);
    expect(config.data.datasets[0]?.data).toEqual([
      { x: 2000, y: 11.9 },
      { x: 2010, y: 9 },
      { x: 2016, y: null },
      { x: 2017, y: 7.7 },
    ]);
    expect(config.data.datasets[0]).toMatchObject({ spanGaps: false, tension: 0 });
    const x = config.options?.scales?.['x'];
    const axis = (width: number) => ({ ticks: [], chart: { width } }) as unknown as Scale;
    const wide = axis(2000);
    x?.afterBuildTicks?.(wide);
    expect(wide.ticks).toEqual([{ value: 2000 }, { value: 2010 }, { value: 2016 }, { value: 2017 }]);
    const narrow = axis(1000);
    x?.afterBuildTicks?.(narrow);
    expect(narrow.ticks).toEqual([{ value: 2000 }, { value: 2010 }, { value: 2017 }]);
    expect(overlays.valueLabels.map((label) => label.text)).toEqual(['11,9', '9,0', '7,7']);
    expect(overlays.referenceLines).toEqual([{ value: 10, label: 'tien' }]);
  });

  it('names each line at its last point when the dataset chooses no places', () => {
    const { overlays } = chartConfig({ ...brain, directLabels: [] }, theme, settings);
    expect(overlays.directLabels.map(({ datasetIndex, index }) => [datasetIndex, index])).toEqual([
      [0, 4],
      [1, 4],
    ]);
  });

  it('leaves the name of a line that stops before the chart’s end to the legend', () => {
    const twoSources = dataset({
      type: 'line',
      x: { title: 'Jaar', values: [2000, 2016, 2017, 2019] },
      series: [
        { id: 'oud', label: 'Tot 2016', values: [11.9, 7.3, null, null] },
        { id: 'nieuw', label: 'Vanaf 2017', values: [null, null, 7.7, 7.8] },
      ],
    });
    const { overlays } = chartConfig(twoSources, theme, settings);
    expect(overlays.directLabels.map(({ datasetIndex, index, text }) => [datasetIndex, index, text])).toEqual(
      [[1, 3, 'Vanaf 2017']],
    );
  });

  it('animates only when asked, and calls back when the animation is done', () => {
    expect(chartConfig(costs, theme, settings).config.options?.animation).toBe(false);
    const done = () => undefined;
    expect(
      chartConfig(costs, theme, { ...settings, animate: true, onAnimationComplete: done }).config.options
        ?.animation,
    ).toEqual({
      duration: 900,
      easing: 'easeOutQuart',
      onComplete: done,
    });
  });
});

describe('chart helpers', () => {
  it('wraps long category names at spaces', () => {
    expect(wrapLabel('Interventies voor (aanstaande) ouders in kwetsbare situaties')).toEqual([
      'Interventies voor',
      '(aanstaande) ouders in',
      'kwetsbare situaties',
    ]);
    expect(wrapLabel('Totaal')).toBe('Totaal');
  });

  it('leaves out years that would crowd each other, keeping the first and the last', () => {
    expect(spacedTicks([2000, 2010, 2016, 2017, 2018, 2019], 10)).toEqual([2000, 2010, 2019]);
    expect(spacedTicks([2000, 2010, 2016, 2017, 2018, 2019], 50)).toEqual([
      2000, 2010, 2016, 2017, 2018, 2019,
    ]);
    expect(spacedTicks([2018, 2019], 10)).toEqual([2018, 2019]);
  });

  it('wraps a name only past its width, counting the spaces, about 26 characters by default', () => {
    expect(wrapLabel('aaaa bbbb', 9)).toBe('aaaa bbbb');
    expect(wrapLabel('aaaa bbbb', 8)).toEqual(['aaaa', 'bbbb']);
    expect(wrapLabel('a'.repeat(12) + ' ' + 'b'.repeat(13))).toBe('a'.repeat(12) + ' ' + 'b'.repeat(13));
    expect(wrapLabel('a'.repeat(13) + ' ' + 'b'.repeat(13))).toEqual(['a'.repeat(13), 'b'.repeat(13)]);
    expect(wrapLabel('Kinderbeschermingsmaatregelen en meer', 10)).toEqual([
      'Kinderbeschermingsmaatregelen',
      'en meer',
    ]);
  });

  it('keeps years exactly 48 pixels apart by default, and always the first and the last', () => {
    expect(spacedTicks([0, 48, 95, 100], 1)).toEqual([0, 48, 100]);
    expect(spacedTicks([0, 47, 100], 1)).toEqual([0, 100]);
    expect(spacedTicks([0, 10, 20], 1)).toEqual([0, 20]);
    expect(spacedTicks([0, 10, 20], 1, 10)).toEqual([0, 10, 20]);
    expect(spacedTicks([0, 30, 60, 70], 1)).toEqual([0, 70]);
    expect(spacedTicks([2020], 10)).toEqual([2020]);
    expect(spacedTicks([], 10)).toEqual([]);
  });

  it('gives the first four series four different dashes, shapes and patterns', () => {
    const styles = [0, 1, 2, 3].map(seriesStyle);
    for (const key of ['colourVar', 'pointShape', 'pattern'] as const)
      expect(new Set(styles.map((s) => s[key])).size).toBe(4);
    expect(new Set(styles.map((s) => s.dash.join())).size).toBe(4);
    expect(seriesStyle(4)).toEqual(seriesStyle(0));
  });

  it('finds each chart a slide shows once, in order of first use', () => {
    expect(chartRefs('<Chart id="b" />\n<Chart  id=\'a\'/> {/* chart: c */} <Chart id="b" />')).toEqual([
      'b',
      'a',
    ]);
  });
});

/** The options as data: functions (fonts, tick callbacks) left out. */
const asData = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('chartConfig’s axes and options', () => {
  it('stacks both axes of a ranged bar chart from zero, and leaves the axis title off horizontal bars', () => {
    expect(asData(chartConfig(costs, theme, settings).config.options)).toMatchInlineSnapshot(`
      {
        "animation": false,
        "datasets": {
          "bar": {
            "barPercentage": 0.9,
            "categoryPercentage": 0.8,
          },
        },
        "events": [],
        "indexAxis": "y",
        "layout": {
          "padding": {
            "left": 8,
            "right": 56,
            "top": 28,
          },
        },
        "locale": "nl-NL",
        "maintainAspectRatio": false,
        "responsive": true,
        "scales": {
          "x": {
            "border": {
              "color": "#1d2a3a",
            },
            "grid": {
              "color": "#d5d9e0",
            },
            "min": 0,
            "stacked": true,
            "ticks": {
              "color": "#1d2a3a",
              "display": true,
            },
            "title": {
              "color": "#1d2a3a",
              "display": true,
              "text": "eenheid",
            },
            "type": "linear",
          },
          "y": {
            "border": {
              "color": "#1d2a3a",
            },
            "grid": {
              "display": false,
            },
            "stacked": true,
            "ticks": {
              "autoSkip": false,
              "color": "#1d2a3a",
              "maxRotation": 0,
            },
            "title": {
              "color": "#1d2a3a",
              "display": false,
              "text": "Kostenpost",
            },
            "type": "category",
          },
        },
      }
    `);
  });

  it('keeps a dataset’s fixed value axis and leaves plain bars unstacked with their axis title', () => {
    const fixed = dataset({
      type: 'bar',
      valueAxis: { min: 10, max: 110 },
      x: { title: 'Groep', values: ['A', 'B'] },
      series: [{ id: 'a', label: 'A', values: [20, 100] }],
    });
    expect(asData(chartConfig(fixed, theme, settings).config.options?.scales)).toMatchInlineSnapshot(`
      {
        "x": {
          "border": {
            "color": "#1d2a3a",
          },
          "grid": {
            "display": false,
          },
          "stacked": false,
          "ticks": {
            "autoSkip": false,
            "color": "#1d2a3a",
            "maxRotation": 0,
          },
          "title": {
            "color": "#1d2a3a",
            "display": true,
            "text": "Groep",
          },
          "type": "category",
        },
        "y": {
          "border": {
            "color": "#1d2a3a",
          },
          "grid": {
            "color": "#d5d9e0",
          },
          "max": 110,
          "min": 10,
          "stacked": false,
          "ticks": {
            "color": "#1d2a3a",
            "display": true,
          },
          "title": {
            "color": "#1d2a3a",
            "display": true,
            "text": "eenheid",
          },
          "type": "linear",
        },
      }
    `);
  });

  it('sets no maximum on the value axis when the dataset gives none', () => {
    const { config } = chartConfig(mortality, theme, settings);
    expect(config.options?.scales?.['y']).not.toHaveProperty('max');
    expect(asData(config.options?.scales)).toMatchInlineSnapshot(`
      {
        "x": {
          "border": {
            "color": "#1d2a3a",
          },
          "grid": {
            "color": "#d5d9e0",
          },
          "max": 2017.51,
          "min": 1999.49,
          "ticks": {
            "autoSkip": true,
            "autoSkipPadding": 12,
            "color": "#1d2a3a",
            "maxRotation": 0,
          },
          "title": {
            "color": "#1d2a3a",
            "display": true,
            "text": "Jaar",
          },
          "type": "linear",
        },
        "y": {
          "border": {
            "color": "#1d2a3a",
          },
          "grid": {
            "color": "#d5d9e0",
          },
          "min": 0,
          "stacked": false,
          "ticks": {
            "color": "#1d2a3a",
            "display": true,
          },
          "title": {
            "color": "#1d2a3a",
            "display": true,
            "text": "eenheid",
          },
          "type": "linear",
        },
      }
    `);
  });

  it('wraps category names shorter on a narrow chart, as on a phone', () => {
    const long = dataset({
      type: 'bar',
      x: { title: 'Post', values: ['Interventies voor aanstaande ouders in kwetsbare situaties'] },
      series: [{ id: 'a', label: 'A', values: [1] }],
    });
    const x = chartConfig(long, theme, settings).config.options?.scales?.['x'];
    const callback = (x?.ticks as { callback: (this: unknown, value: number, index: number) => unknown })
      .callback;
    expect([400, 800].map((width) => callback.call({ chart: { width } }, 0, 0))).toEqual([
      ['Interventies', 'voor', 'aanstaande', 'ouders in', 'kwetsbare', 'situaties'],
      ['Interventies voor', 'aanstaande ouders in', 'kwetsbare situaties'],
    ]);
    expect(callback.call({ chart: { width: 800 } }, 0, 1)).toBe('');
  });

  it('gives the names beside horizontal bars three lines, not five, on a phone-wide chart', () => {
    const long = dataset({
      type: 'bar',
      horizontal: true,
      x: { title: 'Post', values: ['Interventies voor (aanstaande) ouders in kwetsbare situaties'] },
      series: [{ id: 'a', label: 'A', values: [1] }],
    });
    const y = chartConfig(long, theme, settings).config.options?.scales?.['y'];
    const callback = (y?.ticks as { callback: (this: unknown, value: number, index: number) => unknown })
      .callback;
    // 16 px text: 300 px is under 26 characters (a phone deck), 480 px is 30 (the story at 390 px).
    expect([300, 480].map((width) => callback.call({ chart: { width } }, 0, 0))).toEqual([
      ['Interventies', 'voor', '(aanstaande)', 'ouders in', 'kwetsbare', 'situaties'],
      ['Interventies voor', '(aanstaande) ouders in', 'kwetsbare situaties'],
    ]);
  });

  it('puts a tick at each year that has room on a linear year axis, written without a separator', () => {
    const x = chartConfig(mortality, theme, settings).config.options?.scales?.['x'] as unknown as {
      afterBuildTicks: (axis: { chart: { width: number }; ticks: unknown[] }) => void;
      ticks: { callback: (value: number) => string };
    };
    const ticksAt = (width: number) => {
      const axis = { chart: { width }, ticks: [] as unknown[] };
      x.afterBuildTicks(axis);
      return axis.ticks;
    };
    expect([ticksAt(1000), ticksAt(4000), x.ticks.callback(2016)]).toEqual([
      [{ value: 2000 }, { value: 2010 }, { value: 2017 }],
      [{ value: 2000 }, { value: 2010 }, { value: 2016 }, { value: 2017 }],
      '2016',
    ]);
  });

  it('links each series’ legend swatch to its own colour token, repeating after four', () => {
    expect([0, 1, 2, 3, 4].map(seriesStyle)).toEqual([
      { colourVar: '--chart-1', dash: [], pointShape: 'circle', pattern: 'solid' },
      { colourVar: '--chart-2', dash: [12, 6], pointShape: 'rect', pattern: 'dots' },
      { colourVar: '--chart-3', dash: [3, 5], pointShape: 'triangle', pattern: 'grid' },
      { colourVar: '--chart-4', dash: [14, 5, 3, 5], pointShape: 'rectRot', pattern: 'stripes' },
      { colourVar: '--chart-1', dash: [], pointShape: 'circle', pattern: 'solid' },
    ]);
  });
});
