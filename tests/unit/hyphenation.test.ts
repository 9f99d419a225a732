import { describe, expect, it } from 'vitest';
import { hyphenateDutch, hyphenateDutchWord } from '../../src/lib/hyphenation/dutch';
import { mdxToJs } from 'satteri';
import { dutchHyphens, keepsTextWhole, type ShownNode } from '../../src/lib/hyphenation/mdx-plugin';
import {
  hyphenateText,
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

/** A pattern engine for the tests: a soft hyphen after every letter, so any call shows. */
const everyLetter = (word: string) => [...word].join(SOFT_HYPHEN);

describe('hyphenateText with any pattern engine', () => {
  it('gives only words of the minimum length to the engine, leaving shorter words and spacing as written', () => {
    expect(shown(hyphenateText('een  heel\tkort\nwoordje', everyLetter, 6))).toBe(
      'een  heel\tkort\nw|o|o|r|d|j|e',
    );
    expect(shown(hyphenateText('kort, korter', everyLetter, 6))).toBe('kort, k|o|r|t|e|r');
  });

  it('keeps numbers, addresses and domains whole in a text that has long words too', () => {
    expect(shown(hyphenateText('lange woorden op www.langewoorden.nl en 1000dagen', everyLetter, 6))).toBe(
      'lange w|o|o|r|d|e|n op www.langewoorden.nl en 1000dagen',
    );
  });

  it('ignores an engine that changes letters instead of only adding soft hyphens', () => {
    expect(hyphenateText('samenwerkingsverband', (word) => word.toUpperCase())).toBe('samenwerkingsverband');
    expect(hyphenateText('samenwerkingsverband', (word) => `${word}-`)).toBe('samenwerkingsverband');
  });

  it('finds no long words in addresses and numbers alone', () => {
    expect(longWords('www.kansrijkestartnederland.nl info@jeugdgezondheidszorg.nl 2026–2030')).toEqual([]);
  });
});

describe('which text the MDX plugin keeps whole', () => {
  it('keeps code, scripts, notes and the reading text whole, and hyphenates other shown text', () => {
    const keeps = (node: ShownNode) => keepsTextWhole(node);
    expect(keeps({ type: 'element', tagName: 'code' })).toBe(true);
    expect(keeps({ type: 'element', tagName: 'aside' })).toBe(true);
    expect(keeps({ type: 'element', tagName: 'p', properties: { className: ['notes'] } })).toBe(true);
    expect(keeps({ type: 'element', tagName: 'p', properties: { className: ['kaart', 'notes'] } })).toBe(
      true,
    );
    expect(keeps({ type: 'element', tagName: 'p', properties: { className: ['kaart'] } })).toBe(false);
    expect(keeps({ type: 'element', tagName: 'p', properties: { className: 'notes' } })).toBe(false);
    expect(keeps({ type: 'element', tagName: 'p' })).toBe(false);
    expect(keeps({ type: 'element' })).toBe(false);
    expect(keeps({ type: 'mdxJsxFlowElement', name: 'Toelichting' })).toBe(true);
    expect(keeps({ type: 'mdxJsxTextElement', name: 'Toelichting' })).toBe(true);
    expect(keeps({ type: 'mdxJsxFlowElement', name: 'Card' })).toBe(false);
    expect(keeps({ type: 'mdxJsxFlowElement', name: null })).toBe(false);
    expect(keeps({ type: 'text', name: 'Toelichting' })).toBe(false);
    expect(keeps({ type: 'root' })).toBe(false);
  });
});

describe('the MDX plugin on single nodes', () => {
  /** A hast tree as the plugin's visitor context sees it: each node's parent, and what the plugin changes. */
  function context(parents: Map<object, ShownNode>) {
    const replaced: string[] = [];
    const props: Array<[string, unknown]> = [];
    return {
      replaced,
      props,
      ctx: {
        parent: (node: object) => parents.get(node),
        replaceNode: (_node: object, replacement: { type: 'text'; value: string }) => {
          replaced.push(shown(replacement.value));
        },
        setProperty: (_node: object, key: string, value: unknown) => {
          props.push([key, typeof value === 'string' ? shown(value) : value]);
        },
      },
    };
  }
  const long = 'Jeugdgezondheidszorg';

  it('hyphenates a text node in a paragraph, not one in code, and leaves text without long words alone', () => {
    const p: ShownNode = { type: 'element', tagName: 'p' };
    const code: ShownNode = { type: 'element', tagName: 'code' };
    const inP = { type: 'text' as const, value: long };
    const inCode = { type: 'text' as const, value: long };
    const short = { type: 'text' as const, value: 'kort' };
    const orphan = { type: 'text' as const, value: long };
    const { ctx, replaced } = context(
      new Map<object, ShownNode>([
        [inP, p],
        [inCode, code],
        [short, p],
      ]),
    );
    for (const node of [inP, inCode, short, orphan]) dutchHyphens.text(node, ctx);
    expect(replaced).toEqual([shown(hyphenateDutch(long)), shown(hyphenateDutch(long))]);
    expect(replaced[0]).toContain('|');
  });

  it('hyphenates a card’s title attribute, but not inside the reading text, not an expression and not a short title', () => {
    const card = (value: unknown, name = 'title', type = 'mdxJsxAttribute') => ({
      type: 'mdxJsxFlowElement',
      name: 'Card',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'icon', value: 'kinderopvangtoeslagen' },
        { type, name, value },
      ],
    });
    const shownCard = card(long);
    const inReading = card(long);
    const expression = card({ type: 'mdxJsxAttributeValueExpression', value: long });
    const shortTitle = card('Zorg');
    const otherName = card(long, 'titel');
    const spread = card(long, 'title', 'mdxJsxExpressionAttribute');
    const toelichting: ShownNode = { type: 'mdxJsxFlowElement', name: 'Toelichting' };
    const { ctx, props } = context(new Map<object, ShownNode>([[inReading, toelichting]]));
    for (const node of [shownCard, inReading, expression, shortTitle, otherName, spread])
      dutchHyphens.mdxJsxFlowElement.visit(node, ctx);
    dutchHyphens.mdxJsxTextElement.visit({ ...card(long), name: 'Quote' }, ctx);
    expect(props).toEqual([['title', shown(hyphenateDutch(long))]]);
    expect(dutchHyphens.mdxJsxFlowElement.filter).toEqual(['Card']);
  });
});

describe('hyphenateDutchWord', () => {
  it('leaves a word shorter than the minimum whole, also when called on its own', () => {
    expect(hyphenateDutchWord('kinderopvang')).toContain(SOFT_HYPHEN);
    expect(hyphenateDutchWord('kinderen')).toBe('kinderen');
    expect(hyphenateDutchWord('opvoedingen')).toBe('opvoedingen');
  });
});
