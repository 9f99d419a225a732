// The public story's model: its checks, the blocks a step quotes, what a step's chart shows,
// the CSV, the glossary and the outline, on small inputs; then the real content/story/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, type StoryTargets } from '../../src/lib/story/check';
import { pickBlocks, topLevelBlocks } from '../../src/lib/story/blocks';
import { describeEmphasis, sceneEmphasis } from '../../src/lib/story/scene-state';
import { datasetCsv } from '../../src/lib/story/csv';
import { explainFirstUse } from '../../src/lib/story/glossary';
import {
  chapterLabel,
  chapterSlides,
  presentHref,
  sceneSlides,
  storyFromDeck,
} from '../../src/lib/story/outline';
import { storySchema, type StoryInput } from '../../src/schemas/story';
import { datasetSchema } from '../../src/schemas/dataset';
import { readContent } from '../../src/content-check/read-content';
import { storyProblems } from '../../src/content-check/read-story';

const dataset = datasetSchema.parse({
  id: 'cijfers',
  title: 'Cijfers',
  type: 'line',
  unit: 'aantal',
  x: { title: 'Jaar', values: [2000, 2010, 2020] },
  series: [
    { id: 'a', label: 'Reeks A', values: [1.5, 2, 3] },
    { id: 'b', label: 'Reeks B', values: [4, null, 6] },
  ],
  sources: ['bron'],
});

const targets: StoryTargets = {
  slides: new Map([
    ['een', { chartIds: ['cijfers'] }],
    ['twee', { chartIds: [] }],
  ]),
  ambassadors: new Set(['anna']),
  keyFigures: new Set(['getal']),
  datasets: new Map([['cijfers', { series: ['a', 'b'], x: [2000, 2010, 2020] }]]),
};

const story = (scene: Record<string, unknown>, extra: Partial<StoryInput> = {}) =>
  storySchema.parse({
    id: 'verhaal',
    deck: 'het-verhaal',
    opening: { promise: { slide: 'een', part: 'summary' }, keyFigure: 'getal' },
    chapters: [
      {
        id: 'argument-1',
        kind: 'argument',
        argument: 1,
        claim: 'een',
        items: [{ slide: 'twee' }, { scene: { chart: 'cijfers', slide: 'een', ...scene } }],
        quotes: ['anna'],
      },
    ],
    ...extra,
  });

const steps = (...highlights: object[]) => highlights.map((highlight) => ({ highlight }));

