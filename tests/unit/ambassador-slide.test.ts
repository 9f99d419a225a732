import { describe, expect, it } from 'vitest';
import {
  affiliation,
  ambassadorSlideFields,
  ambassadorSlideId,
  onlyHeadlineQuoted,
  openingMark,
  quoteOnStage,
  sectorGroups,
  stageExcerpt,
  quoteParagraphs,
  stageQuoteWords,
  websiteHref,
} from '../../src/lib/content/ambassador-slide';
import type { Ambassador } from '../../src/schemas/ambassador';

const ambassador: Ambassador = {
  id: 'tessa-roseboom',
  name: 'Tessa Roseboom',
  role: 'Hoogleraar',
  organisation: 'Amsterdam UMC',
  quote: 'Kinderen zijn onze toekomst.',
  sector: 'wetenschap',
  sources: ['bron-a'],
};
const { role: _role, ...withoutRole } = ambassador;
const { organisation: _organisation, ...withoutOrganisation } = ambassador;
const { role: _r, organisation: _o, ...nameOnly } = ambassador;

describe('affiliation', () => {
  it('names role and organisation, separated by a comma', () => {
    expect(affiliation(ambassador)).toBe('Hoogleraar, Amsterdam UMC');
  });

  it('leaves out what the source does not give, without a stray comma', () => {
    expect([withoutRole, withoutOrganisation, nameOnly].map(affiliation)).toEqual([
      'Amsterdam UMC',
      'Hoogleraar',
      '',
    ]);
  });
});

describe('ambassadorSlideFields', () => {
  it('makes a quote slide in the ambassadors part whose summary and notes name the speaker', () => {
    expect(ambassadorSlideFields({ ...ambassador, headline: 'Kinderen zijn onze toekomst' })).toEqual({
      id: 'ambassadeur-tessa-roseboom',
      title: 'Kinderen zijn onze toekomst',
      part: 'ambassadeurs',
      tags: [],
      summary: 'Tessa Roseboom, Hoogleraar, Amsterdam UMC, aan het woord.',
      layout: 'quote',
      notes:
        'Lees het citaat letterlijk voor en noem de spreker: Tessa Roseboom, Hoogleraar, Amsterdam UMC. ' +
        'Dit is een van de ambassadeurs van de Landelijke coalitie Kansrijke Start.',
    });
  });

  it('titles the slide after the speaker when the source prints no headline', () => {
    expect(ambassadorSlideFields(ambassador).title).toBe('Tessa Roseboom aan het woord');
  });

  it('names only the speaker when role and organisation are unknown', () => {
    const fields = ambassadorSlideFields(nameOnly);
    expect([fields.summary, fields.notes]).toEqual([
      'Tessa Roseboom, aan het woord.',
      'Lees het citaat letterlijk voor en noem de spreker: Tessa Roseboom. ' +
        'Dit is een van de ambassadeurs van de Landelijke coalitie Kansrijke Start.',
    ]);
  });

  it('writes the speaker without a double comma when the role is missing', () => {
    expect(ambassadorSlideFields(withoutRole).summary).toBe('Tessa Roseboom, Amsterdam UMC, aan het woord.');
  });
});

describe('the other parts of an ambassador slide', () => {
  it('prefixes the ambassador id so it cannot collide with a slide module', () => {
    expect(ambassadorSlideId('tessa-roseboom')).toBe('ambassadeur-tessa-roseboom');
  });

  it('splits a quote into paragraphs on blank lines, as the source separates a hashtag line', () => {
    expect(quoteParagraphs('Elk kind verdient\neen kansrijke start.\n\n  #kansrijkestart  \n\n')).toEqual([
      'Elk kind verdient een kansrijke start.',
      '#kansrijkestart',
    ]);
  });

  it('links a web address printed without a scheme over https', () => {
    expect(websiteHref('www.kansrijkestart.nl')).toBe('https://www.kansrijkestart.nl');
  });
});

