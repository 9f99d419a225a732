// The editorial pass of the content audit of 5 December 2026: each fixed item that a test can
// say, read from the content itself (slides/, content/), so a later edit cannot quietly undo it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKit } from '../../src/lib/content/kit';
import { shortCitation } from '../../src/lib/content/cite';
import { readContent } from '../../src/content-check/read-content';
import { storyCover, storySourceId } from '../../src/lib/deck/story-cover';

const root = join(import.meta.dirname, '..', '..');
const { input } = readContent({ root, slides: join(root, 'slides'), content: join(root, 'content') });
const { kit } = assembleKit(input);
const body = (id: string) => input.slides.find((slide) => slide.data.id === id)?.body ?? '';
const slide = (id: string) => kit.slides.get(id)!;
const cardTitles = (id: string) => [...body(id).matchAll(/<Card\b[^>]*\stitle="([^"]*)"/g)].map((m) => m[1]!);
const sourceLine = (id: string) => slide(id).sources.map(shortCitation).join('; ');

describe('meaning on stage (audit 2026-12-05 §2)', () => {
  it('says VWS explores legal anchoring, not that it is a decided task (D1)', () => {
    const cards = cardTitles('aanpak-2026-rol-vws');
    expect(cards).toContain('Verkennen van wettelijke verankering');
    expect(cards).not.toContain('Wettelijke verankering');
    expect(slide('aanpak-2026-rol-vws').notes).toMatch(/verkent VWS/);
  });

  it('shows the story’s summary of the children’s rights treaty as such, with no UN citation under it (D2)', () => {
    expect(body('kinderrechten')).toMatch(/<Quote by="Vrij naar het Kinderrechtenverdrag/);
    expect(sourceLine('kinderrechten')).not.toMatch(/Verenigde Naties/);
    expect(slide('kinderrechten').sources.map((s) => s.id)).toEqual([storySourceId]);
  });

  it('cites the story, not a journal article, under the programme’s slogan (D3)', () => {
    expect(body('preventie-high-need-high-cost')).toMatch(/<Lead>Investeren in een Kansrijke Start =/);
    expect(sourceLine('preventie-high-need-high-cost')).not.toMatch(/Richmond-Rakerd/);
  });

  it('keeps “circa” with the approximate shares and “inclusief” with the cumulative scenario costs (D4, D5)', () => {
    expect(body('actieprogramma-2018-cijfers-babys')).toContain(
      'circa <KeyFigure id="aandeel-kinderen-zeer-kwetsbare-gezinnen-2018" />',
    );
    expect(body('actieprogramma-2018-cijfers-babys')).toContain(
      'circa <KeyFigure id="aandeel-zonder-goede-start-2018" />',
    );
    expect(body('scenario-1500-drie-scenarios')).toMatch(/scenario-2-totaal[^\n]*, inclusief scenario 1\n/);
    expect(body('scenario-1500-drie-scenarios')).toMatch(
      /scenario-3-totaal[^\n]*, inclusief scenario 1 en 2\n/,
    );
  });

  it('states the goals for 2030 as sentences, goal 4 with its whole aim (D6, Dutch 1)', () => {
    const cards = cardTitles('aanpak-2026-doelen-eind-2030');
    expect(cards).toHaveLength(4);
    for (const card of cards) expect(card).toMatch(/^\(?[A-Z]/);
    expect(cards[3]).toContain('bij het bieden van een liefdevolle, veilige en gezonde basis voor hun kind');
  });

  it('projects no reference date the seeds do not give (U1, U2, U3)', () => {
    const dates = input.keyFigures.map(({ data }) => `${data.id}: ${data.date}`);
    expect(dates.filter((d) => /stand na juli 2022/.test(d))).toEqual([]);
    expect(dates.find((d) => d.startsWith('overgewicht-op-tweejarige-leeftijd:'))).not.toMatch(/: 2021$/);
    const titles = [...kit.slides.values()].map((s) => s.title);
    expect(titles.filter((t) => /2022\/2023/.test(t))).toEqual([]);
    expect(body('ambities-en-speerpunten')).not.toMatch(/2022\/2023/);
  });

  it('names the story as the source of the section opener, not the programme (U4)', () => {
    expect(slide('ambities-en-speerpunten').programmeStatement).toBe(false);
    expect(slide('ambities-en-speerpunten').sources.map((s) => s.id)).toEqual([storySourceId]);
  });

  it('says “het cohort” everywhere (Dutch 15)', () => {
    const texts = [
      ...input.slides.map((s) => `${s.data.id}: ${s.data.summary} ${s.data.notes ?? ''} ${s.body}`),
      ...(input.datasets ?? []).map(({ data }) => `${data.id}: ${JSON.stringify(data)}`),
    ];
    expect(
      texts.filter((t) => /\bde cohort\b|\bvan de cohort\b/i.test(t)).map((t) => t.split(':')[0]),
    ).toEqual([]);
  });

  it('projects the seed’s hedge “naar verwachting” with the claim that the cooperation pays off (S5)', () => {
    const stage = body('samenwerken-loont').split('<Toelichting>')[0]!;
    expect(stage).toContain('loont voor alle betrokken partijen');
    expect(stage).toMatch(/loont \*\*naar verwachting\*\* kwalitatief én kwantitatief/);
  });
});

describe('ambassador headlines (audit 2026-12-05 §3)', () => {
  it('says who “the parties” are on Petra van den Akker’s headline-only slide (QA1)', () => {
    expect(slide('ambassadeur-petra-van-den-akker').title).not.toMatch(/deze partijen/);
    expect(slide('ambassadeur-petra-van-den-akker').title).toContain('[de betrokken] partijen');
  });
});

describe('speaker notes that point to another slide (audit 2026-12-05 §6)', () => {
  it('promise a next slide only where every ready-made deck has the same one, and a chart only where a chart follows', () => {
    const broken: string[] = [];
    const nextOf = new Map<string, Set<string>>();
    for (const deck of kit.decks.values()) {
      deck.slides.forEach((id, index) => {
        const notes = kit.slides.get(id)?.notes ?? '';
        if (!/volgende slide/i.test(notes)) return;
        const next = kit.slides.get(deck.slides[index + 1] ?? '');
        if (next === undefined) broken.push(`${deck.id}: ${id} belooft een volgende slide`);
        else if (/grafiek/i.test(notes) && (next.kind !== 'module' || next.chartIds.length === 0))
          broken.push(`${deck.id}: ${id} belooft een grafiek, maar ${next.id} heeft er geen`);
        else nextOf.set(id, (nextOf.get(id) ?? new Set()).add(next.id));
      });
    }
    for (const [id, next] of nextOf)
      if (next.size > 1)
        broken.push(`${id}: de volgende slide verschilt per presentatie (${[...next].join(', ')})`);
    expect(broken).toEqual([]);
  });

  it('name other slides by a title that exists', () => {
    const titles = new Set([...kit.slides.values()].map((s) => s.title));
    const named = [...kit.slides.values()].flatMap((s) =>
      [...s.notes.matchAll(/de slide ‘([^’]+)’/g)].map((m) => ({ from: s.id, title: m[1]! })),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(({ title }) => !titles.has(title))).toEqual([]);
  });
});

describe('the cover of a ready-made deck (audit 2026-12-05 §4)', () => {
  it('carries the story’s own title, subtitle and maker, from the story’s source record', () => {
    expect(storyCover(kit.sources.get(storySourceId)!)).toEqual({
      title: 'Een Kansrijke Start voor iedereen',
      subtitle: 'Het verhaal over de eerste 1.000 dagen',
      maker: 'Ministerie van Volksgezondheid, Welzijn en Sport',
    });
  });
});

describe('the sub-paragraphs of the Actieprogramma 2018 (audit 2026-12-05 §4, seed 003)', () => {
  it.each([
    [
      '3.4 funders align their communication',
      'actieprogramma-2018-aanpak',
      'Samenwerkende Gezondheidsfondsen',
    ],
    ['3.5 knowledge programmes', 'actieprogramma-2018-aanpak', 'programma’s van ZonMw en TNO'],
    [
      '4.1.2 target group of Nu Niet Zwanger',
      'actieprogramma-2018-actielijn-voor-zwangerschap',
      'dak- en thuisloos',
    ],
    ['4.1.2 the ZonMw effect study', 'actieprogramma-2018-actielijn-voor-zwangerschap', 'Via ZonMw'],
    ['4.2.2 Babyconnect', 'actieprogramma-2018-actielijn-tijdens-zwangerschap', 'Babyconnect'],
    [
      '4.2.3 example interventions',
      'actieprogramma-2018-actielijn-tijdens-zwangerschap',
      'CenteringPregnancy',
    ],
    ['5 Ervaren, doen en leren', 'actieprogramma-2018-monitoring', 'storytelling'],
  ])('carries %s in the reading text of %s', (_item, id, words) => {
    expect(body(id).split('<Toelichting>')[1] ?? '').toContain(words);
  });
});
