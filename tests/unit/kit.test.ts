import { describe, expect, it } from 'vitest';
import { assembleKit, decksContaining, type KitInput } from '../../src/lib/content/kit';
import { formatProblems } from '../../src/lib/content/problems';
import { slideSchema, type SlideData } from '../../src/schemas/slide';
import type { Ambassador } from '../../src/schemas/ambassador';
import { datasetSchema } from '../../src/schemas/dataset';

const source = { id: 'bron-a', title: 'Titel A', author: 'Auteur A', year: 2020 } as const;

function slide(id: string, extra: Partial<SlideData> = {}, body = '') {
  const data = slideSchema.parse({
    id,
    title: `Titel ${id}`,
    part: 'verhaal',
    summary: 'Samenvatting.',
    sources: ['bron-a'],
    ...extra,
  });
  return { filePath: `slides/${id}.mdx`, data, body };
}

const ambassador: Ambassador = {
  id: 'tessa-roseboom',
  name: 'Tessa Roseboom',
  role: 'Hoogleraar',
  organisation: 'Amsterdam UMC',
  headline: 'Kinderen zijn onze toekomst',
  quote: 'Kinderen zijn onze toekomst.',
  sector: 'wetenschap',
  sources: ['bron-a'],
};

function input(overrides: Partial<KitInput> = {}): KitInput {
  return {
    slides: [slide('een'), slide('twee', {}, 'Circa <KeyFigure id="cijfer-a" /> kinderen.')],
    decks: [
      {
        filePath: 'content/decks/verhaal.yaml',
        data: {
          id: 'verhaal',
          title: 'Verhaal',
          description: 'D',
          audience: 'A',
          durationMinutes: 5,
          slides: ['een', 'twee', 'ambassadeur-tessa-roseboom'],
        },
      },
    ],
    ambassadors: [{ filePath: 'content/ambassadors/tessa-roseboom.yaml', data: ambassador }],
    sources: [
      { filePath: 'content/sources/bron-a.yaml', data: source },
      { filePath: 'content/sources/bron-b.yaml', data: { ...source, id: 'bron-b', title: 'Titel B' } },
    ],
    keyFigures: [
      {
        filePath: 'content/key-figures/cijfer-a.yaml',
        data: { id: 'cijfer-a', value: '28.000', label: 'kinderen', date: '2022', sources: ['bron-b'] },
      },
    ],
    ...overrides,
  };
}

