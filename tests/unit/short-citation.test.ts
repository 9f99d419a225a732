import { describe, expect, it } from 'vitest';
import { shortCitation } from '../../src/lib/content/cite';
import { monogram } from '../../src/lib/content/monogram';
import { splitReadingText } from '../../src/lib/deck/reading-text';

describe('shortCitation', () => {
  it('names one author by surname and several as "e.a.", organisations by their abbreviation', () => {
    expect(
      [
        { author: 'Heckman, J.J.', year: 2008 },
        { author: 'Heckman, J.J., Moon, S.H., Pinto, R., Savelyev, P.A. & Yavitz, A.', year: 2010 },
        { author: 'Bonsel, G. J., et al.', year: 2010 },
        { author: 'Hart, B. & Risley, T.R.', year: 1995 },
        { author: 'Hart & Risley', year: 1995 },
        { author: 'Heckman, Moon, Pinto, Savelyev & Yavitz', year: 2010 },
        { author: 'Caspi e.a.', year: 2016 },
        { author: 'Nelson, C. (in Shonkoff & Phillips, red.), The National Academies Press', year: 2000 },
        { author: 'Steegers, E. A. P.', year: 2017 },
        { author: 'Andersson Elffers Felix (AEF)', year: 2021 },
        { author: 'Kennisplatform Jonge Kind', year: 'z.j.' as const },
        { author: 'Center on the Developing Child, Harvard University', year: 2017 },
        { author: 'Ministerie van Volksgezondheid, Welzijn en Sport', year: 2018 },
        {
          author:
            'Ministerie van Volksgezondheid, Welzijn en Sport, in afstemming met de Landelijke coalitie Kansrijke Start',
          year: 'z.j.' as const,
        },
      ].map(shortCitation),
    ).toEqual([
      'Heckman, 2008',
      'Heckman e.a., 2010',
      'Bonsel e.a., 2010',
      'Hart e.a., 1995',
      'Hart & Risley, 1995',
      'Heckman e.a., 2010',
      'Caspi e.a., 2016',
      'Nelson, 2000',
      'Steegers, 2017',
      'AEF, 2021',
      'Kennisplatform Jonge Kind, z.j.',
      'Center on the Developing Child, Harvard University, 2017',
      'VWS, 2018',
      'VWS e.a., z.j.',
    ]);
  });

  it('tells one author from several in every form sources write them', () => {
    const short = (author: string) => shortCitation({ author, year: 2019 });
    expect(
      [
        'Moon, S.H., Pinto, R.',
        'Smit, Jansen, De Vries',
        'Hart, Risley & Todd',
        'Hart & Risley, B.',
        'O’Connor-Smit, M.',
        "D'Ambrosio, B., et al.",
        'O’Brien & De-Wit',
        '  Heckman, J.J.  ',
        'Nederlands Centrum Jeugdgezondheid (in opdracht van VWS)',
        'Gemeente Utrecht (A)',
        'Pharos, in samenwerking met het NJi',
        'Ministerie van Volksgezondheid, Welzijn en Sport (VWS)',
        'heckman, J.J.',
        'Heckman,J.J.',
      ].map(short),
    ).toEqual([
      'Moon e.a., 2019',
      'Smit e.a., 2019',
      'Hart e.a., 2019',
      'Hart e.a., 2019',
      'O’Connor-Smit, 2019',
      "D'Ambrosio e.a., 2019",
      'O’Brien & De-Wit, 2019',
      'Heckman, 2019',
      'Nederlands Centrum Jeugdgezondheid, 2019',
      'Gemeente Utrecht (A), 2019',
      'Pharos, 2019',
      'VWS, 2019',
      'heckman, J.J., 2019',
      'Heckman,J.J., 2019',
    ]);
  });
});

describe('monogram', () => {
  it('takes the first and last capitalised name, skipping particles', () => {
    expect(['Tessa Roseboom', 'Linda de Boer-Hendriks', 'Koos van der Velden', 'Cher'].map(monogram)).toEqual(
      ['TR', 'LB', 'KV', 'C'],
    );
  });

  it('skips marks before a name and extra spaces, and falls back to the first letter, capitalised', () => {
    expect(
      ['„Tessa”   Roseboom', '(dr.) Anna ’t Hart', '  anna de boer', 'é', 'Koos\tvan der Velden', ''].map(
        monogram,
      ),
    ).toEqual(['TR', 'AH', 'A', 'É', 'KV', '']);
    expect(['Anna Maria Jansen', '(„Tessa Roseboom', 'Linda mcDonald'].map(monogram)).toEqual([
      'AJ',
      'TR',
      'L',
    ]);
  });
});

describe('splitReadingText', () => {
  it('takes the reading text out of the projected slide, keeping the rest in place', () => {
    const html =
      '<p>Kern</p><div class="toelichting" data-reading-text><p>Meer uitleg</p><span data-reading-text-end hidden></span></div><p>Slot</p>';
    expect(splitReadingText(html)).toEqual({
      projected: '<p>Kern</p><p>Slot</p>',
      reading: ['<p>Meer uitleg</p>'],
    });
  });

  it('leaves reading-page wording out of the notes: document words, deck clicking, link hosts', () => {
    const html =
      '<div class="toelichting" data-reading-text>' +
      '<div class="leespagina" data-page-only><p>In dit document</p><span data-page-only-end hidden></span></div>' +
      '<p><span class="deck-nav">Klik op de tekst.</span> De argumenten:</p>' +
      '<p>Zie <a href="https://x.nl">het filmpje<span class="external-link__host"> (externe link naar x.nl)</span></a>.</p>' +
      '<span data-reading-text-end hidden></span></div>';
    expect(splitReadingText(html).reading).toEqual([
      '<p>De argumenten:</p><p>Zie <a href="https://x.nl">het filmpje</a>.</p>',
    ]);
  });
});
