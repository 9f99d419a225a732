import { describe, expect, it } from 'vitest';
import { hyphenateDutch } from '../../src/lib/hyphenation/dutch';
import { mdxToJs } from 'satteri';
import { dutchHyphens } from '../../src/lib/hyphenation/mdx-plugin';
import {
  longWords,
  MIN_LETTERS,
  SOFT_HYPHEN,
  stripSoftHyphens,
} from '../../src/lib/hyphenation/soft-hyphens';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('hyphenateDutch', () => {
  it('breaks long Dutch compounds at their syllables', () => {
    expect(shown(hyphenateDutch('opvoedingsondersteuning'))).toBe('op|voe|dings|on|der|steu|ning');
    expect(shown(hyphenateDutch('Preconceptievoorlichting'))).toBe('Pre|con|cep|tie|voor|lich|ting');
    expect(shown(hyphenateDutch('jeugdgezondheidszorg'))).toBe('jeugd|ge|zond|heids|zorg');
  });

  it('leaves words shorter than the minimum whole', () => {
    expect(MIN_LETTERS).toBe(12);
    expect(hyphenateDutch('Heldere ketenaanpak, wettelijke')).toBe('Heldere ketenaanpak, wettelijke');
    expect(hyphenateDutch('Een kansrijke start voor elk kind')).toBe('Een kansrijke start voor elk kind');
    expect(shown(hyphenateDutch('Communicatie'))).toBe('Com|mu|ni|ca|tie');
  });

  it('keeps punctuation and whitespace, and hyphenates each part of a hyphenated compound', () => {
    expect(shown(hyphenateDutch('(jeugdgezondheidszorg),\n en Zuid-Limburg.'))).toBe(
      '(jeugd|ge|zond|heids|zorg),\n en Zuid-Limburg.',
    );
    expect(shown(hyphenateDutch('kraamzorg-verloskundigenpraktijk'))).toBe(
      'kraamzorg-ver|los|kun|di|gen|prak|tijk',
    );
  });

  it('never touches numbers, e-mail addresses, URLs, domains or paths', () => {
    const untouched = [
      '28.000 kinderen, 1.000 dagen, 2026–2030',
      'info@kansrijkestart.nl',
      'https://www.rijksoverheid.nl/onderwerpen/kansrijkestart',
      'www.kansrijkestartnederland.nl',
      'kansrijkestartnederland.nl',
      'slides/preconceptievoorlichting-gemeenten',
      'verloskundigenpraktijk123',
    ];
    for (const text of untouched) expect(hyphenateDutch(text)).toBe(text);
  });

  it('is idempotent and reversible', () => {
    const text = 'Preconceptievoorlichting en opvoedingsondersteuning in de jeugdgezondheidszorg.';
    const once = hyphenateDutch(text);
    expect(once).not.toBe(text);
    expect(hyphenateDutch(once)).toBe(once);
    expect(stripSoftHyphens(once)).toBe(text);
  });
});

describe('longWords', () => {
  it('lists the prose words long enough to hyphenate, ignoring soft hyphens already there', () => {
    expect(
      longWords(`Ouders en op${SOFT_HYPHEN}voe${SOFT_HYPHEN}dings${SOFT_HYPHEN}ondersteuning, 1.000 keer`),
    ).toEqual(['opvoedingsondersteuning']);
    expect(longWords('info@preconceptievoorlichting.nl')).toEqual([]);
  });
});

describe('dutchHyphens (the MDX plugin)', () => {
  it('hyphenates shown text and card titles, never attributes, the reading text (notes) or code', () => {
    const source = [
      '<Columns>',
      '<Card title="Communicatiestrategie" icon="jeugdgezondheidszorg">',
      'Tekst over opvoedingsondersteuning',
      '</Card>',
      '</Columns>',
      '',
      '<Toelichting>',
      '<Card title="Kansengelijkheid" />',
      'Leestekst over preconceptievoorlichting',
      '</Toelichting>',
      '',
      'Via `kinderbeschermingsmaatregelen` en [jeugdgezondheidszorg](https://x.nl/jeugdgezondheidszorg).',
      '',
    ].join('\n');
    const { code } = mdxToJs(source, { hastPlugins: [dutchHyphens] });
    const out = shown(code);
    expect(out).toContain('Com|mu|ni|ca|tie|stra|te|gie');
    expect(out).toContain('Tekst over op|voe|dings|on|der|steu|ning');
    expect(out).toContain('jeugd|ge|zond|heids|zorg');
    expect(out).toContain('"jeugdgezondheidszorg"');
    expect(out).toContain('https://x.nl/jeugdgezondheidszorg');
    expect(out).toContain('Kansengelijkheid');
    expect(out).toContain('Leestekst over preconceptievoorlichting');
    expect(out).toContain('kinderbeschermingsmaatregelen');
  });
});