describe('assembleKit', () => {
  it('builds module slides, ambassador slides and decks when the content is sound', () => {
    const { kit, problems } = assembleKit(input());
    expect(problems).toEqual([]);
    expect([...kit.slides.keys()]).toEqual(['een', 'twee', 'ambassadeur-tessa-roseboom']);
    expect(kit.decks.get('verhaal')?.slides).toEqual(['een', 'twee', 'ambassadeur-tessa-roseboom']);
  });

  it('adds the sources of the key figures a slide shows to the slide’s own sources', () => {
    const { kit } = assembleKit(input());
    expect(kit.slides.get('twee')?.sources.map((s) => s.id)).toEqual(['bron-a', 'bron-b']);
    expect(kit.slides.get('een')?.sources.map((s) => s.id)).toEqual(['bron-a']);
  });

  it('turns an ambassador into a quote slide with its own id and title, without topics', () => {
    const generated = assembleKit(input()).kit.slides.get('ambassadeur-tessa-roseboom');
    expect(generated).toMatchObject({
      kind: 'ambassador',
      title: 'Kinderen zijn onze toekomst',
      part: 'ambassadeurs',
      tags: [],
      ambassador,
    });
  });

  it('reports a slide that names a topic outside the vocabulary, with the file and the index of the tag', () => {
    const tags = [{ filePath: 'content/tags.yaml', data: { id: 'preventie', label: 'Preventie' } }];
    const slides = [slide('een', { tags: ['preventie', 'gemeente'] }), slide('twee')];
    expect(assembleKit(input({ slides, tags })).problems).toEqual([
      {
        file: 'slides/een.mdx',
        field: 'tags[1]',
        message:
          'onbekend onderwerp "gemeente"; kies een onderwerp uit content/tags.yaml of voeg het daar toe',
      },
    ]);
    expect([...assembleKit(input({ slides, tags })).kit.tags.values()]).toEqual([
      { id: 'preventie', label: 'Preventie' },
    ]);
  });

  it('gives an ambassador slide the ambassador’s sources and never marks it as the programme’s own position', () => {
    const generated = assembleKit(input()).kit.slides.get('ambassadeur-tessa-roseboom');
    expect([
      generated?.programmeStatement,
      generated?.sources,
      generated?.argument,
      generated?.layout,
    ]).toEqual([false, [source], undefined, 'quote']);
  });

  it('reports a deck that names an unknown slide, with the file and the index of the field', () => {
    const decks = [
      { ...input().decks[0]!, data: { ...input().decks[0]!.data, slides: ['een', 'bestaat-niet'] } },
    ];
    expect(assembleKit(input({ decks })).problems).toEqual([
      {
        file: 'content/decks/verhaal.yaml',
        field: 'slides[1]',
        message: 'onbekende slide-id "bestaat-niet"',
      },
    ]);
  });

  it('reports a deck grouped by sector whose sector’s ambassadors do not stand together', () => {
    const voice = (id: string, sector: Ambassador['sector']) => ({
      filePath: `content/ambassadors/${id}.yaml`,
      data: { ...ambassador, id, sector },
    });
    const ambassadors = [voice('a', 'zorg'), voice('b', 'gemeente'), voice('c', 'zorg')];
    const deck = (slides: string[]) => [
      { ...input().decks[0]!, data: { ...input().decks[0]!.data, bySector: true, slides } },
    ];
    const apart = deck(['een', 'ambassadeur-a', 'ambassadeur-b', 'ambassadeur-c']);
    expect(assembleKit(input({ ambassadors, decks: apart })).problems).toEqual([
      {
        file: 'content/decks/verhaal.yaml',
        field: 'slides[3]',
        message:
          '"ambassadeur-c" (sector zorg) staat los van de andere ambassadeurs uit die sector; zet ze bij elkaar (bySector)',
      },
    ]);
    const together = deck(['een', 'ambassadeur-a', 'ambassadeur-c', 'ambassadeur-b']);
    expect(assembleKit(input({ ambassadors, decks: together })).problems).toEqual([]);
  });

  it('reports two slides with the same id, naming both files', () => {
    const twin = { ...slide('een'), filePath: 'slides/een-kopie.mdx' };
    const decks = [{ ...input().decks[0]!, data: { ...input().decks[0]!.data, slides: ['een'] } }];
    expect(assembleKit(input({ slides: [slide('een'), twin], decks })).problems).toEqual([
      {
        file: 'slides/een-kopie.mdx',
        field: 'id',
        message: 'Slide-id "een" bestaat al in slides/een.mdx; elke id mag maar één keer voorkomen',
      },
    ]);
  });

  it('reports an ambassador whose generated slide id is already taken by a slide module', () => {
    const clash = slide('ambassadeur-tessa-roseboom');
    const decks = [{ ...input().decks[0]!, data: { ...input().decks[0]!.data, slides: ['een'] } }];
    expect(assembleKit(input({ slides: [slide('een'), clash], decks })).problems).toEqual([
      {
        file: 'content/ambassadors/tessa-roseboom.yaml',
        field: 'id',
        message:
          'de slide-id "ambassadeur-tessa-roseboom" van deze ambassadeur bestaat al in slides/ambassadeur-tessa-roseboom.mdx',
      },
    ]);
  });

  it('reports unknown sources and unknown key figures where they are used', () => {
    const slides = [
      slide('een', { sources: ['bron-x'] }),
      slide('twee', {}, '<KeyFigure id="geen-cijfer" />'),
    ];
    expect(assembleKit(input({ slides })).problems).toEqual([
      { file: 'slides/een.mdx', field: 'sources[0]', message: 'onbekende bron "bron-x"' },
      { file: 'slides/twee.mdx', field: 'KeyFigure', message: 'onbekend kerncijfer "geen-cijfer"' },
    ]);
  });

  it('collects every problem instead of stopping at the first', () => {
    const slides = [slide('een', { sources: ['bron-x'] }), { ...slide('een'), filePath: 'slides/b.mdx' }];
    expect(assembleKit(input({ slides })).problems).toHaveLength(3);
  });
});

