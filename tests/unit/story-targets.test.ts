// What the story page may point at: the same targets whether they come from the assembled kit (the
// page build) or from the content as read before the build (the content check), so a story that
// passes the check also builds.
import { describe, expect, it } from 'vitest';
import type { Kit, KitInput } from '../../src/lib/content/kit';
import { storyTargets, storyTargetsOfInput } from '../../src/lib/story/targets';

const dataset = { id: 'kosten', series: [{ id: 'laag' }, { id: 'hoog' }], x: { values: [2010, 2020] } };

describe('storyTargets', () => {
  it('lists every slide with the charts it draws, every ambassador, key figure and dataset of the kit', () => {
    const kit = {
      slides: new Map([
        ['kosten-slide', { id: 'kosten-slide', kind: 'module', chartIds: ['kosten'] }],
        ['ambassadeur-anna', { id: 'ambassadeur-anna', kind: 'ambassador' }],
      ]),
      ambassadors: new Map([['anna', {}]]),
      keyFigures: new Map([['geboorten', {}]]),
      datasets: new Map([['kosten', dataset]]),
    } as unknown as Kit;
    const targets = storyTargets(kit);
    expect([...targets.slides]).toEqual([
      ['kosten-slide', { chartIds: ['kosten'] }],
      ['ambassadeur-anna', { chartIds: [] }],
    ]);
    expect([...targets.ambassadors]).toEqual(['anna']);
    expect([...targets.keyFigures]).toEqual(['geboorten']);
    expect([...targets.datasets]).toEqual([['kosten', { series: ['laag', 'hoog'], x: [2010, 2020] }]]);
  });
});

describe('storyTargetsOfInput', () => {
  const input = {
    slides: [
      { data: { id: 'kosten-slide' }, body: 'Tekst <Chart id="kosten" /> en <Chart id="kosten" />' },
      { data: { id: 'zonder' }, body: 'Alleen tekst' },
    ],
    decks: [],
    ambassadors: [{ data: { id: 'anna' } }],
    sources: [],
    keyFigures: [{ data: { id: 'geboorten' } }],
    datasets: [{ data: dataset }],
  } as unknown as KitInput;

  it('gives the same targets as the kit: slides with their charts, ambassador slides, key figures, datasets', () => {
    const targets = storyTargetsOfInput(input);
    expect([...targets.slides]).toEqual([
      ['kosten-slide', { chartIds: ['kosten'] }],
      ['zonder', { chartIds: [] }],
      ['ambassadeur-anna', { chartIds: [] }],
    ]);
    expect([...targets.ambassadors]).toEqual(['anna']);
    expect([...targets.keyFigures]).toEqual(['geboorten']);
    expect([...targets.datasets]).toEqual([['kosten', { series: ['laag', 'hoog'], x: [2010, 2020] }]]);
  });

  it('knows no datasets when the input has none', () => {
    const { datasets, ...withoutDatasets } = input;
    expect(datasets).toBeDefined();
    expect(storyTargetsOfInput(withoutDatasets).datasets.size).toBe(0);
  });
});