describe('checkStory', () => {
  it('accepts a story whose ids, series and points all exist', () => {
    const sound = story({
      steps: steps({ series: ['a'], points: [2010] }, { range: { from: 2000, to: 2010 } }),
    });
    expect(checkStory('content/story/verhaal.yaml', sound, targets)).toEqual([]);
  });

  it('names file and field for a series, a point, a slide, a key figure and an ambassador that do not exist', () => {
    const broken = story(
      {
        steps: [
          { highlight: { series: ['c'] } },
          { text: [{ slide: 'drie' }, { keyFigure: 'geen' }], highlight: { points: [2030] } },
        ],
      },
      {},
    );
    broken.chapters[0]!.quotes = ['bob'];
    expect(checkStory('content/story/verhaal.yaml', broken, targets)).toEqual([
      {
        file: 'content/story/verhaal.yaml',
        field: 'chapters[0].quotes[0]',
        message: 'onbekende ambassadeur "bob"',
      },
      {
        file: 'content/story/verhaal.yaml',
        field: 'chapters[0].items[1].scene.steps[0].highlight.series[0]',
        message: 'grafiek "cijfers" heeft geen reeks "c" (wel: a, b)',
      },
      {
        file: 'content/story/verhaal.yaml',
        field: 'chapters[0].items[1].scene.steps[1].text[0].slide',
        message: 'onbekende slide "drie"',
      },
      {
        file: 'content/story/verhaal.yaml',
        field: 'chapters[0].items[1].scene.steps[1].text[1].keyFigure',
        message: 'onbekend kerncijfer "geen"',
      },
      {
        file: 'content/story/verhaal.yaml',
        field: 'chapters[0].items[1].scene.steps[1].highlight.points[0]',
        message: 'grafiek "cijfers" heeft geen punt "2030" op de x-as',
      },
    ]);
  });

  it('refuses a scene whose slide does not show its chart', () => {
    const wrong = story({ slide: 'twee', steps: steps({}, {}) });
    expect(checkStory('f.yaml', wrong, targets)).toEqual([
      {
        file: 'f.yaml',
        field: 'chapters[0].items[1].scene.slide',
        message: 'slide "twee" toont grafiek "cijfers" niet',
      },
    ]);
  });

  it('tells an author in Dutch what an argument chapter and a chapter heading need', () => {
    const result = storySchema.safeParse({
      id: 'verhaal',
      deck: 'd',
      opening: { promise: { slide: 'een' }, keyFigure: 'getal' },
      chapters: [
        { id: 'a', kind: 'argument', claim: 'een', quotes: ['anna'], items: [{ slide: 'een' }] },
        { id: 'b', kind: 'argument', argument: 3, items: [{ slide: 'een' }] },
      ],
    });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).sort()).toEqual([
      'chapters.0.argument: een argument-hoofdstuk heeft een nummer (1–7)',
      'chapters.1.quotes: een argument-hoofdstuk draagt één tot drie citaten van ambassadeurs',
      'chapters.1.title: geef een kop: `claim` (een slide-id) of `title`',
    ]);
  });

  it('refuses an argument chapter without an ambassador’s quote, and a scene of one step', () => {
    const result = storySchema.safeParse({
      id: 'verhaal',
      deck: 'd',
      opening: { promise: { slide: 'een' }, keyFigure: 'getal' },
      chapters: [
        {
          id: 'a',
          kind: 'argument',
          argument: 2,
          title: 'T',
          items: [{ scene: { chart: 'cijfers', slide: 'een', steps: [{}] } }],
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      ['chapters.0.items.0.scene.steps', 'chapters.0.quotes'].sort(),
    );
  });
});

describe('topLevelBlocks and pickBlocks', () => {
  const html =
    '<figure class="chart" data-chart="x"><canvas></canvas></figure>\n<p>Een <strong>twee</strong></p><ul><li>a<ul><li>b</li></ul></li></ul><br><p class="back-to-guide"><a>terug</a></p><script type="module">x</script><div>drie</div>';

  it('cuts rendered HTML into its top-level elements, nested ones kept inside', () => {
    expect(topLevelBlocks(html)).toEqual([
      '<figure class="chart" data-chart="x"><canvas></canvas></figure>',
      '<p>Een <strong>twee</strong></p>',
      '<ul><li>a<ul><li>b</li></ul></li></ul>',
      '<br>',
      '<p class="back-to-guide"><a>terug</a></p>',
      '<script type="module">x</script>',
      '<div>drie</div>',
    ]);
  });

  it('counts only text blocks: the chart, scripts and the link back to the guide are left out', () => {
    expect(pickBlocks(html, 1)).toEqual(['<ul><li>a<ul><li>b</li></ul></li></ul>']);
    expect(pickBlocks(html, 3)).toEqual(['<div>drie</div>']);
    expect(pickBlocks(html, 4)).toBeUndefined();
  });
});

describe('what a step shows', () => {
  it('keeps the focused series, its marked points or its range in full colour', () => {
    expect(sceneEmphasis(dataset, { series: ['a'], points: [2010] })).toEqual([
      [false, true, false],
      [false, false, false],
    ]);
    expect(sceneEmphasis(dataset, { series: [], points: [], range: { from: 2010, to: 2020 } })).toEqual([
      [false, true, true],
      [false, true, true],
    ]);
    expect(sceneEmphasis(dataset, { series: [], points: [] })).toEqual([
      [true, true, true],
      [true, true, true],
    ]);
  });

  it('says the change in words, with the marked values in Dutch notation', () => {
    expect(describeEmphasis(dataset, { series: ['a'], points: [2000] })).toBe(
      'Uitgelicht: Reeks A. Gemarkeerd (aantal): 2000: 1,5.',
    );
    expect(describeEmphasis(dataset, { series: [], points: [2010] })).toBe(
      'Gemarkeerd (aantal): Reeks A, 2010: 2.',
    );
    expect(describeEmphasis(dataset, { series: [], points: [], range: { from: 2000, to: 2010 } })).toBe(
      'In beeld: van 2000 tot en met 2010.',
    );
    expect(describeEmphasis(dataset, { series: [], points: [] })).toBe('Alle cijfers in beeld.');
  });
});

describe('datasetCsv', () => {
  it('writes the table with semicolons and decimal commas, gaps empty, then unit and sources', () => {
    expect(datasetCsv(dataset, ['Auteur (2020). Titel; deel 2.'])).toBe(
      '\uFEFFJaar;Reeks A;Reeks B\r\n2000;1,5;4\r\n2010;2;\r\n2020;3;6\r\n\r\nEenheid: aantal\r\n"Bron: Auteur (2020). Titel; deel 2."\r\n',
    );
  });
});

describe('explainFirstUse', () => {
  const glossary = [{ term: 'JGZ', meaning: 'jeugdgezondheidszorg' }];

  it('explains only the first use in running text, never inside a heading or link', () => {
    const html = '<h3>De JGZ</h3><p><a href="/x">JGZ</a> en de JGZ, weer JGZ; JGZ-arts</p>';
    expect(explainFirstUse(html, glossary)).toBe(
      '<h3>De JGZ</h3><p><a href="/x">JGZ</a> en de <abbr class="story-term" title="jeugdgezondheidszorg">JGZ</abbr><span class="story-term__meaning"> (jeugdgezondheidszorg)</span>, weer JGZ; JGZ-arts</p>',
    );
  });

  it('explains a term that only a heading uses at that heading', () => {
    expect(explainFirstUse('<h3>IZA en JGZ</h3><p>Geen afkorting</p>', glossary)).toBe(
      '<h3>IZA en <abbr class="story-term" title="jeugdgezondheidszorg">JGZ</abbr><span class="story-term__meaning"> (jeugdgezondheidszorg)</span></h3><p>Geen afkorting</p>',
    );
  });

  it('finds a term capitalised at the start of a list item', () => {
    const terms = [{ term: 'preconceptievoorlichting', meaning: 'voorlichting vóór de zwangerschap' }];
    expect(explainFirstUse('<li>Preconceptievoorlichting en -zorg</li>', terms)).toContain(
      '<abbr class="story-term" title="voorlichting vóór de zwangerschap">Preconceptievoorlichting</abbr>',
    );
  });

  it('does not match a term inside a longer word', () => {
    expect(explainFirstUse('<p>JGZorg</p>', glossary)).toBe('<p>JGZorg</p>');
  });
});

describe('the outline', () => {
  it('labels chapters for the chapter bar', () => {
    expect(
      [
        { kind: 'intro' as const, argument: undefined },
        { kind: 'argument' as const, argument: 3 },
        { kind: 'approach' as const, argument: undefined },
        { kind: 'closing' as const, argument: undefined },
      ].map(chapterLabel),
    ).toEqual(['Inleiding', 'Argument 3', 'Wat er gebeurt', 'Verder']);
  });

  it('lists a scene’s slides once each, the chart’s slide first', () => {
    expect(
      sceneSlides({
        chart: 'c',
        slide: 'een',
        steps: [
          {
            text: [{ slide: 'twee', part: 'reading' }, { keyFigure: 'k' }],
            highlight: { series: [], points: [] },
          },
          { text: [{ slide: 'een', part: 'title' }], highlight: { series: [], points: [] } },
        ],
      }),
    ).toEqual(['een', 'twee']);
  });

  it('presents a slide in the story’s deck first, else in another deck, else alone', () => {
    const decks = [
      { id: 'ander', slides: ['a', 'b'] },
      { id: 'het-verhaal', slides: ['b'] },
    ];
    expect(presentHref('b', 'het-verhaal', decks)).toBe('/decks/het-verhaal/#/b');
    expect(presentHref('a', 'het-verhaal', decks)).toBe('/decks/ander/#/a');
    expect(presentHref('z', 'het-verhaal', decks)).toBe('/presenteer/?slides=z');
  });

  it('names an argument without a number plainly, and escapes a slide presented alone', () => {
    expect(chapterLabel({ kind: 'argument', argument: undefined })).toBe('Argument');
    expect(presentHref('a&b', 'het-verhaal', [])).toBe('/presenteer/?slides=a%26b');
    expect(
      presentHref('b', 'het-verhaal', [
        { id: 'het-verhaal', slides: ['b'] },
        { id: 'ander', slides: ['b'] },
      ]),
    ).toBe('/decks/het-verhaal/#/b');
  });

  it('lists a chapter’s slides in reading order, once each, scenes giving theirs', () => {
    const step = (slide: string) => ({
      text: [{ slide, part: 'reading' as const }],
      highlight: { series: [], points: [] },
    });
    expect(
      chapterSlides({
        id: 'h',
        kind: 'intro',
        title: 'H',
        items: [
          { slide: 'een' },
          { scene: { chart: 'c', slide: 'twee', steps: [step('drie'), step('een')] } },
          { slide: 'vier' },
          { slide: 'twee' },
        ],
        quotes: [],
        aliases: [],
      }),
    ).toEqual(['een', 'twee', 'drie', 'vier']);
  });

  it('tells a deck as a story of one chapter when there is no story file', () => {
    const story = storyFromDeck({ id: 'het-verhaal', title: 'Het verhaal', slides: ['a', 'b'] });
    expect(story).toEqual({
      id: 'verhaal',
      deck: 'het-verhaal',
      opening: { promise: { slide: 'a', part: 'summary' }, keyFigure: '' },
      chapters: [
        {
          id: 'verhaal',
          kind: 'intro',
          title: 'Het verhaal',
          items: [{ slide: 'a' }, { slide: 'b' }],
          quotes: [],
          aliases: [],
        },
      ],
      glossary: [],
    });
    expect(storyFromDeck({ id: 'd', title: 'D', slides: [] }).opening.promise).toEqual({
      slide: '',
      part: 'summary',
    });
  });
});

describe('the story in content/story/', () => {
  const root = join(import.meta.dirname, '..', '..');
  const dirs = { root, slides: join(root, 'slides'), content: join(root, 'content') };
  const { input } = readContent(dirs);

  it('points only at slides, ambassadors, key figures, series and points that exist', () => {
    expect(storyProblems(dirs, input)).toEqual([]);
  });
});

describe('the content check on a broken story file', () => {
  it('names the file and the field of a step that points at a series that does not exist', () => {
    const root = join(import.meta.dirname, '..', '..');
    const work = mkdtempSync(join(tmpdir(), 'verhaalkit-story-'));
    try {
      const content = join(work, 'content');
      mkdirSync(join(content, 'story'), { recursive: true });
      const story = readFileSync(join(root, 'content', 'story', 'verhaal.yaml'), 'utf8').replace(
        "highlight: { series: [zintuigen], points: ['3 mnd'] }",
        "highlight: { series: [zintuig], points: ['3 mnd'] }",
      );
      expect(story).toContain('[zintuig]');
      writeFileSync(join(content, 'story', 'verhaal.yaml'), story);
      const dirs = { root, slides: join(root, 'slides'), content: join(root, 'content') };
      const { input } = readContent(dirs);
      const problems = storyProblems({ ...dirs, content }, input);
      expect(problems).toEqual([
        {
          file: relative(root, join(content, 'story', 'verhaal.yaml')),
          field: 'chapters[1].items[1].scene.steps[2].highlight.series[0]',
          message:
            'grafiek "hersenontwikkeling" heeft geen reeks "zintuig" (wel: zintuigen, taal, hogere-cognitieve-functies)',
        },
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
