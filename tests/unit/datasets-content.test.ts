// The real datasets in content/datasets/: each is shown somewhere, and where a chart shows a
// number that is also a key figure, both say the same (the number is typed twice; this keeps them one).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKit } from '../../src/lib/content/kit';
import { readContent } from '../../src/content-check/read-content';
import type { Point } from '../../src/schemas/dataset';

const root = join(import.meta.dirname, '..', '..');
const { kit } = assembleKit(
  readContent({ root, slides: join(root, 'slides'), content: join(root, 'content') }).input,
);

/** A key figure's value as a number or range: "11,9" → 11.9, "€ 8–13 miljoen" → [8, 13]. */
function parseFigure(value: string): Point {
  const parts = value
    .replace(/€|miljoen|\s/g, '')
    .split('–')
    .map((part) => Number(part.replace(/\./g, '').replace(',', '.')));
  return parts.length === 2 ? [parts[0]!, parts[1]!] : parts[0]!;
}

function datasetValue(datasetId: string, seriesId: string, x: string | number): Point | undefined {
  const dataset = kit.datasets.get(datasetId);
  const index = (dataset?.x.values as ReadonlyArray<string | number> | undefined)?.indexOf(x) ?? -1;
  return dataset?.series.find((series) => series.id === seriesId)?.values[index];
}

const lines = [
  'Ondersteuning lokale coalities',
  'Interventies voor (aanstaande) ouders in kwetsbare situaties',
  'Extra inzet jeugdgezondheidszorg',
];
const alsoKeyFigures: Array<[figure: string, dataset: string, series: string[], x: string | number]> = [
  ['babysterfte-2000', 'babysterfte-2000-2019', ['vanaf-22-weken'], 2000],
  ['babysterfte-2010', 'babysterfte-2000-2019', ['vanaf-22-weken'], 2010],
  ['babysterfte-2016', 'babysterfte-2000-2019', ['vanaf-22-weken'], 2016],
  ['kosten-1500-lokale-coalities-scenario-1', 'kosten-1500-dagen', ['scenario-1'], lines[0]!],
  ['kosten-1500-lokale-coalities-scenario-2', 'kosten-1500-dagen', ['scenario-2'], lines[0]!],
  ['kosten-1500-lokale-coalities-scenario-3', 'kosten-1500-dagen', ['scenario-3'], lines[0]!],
  ['kosten-1500-interventies', 'kosten-1500-dagen', ['scenario-1', 'scenario-2', 'scenario-3'], lines[1]!],
  ['kosten-1500-extra-inzet-jgz', 'kosten-1500-dagen', ['scenario-2', 'scenario-3'], lines[2]!],
  ['kosten-1500-regionale-aanpak', 'kosten-1500-dagen', ['scenario-3'], "Regionale aanpak (25 regio's)"],
  [
    'kosten-1500-landelijke-ondersteuning',
    'kosten-1500-dagen',
    ['scenario-1', 'scenario-2', 'scenario-3'],
    'Landelijke ondersteuning',
  ],
  ['kosten-1500-scenario-1-totaal', 'kosten-1500-dagen', ['scenario-1'], 'Totaal'],
  ['kosten-1500-scenario-2-totaal', 'kosten-1500-dagen', ['scenario-2'], 'Totaal'],
  ['kosten-1500-scenario-3-totaal', 'kosten-1500-dagen', ['scenario-3'], 'Totaal'],
];

describe('the datasets in content/datasets/', () => {
  it('are each shown on at least one slide', () => {
    const shown = new Set(
      [...kit.slides.values()].flatMap((slide) => (slide.kind === 'module' ? slide.chartIds : [])),
    );
    expect([...kit.datasets.keys()].filter((id) => !shown.has(id))).toEqual([]);
  });

  it.each(alsoKeyFigures)('agree with key figure %s', (figureId, datasetId, seriesIds, x) => {
    const figure = kit.keyFigures.get(figureId);
    expect(figure, figureId).toBeDefined();
    for (const seriesId of seriesIds)
      expect(datasetValue(datasetId, seriesId, x), seriesId).toEqual(parseFigure(figure!.value));
  });

  it('mark exactly the two charts that are schematic in the original deck as schematic', () => {
    const schematic = [...kit.datasets.values()]
      .filter((dataset) => dataset.schematic)
      .map((dataset) => dataset.id);
    expect(schematic.sort()).toEqual(['heckman-curve', 'hersenontwikkeling']);
  });
});
