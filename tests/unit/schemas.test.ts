import { describe, expect, it } from 'vitest';
import { slideSchema } from '../../src/schemas/slide';
import { deckSchema } from '../../src/schemas/deck';
import { sourceSchema } from '../../src/schemas/source';
import { ambassadorSchema } from '../../src/schemas/ambassador';
import { keyFigureRefs } from '../../src/lib/content/mdx-refs';

const valid = { id: 'de-eerste-1000-dagen', title: 'T', part: 'verhaal', summary: 'S.', sources: ['bron'] };

function issues(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('slideSchema', () => {
  it('accepts a complete slide and fills in defaults', () => {
    expect(slideSchema.parse(valid)).toEqual({
      ...valid,
      tags: [],
      programmeStatement: false,
      notes: '',
      layout: 'default',
    });
  });

  it('names the field of a missing title, a wrong part and an argument outside 1–7', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(issues(slideSchema.safeParse(withoutTitle))).toEqual(['title']);
    expect(issues(slideSchema.safeParse({ ...valid, part: 'intro' }))).toEqual(['part']);
    expect(issues(slideSchema.safeParse({ ...valid, argument: 8 }))).toEqual(['argument']);
  });

  it('rejects ids that are not kebab-case', () => {
    expect(issues(slideSchema.safeParse({ ...valid, id: 'Eerste 1000 dagen' }))).toEqual(['id']);
  });

  it('rejects ids that are kebab-case only at their start or their end', () => {
    const ids = ['mijn slide', 'slide/../x', 'x/slide', 'slide-', '-slide'];
    expect(ids.map((id) => issues(slideSchema.safeParse({ ...valid, id })))).toEqual(ids.map(() => ['id']));
    expect(
      ids.map((id) => issues(sourceSchema.safeParse({ id, title: 'T', author: 'A', year: 2020 }))),
    ).toEqual(ids.map(() => ['id']));
  });

  it('requires a source unless the slide is the programme’s own statement', () => {
    expect(issues(slideSchema.safeParse({ ...valid, sources: [] }))).toEqual(['sources']);
    expect(slideSchema.safeParse({ ...valid, sources: [], programmeStatement: true }).success).toBe(true);
  });
});

describe('ambassadorSchema', () => {
  const ambassador = { id: 'a', name: 'A', quote: '“Q.”', sector: 'zorg', sources: ['bron'] };
  const portrait = { image: '/portretten/a.jpg', alt: 'A lacht', credit: 'Fotograaf B', consent: true };

  it('takes a portrait with alt text, credit and consent', () => {
    expect(ambassadorSchema.safeParse({ ...ambassador, portrait }).success).toBe(true);
  });

  it('refuses a portrait without alt text, credit or consent, naming the field', () => {
    for (const field of ['alt', 'credit', 'consent'] as const) {
      const { [field]: _left, ...without } = portrait;
      expect(issues(ambassadorSchema.safeParse({ ...ambassador, portrait: without }))).toEqual([
        `portrait.${field}`,
      ]);
    }
    expect(
      issues(ambassadorSchema.safeParse({ ...ambassador, portrait: { ...portrait, consent: false } })),
    ).toEqual(['portrait.consent']);
  });

  it('takes only the known sectors', () => {
    expect(issues(ambassadorSchema.safeParse({ ...ambassador, sector: 'onbekend' }))).toEqual(['sector']);
  });
});

describe('deckSchema and sourceSchema', () => {
  it('requires at least one slide in a deck', () => {
    const deck = { id: 'd', title: 'T', description: 'D', audience: 'A', durationMinutes: 10, slides: [] };
    expect(issues(deckSchema.safeParse(deck))).toEqual(['slides']);
  });

  it('accepts "z.j." for a source without a year, and nothing else that is not a year', () => {
    const source = { id: 'b', title: 'T', author: 'A', year: 'z.j.' };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(issues(sourceSchema.safeParse({ ...source, year: 'onbekend' }))).toEqual(['year']);
  });
});

describe('keyFigureRefs', () => {
  it('finds each referenced key figure once, in order of first use', () => {
    const body = 'Circa <KeyFigure id="b" /> en <KeyFigure  id=\'a\'/> en weer <KeyFigure id="b" />.';
    expect(keyFigureRefs(body)).toEqual(['b', 'a']);
  });
});

describe('what an author reads when a content file is wrong', () => {
  const messages = (result: { error?: { issues: Array<{ message: string }> } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('says in Dutch what to write, in the kit’s own words and in zod’s', () => {
    expect(messages(slideSchema.safeParse({ ...valid, id: 'Eerste' }))).toEqual([
      'gebruik kleine letters, cijfers en streepjes (kebab-case)',
    ]);
    expect(messages(slideSchema.safeParse({ ...valid, sources: [] }))).toEqual([
      'noem minstens één bron, of zet programmeStatement: true voor een eigen standpunt van het programma',
    ]);
    expect(messages(slideSchema.safeParse({ ...valid, bijgewerkt: '05-12-2026' }))).toContain(
      'schrijf de datum als 2026-12-05',
    );
    expect(messages(slideSchema.safeParse({ ...valid, title: 5 }))).toEqual([
      'Ongeldige invoer: verwacht string, ontving getal',
    ]);
  });

  it('takes the edges of each range and refuses what lies beyond', () => {
    expect(slideSchema.safeParse({ ...valid, title: 'Een titel' }).success).toBe(true);
    expect(issues(slideSchema.safeParse({ ...valid, title: '' }))).toEqual(['title']);
    for (const argument of [1, 4, 7])
      expect(slideSchema.safeParse({ ...valid, argument }).success).toBe(true);
    for (const argument of [0, 8, 2.5])
      expect(issues(slideSchema.safeParse({ ...valid, argument }))).toEqual(['argument']);
    for (const id of ['a', 'a-1', 'eerste-1000-dagen'])
      expect(slideSchema.safeParse({ ...valid, id }).success).toBe(true);
    for (const id of ['a--b', 'a-B', 'a-', 'a_b', 'a-b-'])
      expect(issues(slideSchema.safeParse({ ...valid, id }))).toEqual(['id']);
    for (const bijgewerkt of ['x2026-12-05', '2026-12-05x'])
      expect(issues(slideSchema.safeParse({ ...valid, bijgewerkt }))).toEqual(['bijgewerkt']);
  });
});