describe('decksContaining', () => {
  it('lists the decks in which a slide appears', () => {
    const { kit } = assembleKit(input());
    expect(decksContaining('twee', kit.decks.values()).map((d) => d.id)).toEqual(['verhaal']);
    expect(decksContaining('nergens', kit.decks.values())).toEqual([]);
  });
});

describe('formatProblems', () => {
  it('names every file and field in one Dutch message', () => {
    expect(
      formatProblems([
        { file: 'slides/a.mdx', field: 'title', message: 'ontbreekt' },
        { file: 'content/decks/b.yaml', field: 'slides[0]', message: 'onbekende slide-id "x"' },
      ]),
    ).toBe(
      'De inhoud van de verhaalkit bevat 2 fouten:\n' +
        '- slides/a.mdx → veld "title": ontbreekt\n' +
        '- content/decks/b.yaml → veld "slides[0]": onbekende slide-id "x"',
    );
  });
});

describe('links between slides', () => {
  it('reports a SlideLink to a slide that does not exist', () => {
    const slides = [
      slide('een', {}, 'Zie <SlideLink to="twee">twee</SlideLink> en <SlideLink to="zes">zes</SlideLink>.'),
      slide('twee'),
    ];
    expect(assembleKit(input({ slides })).problems).toEqual([
      { file: 'slides/een.mdx', field: 'SlideLink', message: 'link naar onbekende slide-id "zes"' },
    ]);
  });
});

describe('assembleKit with charts', () => {
  const sources = [
    ...input().sources,
    { filePath: 'content/sources/bron-c.yaml', data: { ...source, id: 'bron-c', title: 'Titel C' } },
  ];
  const chartData = datasetSchema.parse({
    id: 'grafiek-a',
    title: 'Grafiek',
    type: 'bar',
    unit: 'aantal',
    x: { title: 'X', values: ['a'] },
    series: [{ id: 's', label: 'S', values: [1] }],
    keyFigures: ['cijfer-a'],
    sources: ['bron-c'],
  });
  const datasets = [{ filePath: 'content/datasets/grafiek-a.yaml', data: chartData }];

  it('adds the sources of a chart’s dataset and of the key figures beside it to the slide’s sources', () => {
    const slides = [slide('een', {}, '<Chart id="grafiek-a" />'), slide('twee')];
    const { kit, problems } = assembleKit(input({ slides, sources, datasets }));
    expect(problems).toEqual([]);
    expect(kit.slides.get('een')).toMatchObject({ chartIds: ['grafiek-a'] });
    expect(kit.slides.get('een')?.sources.map((s) => s.id)).toEqual(['bron-a', 'bron-c', 'bron-b']);
    expect(kit.datasets.get('grafiek-a')).toEqual(chartData);
  });

  it('reports an unknown dataset in a slide, and a dataset’s unknown source or key figure, with file and field', () => {
    const slides = [slide('een', {}, '<Chart id="grafiek-x" />'), slide('twee')];
    const broken = [
      { ...datasets[0]!, data: { ...chartData, sources: ['bron-x'], keyFigures: ['cijfer-x'] } },
    ];
    expect(assembleKit(input({ slides, sources, datasets: broken })).problems).toEqual([
      { file: 'content/datasets/grafiek-a.yaml', field: 'sources[0]', message: 'onbekende bron "bron-x"' },
      {
        file: 'content/datasets/grafiek-a.yaml',
        field: 'keyFigures[0]',
        message: 'onbekend kerncijfer "cijfer-x"',
      },
      {
        file: 'slides/een.mdx',
        field: 'Chart',
        message: 'onbekende dataset "grafiek-x" (verwacht in content/datasets/)',
      },
    ]);
  });
});
