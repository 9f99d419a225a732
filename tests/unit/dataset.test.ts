import { describe, expect, it } from 'vitest';
import { datasetSchema, type DatasetInput } from '../../src/schemas/dataset';

const valid: DatasetInput = {
  id: 'kosten',
  title: 'Kosten per scenario',
  type: 'bar',
  unit: '€ miljoen per jaar',
  x: { title: 'Kostenpost', values: ['Coalities', 'Interventies', 'Totaal'] },
  series: [
    { id: 'scenario-1', label: 'Scenario 1', values: [5, [8, 13], null] },
    { id: 'scenario-2', label: 'Scenario 2', values: [8, [8, 13], [25, 30]] },
  ],
  directLabels: [{ series: 'scenario-2', at: 'Totaal' }],
  sources: ['kamerbrief'],
};

/** Each issue as "field: message", the way the build reports it. */
function issues(input: unknown): string[] {
  const result = datasetSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('datasetSchema', () => {
  it('accepts numbers, ranges and gaps and fills in the defaults', () => {
    expect(datasetSchema.parse(valid)).toEqual({
      ...valid,
      horizontal: false,
      schematic: false,
      valueAxis: {},
      bands: [],
      referenceLines: [],
      keyFigures: [],
    });
  });

  it('names the series of a missing point', () => {
    const series = [valid.series[0], { ...valid.series[1]!, values: [8, [8, 13]] }];
    expect(issues({ ...valid, series })).toEqual([
      'series.1.values: reeks "scenario-2" heeft 2 waarden, maar de x-as heeft er 3: vul elk punt in (null voor een bewust gat)',
    ]);
  });

  it('names the point of a range whose minimum exceeds its maximum', () => {
    const series = [{ ...valid.series[0]!, values: [5, [13, 8], null] }, valid.series[1]];
    expect(issues({ ...valid, series })).toEqual([
      'series.0.values.1: bandbreedte [13, 8]: het minimum is groter dan het maximum',
    ]);
  });

  it('names the field that refers to an unknown series, and lists the known ones', () => {
    expect(issues({ ...valid, directLabels: [{ series: 'scenario-9', at: 'Totaal' }] })).toEqual([
      'directLabels.0.series: onbekende reeks "scenario-9"; deze dataset heeft: scenario-1, scenario-2',
    ]);
  });

  it('names labels and bands that point at a place not on the x-axis', () => {
    const input = {
      ...valid,
      directLabels: [{ series: 'scenario-1', at: 'Elders' }],
      bands: [{ from: 'Coalities', to: 'Later', label: 'B' }],
    };
    expect(issues(input)).toEqual([
      'directLabels.0.at: "Elders" staat niet op de x-as',
      'bands.0.to: "Later" staat niet op de x-as',
    ]);
  });

  it('allows ranges only in bar charts', () => {
    expect(issues({ ...valid, type: 'line' })).toEqual([
      'series.0.values.1: een bandbreedte kan alleen in een staafdiagram (type: bar)',
      'series.1.values.1: een bandbreedte kan alleen in een staafdiagram (type: bar)',
      'series.1.values.2: een bandbreedte kan alleen in een staafdiagram (type: bar)',
    ]);
  });

  it('rejects a text where a value belongs', () => {
    const series = [{ ...valid.series[0]!, values: [5, 'veel', null] }, valid.series[1]];
    expect(issues({ ...valid, series }).map((issue) => issue.split(':')[0])).toEqual(['series.0.values.1']);
  });

  it('rejects two series with one id', () => {
    const series = [valid.series[0], { ...valid.series[1]!, id: 'scenario-1' }];
    expect(issues({ ...valid, series, directLabels: [] })).toEqual([
      'series.1.id: reeks-id "scenario-1" komt twee keer voor',
    ]);
  });

  it('rejects numbers on the x-axis that do not rise', () => {
    const years = { ...valid, x: { title: 'Jaar', values: [2000, 2016, 2010] }, directLabels: [] };
    expect(issues(years)).toEqual(['x.values: getallen op de x-as moeten oplopen']);
  });

  it('requires a source', () => {
    expect(issues({ ...valid, sources: [] }).map((issue) => issue.split(':')[0])).toEqual(['sources']);
  });
});