describe('quoteOnStage', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' \n ');
  it('projects a quote of up to 40 words whole', () => {
    expect(stageQuoteWords).toBe(40);
    expect(quoteOnStage({ headline: 'Kop', quote: words(40) })).toBe(true);
  });

  it('projects the headline and the opening of a longer quote and says so in the notes', () => {
    const long = { ...ambassador, headline: 'Kinderen zijn onze toekomst', quote: words(41) };
    expect(quoteOnStage(long)).toBe(false);
    expect(ambassadorSlideFields(long).notes).toBe(
      'Op de slide staan de kop en het begin van het citaat; het hele citaat staat hieronder. Lees het letterlijk voor en noem de spreker: ' +
        'Tessa Roseboom, Hoogleraar, Amsterdam UMC. Dit is een van de ambassadeurs van de Landelijke coalitie Kansrijke Start.',
    );
  });

  it('always projects a quote without a headline, however long', () => {
    expect(quoteOnStage({ quote: words(120) })).toBe(true);
  });
});

describe('onlyHeadlineQuoted (audit 2026-12-05 QA3)', () => {
  it('tells the presenter not to read an unquoted paragraph under a quoted headline as a quotation', () => {
    const unquoted = {
      ...ambassador,
      headline: '“Ieder kind verdient een gezonde en kansrijke start.”',
      quote: 'Door extra en eerder aandacht te hebben voor ouders kun je passende hulp bieden.',
    };
    expect(onlyHeadlineQuoted(unquoted)).toBe(true);
    const notes = ambassadorSlideFields(unquoted).notes;
    expect(notes).toContain('Alleen de kop staat in de bron tussen aanhalingstekens');
    expect(notes).toContain('breng die niet als citaat');
    expect(notes).not.toContain('Lees het citaat letterlijk voor');
  });

  it('leaves quotes the source marks itself, or without a quoted headline, as quotations', () => {
    expect(onlyHeadlineQuoted({ headline: '“Kop”', quote: '“Citaat.”' })).toBe(false);
    expect(onlyHeadlineQuoted({ headline: 'Kop', quote: 'Citaat.' })).toBe(false);
    expect(onlyHeadlineQuoted({ quote: 'Citaat.' })).toBe(false);
  });
});

describe('stageExcerpt', () => {
  const plain = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');
  it('projects whole opening sentences up to the word limit, verbatim, then “[…]” and the source’s closing mark', () => {
    const first = `“${plain(20)}.`;
    const second = ` ${'Twee '.repeat(15).trim()}.`;
    const third = ` Derde zin die niet meer past bij de andere zinnen hier.”`;
    expect(stageExcerpt(first + second + third)).toBe(`${first}${second} […]”`);
  });

  it('does not end a sentence inside “a.s. ouders” or “1.000 dagen”', () => {
    const quote = `“In de eerste 1.000 dagen helpen we a.s. ouders. Daarna ${plain(38)}.”`;
    expect(stageExcerpt(quote)).toBe('“In de eerste 1.000 dagen helpen we a.s. ouders. […]”');
  });

  it('cuts a single overlong first sentence at the word limit and adds no mark the source lacks', () => {
    const excerpt = stageExcerpt(`${plain(60)}.`);
    expect(excerpt.split(' ')).toHaveLength(stageQuoteWords + 1);
    expect(excerpt.endsWith(' […]')).toBe(true);
  });

  it('takes only the first paragraph', () => {
    expect(stageExcerpt('“Eerste alinea.\n\n#Hashtag”')).toBe('“Eerste alinea. […]”');
  });
});

describe('openingMark', () => {
  it('splits the source’s own opening mark from the text, and finds none where the source has none', () => {
    expect(openingMark('“Kinderen.”')).toEqual({ mark: '“', rest: 'Kinderen.”' });
    expect(openingMark('Kinderen.')).toEqual({ mark: '', rest: 'Kinderen.' });
  });
});

describe('sectorGroups', () => {
  it('gathers ambassadors by sector in the order the sectors first appear, keeping deck order within', () => {
    const voice = (id: string, sector: Ambassador['sector']) => ({ id, ambassador: { sector } });
    const groups = sectorGroups([voice('a', 'zorg'), voice('b', 'gemeente'), voice('c', 'zorg')]);
    expect(groups.map(({ sector, members }) => [sector, members.map((m) => m.id)])).toEqual([
      ['zorg', ['a', 'c']],
      ['gemeente', ['b']],
    ]);
  });
});
