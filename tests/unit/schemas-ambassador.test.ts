// content/ambassadors/*.yaml as an author writes it: what the schema lets through and the Dutch
// message an author gets for what it refuses.
import { describe, expect, it } from 'vitest';
import { ambassadorSchema, ambassadorSectors } from '../../src/schemas/ambassador';

const valid = {
  id: 'tessa-roseboom',
  name: 'Tessa Roseboom',
  quote: '“Investeren in de eerste 1000 dagen loont.”',
  sector: 'wetenschap',
  sources: ['ambassadeurs-2023'],
};
const portrait = {
  image: '/portretten/tessa-roseboom.jpg',
  alt: 'Tessa Roseboom lacht in de camera',
  credit: 'Foto: Amsterdam UMC',
  consent: true,
};
/** The messages of the fields that fail, by field path; empty when the input is accepted. */
function problems(input: unknown): Record<string, string> {
  const result = ambassadorSchema.safeParse(input);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message] as const),
  );
}

describe('an ambassador', () => {
  it('needs only an id, a name, a quote, a sector and a source, and keeps the optional fields it is given', () => {
    expect(ambassadorSchema.parse(valid)).toEqual(valid);
    const full = {
      ...valid,
      role: 'Hoogleraar',
      organisation: 'Amsterdam UMC',
      website: 'www.amsterdamumc.nl',
      headline: '“Een goede start”',
      portrait,
    };
    expect(ambassadorSchema.parse(full)).toEqual(full);
  });

  it('refuses empty text in every field that is given', () => {
    for (const field of ['name', 'role', 'organisation', 'headline', 'quote'])
      expect(Object.keys(problems({ ...valid, [field]: '' }))).toEqual([field]);
    for (const field of ['alt', 'credit'])
      expect(Object.keys(problems({ ...valid, portrait: { ...portrait, [field]: '' } }))).toEqual([
        `portrait.${field}`,
      ]);
  });

  it('needs at least one source, each a kebab-case id, and a kebab-case id of its own', () => {
    expect(Object.keys(problems({ ...valid, sources: [] }))).toEqual(['sources']);
    expect(problems({ ...valid, sources: ['Bron 1'] })).toEqual({
      'sources.0': 'gebruik kleine letters, cijfers en streepjes (kebab-case)',
    });
    expect(Object.keys(problems({ ...valid, id: 'Tessa' }))).toEqual(['id']);
  });

  it('takes one of the ten filter sectors', () => {
    expect(ambassadorSectors).toHaveLength(10);
    for (const sector of ambassadorSectors) expect(problems({ ...valid, sector })).toEqual({});
    expect(Object.keys(problems({ ...valid, sector: 'politiek' }))).toEqual(['sector']);
    expect(ambassadorSectors).toEqual([
      'wetenschap',
      'zorg',
      'jeugdgezondheidszorg',
      'gemeente',
      'sociaal domein',
      'kinderopvang en onderwijs',
      'zorgverzekeraar',
      'overheid',
      'maatschappelijke organisatie',
      'ervaringsdeskundige',
    ]);
  });

  it('takes a web address as printed, without https://, and says so in Dutch otherwise', () => {
    for (const website of ['www.kansrijkestart.nl', 'ncj.nl/kansrijke-start', 'a-b.example.com/x?y=1'])
      expect(problems({ ...valid, website })).toEqual({});
    for (const website of [
      'https://www.kansrijkestart.nl',
      'Www.Voorbeeld.nl',
      'voorbeeld',
      'voorbeeld.n',
      'voorbeeld.nl/met spatie',
      'x www.voorbeeld.nl',
      'www.voorbeeld.nl1',
      '.nl',
    ])
      expect(problems({ ...valid, website })).toEqual({
        website: 'een webadres zonder https://, zoals www.voorbeeld.nl',
      });
  });

  it('shows a portrait only from public/, as a photo, and only with consent', () => {
    for (const image of ['/portretten/a.jpg', '/a.jpeg', '/p/b_c-2.png', '/x.webp', '/x.avif'])
      expect(problems({ ...valid, portrait: { ...portrait, image } })).toEqual({});
    for (const image of [
      'portretten/a.jpg',
      '/a.gif',
      '/a b.jpg',
      '/a.jpg.exe',
      'https://x.nl/a.jpg',
      '/a.jpgx',
    ])
      expect(problems({ ...valid, portrait: { ...portrait, image } })).toEqual({
        'portrait.image': 'een pad onder public/, bijvoorbeeld /portretten/naam.jpg',
      });
    for (const consent of [false, undefined, 'ja'])
      expect(problems({ ...valid, portrait: { ...portrait, consent } })).toEqual({
        'portrait.consent': 'een portret mag alleen met toestemming (consent: true)',
      });
  });
});
