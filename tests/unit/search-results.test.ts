import { describe, expect, it } from 'vitest';
import {
  distinctSlideIds,
  excerptParts,
  resultLabel,
  resultsStatus,
  sentenceExcerpt,
  siteUrl,
  slideIdOfUrl,
} from '../../src/lib/search/results';

describe('excerptParts', () => {
  it('splits Pagefind’s excerpt into plain and marked text, decoding its escapes', () => {
    expect(
      excerptParts('rendement volgens <mark>Heckman</mark> &amp; &lt;anderen&gt; &#39;nu&#x27;'),
    ).toEqual([
      { text: 'rendement volgens ', marked: false },
      { text: 'Heckman', marked: true },
      { text: " & <anderen> 'nu'", marked: false },
    ]);
  });

  it('never turns escaped markup into markup: it stays text', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('drops any other tag and joins neighbouring parts of the same kind', () => {
    expect(excerptParts('<b>a</b><mark>b</mark><mark>c</mark>')).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });
});

describe('siteUrl', () => {
  it('accepts paths on this site and refuses anything else', () => {
    expect(['/verhaal/#financieel-aantrekkelijk', '/slides/titel/'].map(siteUrl)).toEqual([
      '/verhaal/#financieel-aantrekkelijk',
      '/slides/titel/',
    ]);
    expect(
      ['javascript:alert(1)', '//elders.example/', 'https://elders.example/', '/\\elders'].map(siteUrl),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('resultLabel', () => {
  it('labels results in the visitor’s words: from the story, a presentation slide with its part, an ambassador with the sector', () => {
    expect(resultLabel({ url: '/verhaal/#risicofactoren', filters: { deel: ['verhaal'] } })).toBe(
      'Uit het verhaal',
    );
    expect(resultLabel({ url: '/slides/hersenontwikkeling/', filters: { deel: ['verhaal'] } })).toBe(
      'Presentatieslide · Uit het verhaal',
    );
    expect(resultLabel({ url: '/slides/vervolgaanpak-focus/', filters: { deel: ['ambities'] } })).toBe(
      'Presentatieslide · Ambities & speerpunten',
    );
    expect(
      resultLabel({
        url: '/slides/ambassadeur-x/',
        filters: { deel: ['ambassadeurs'], sector: ['sociaal domein'] },
      }),
    ).toBe('Ambassadeur · Sociaal domein');
    expect(resultLabel({ url: '/slides/x/', filters: { deel: ['constructor'] } })).toBe('Presentatieslide');
    expect(resultLabel({ url: '/bronnen/', filters: {} })).toBe('Pagina');
  });

  it('never calls a result “Slide” or “In het verhaal” any more', () => {
    const labels = [
      resultLabel({ url: '/verhaal/#x', filters: { deel: ['verhaal'] } }),
      resultLabel({ url: '/slides/x/', filters: { deel: ['verhaal'] } }),
    ];
    for (const label of labels) expect(label).not.toMatch(/^Slide|In het verhaal/);
  });
});

describe('sentenceExcerpt', () => {
  const text = (parts: ReturnType<typeof sentenceExcerpt>) =>
    parts?.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');
  const content =
    'Een goede start is belangrijk. In de eerste 1.000 dagen groeien de hersenen van een kind het snelst. Daarna gaat het langzamer.';

  it('starts at the sentence of the first match, marks the matched words and says where it cuts', () => {
    // "hersenen" is word 12 and "snelst." word 17 (counting from 0).
    expect(text(sentenceExcerpt(content, [12], 8))).toBe('In de eerste 1.000 dagen groeien de [hersenen] …');
    expect(text(sentenceExcerpt(content, [12, 17], 30))).toBe(
      'In de eerste 1.000 dagen groeien de [hersenen] van een kind het [snelst.] Daarna gaat het langzamer.',
    );
  });

  it('starts at the beginning when the match is in the first sentence', () => {
    expect(text(sentenceExcerpt(content, [2], 5))).toBe('Een goede [start] is belangrijk. …');
  });

  it('keeps the match in view when its sentence is longer than the excerpt', () => {
    expect(text(sentenceExcerpt(content, [17], 3))).toBe(
      'In de eerste 1.000 dagen groeien de hersenen van een kind het [snelst.] …',
    );
  });

  it('begins just before the match, marked as cut, when no sentence starts near it', () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} Heckman`;
    expect(text(sentenceExcerpt(long, [60], 6))).toBe('… w56 w57 w58 w59 [Heckman]');
  });

  it('leaves the choice to Pagefind’s excerpt when there is no text or no match', () => {
    expect(sentenceExcerpt(undefined, [1])).toBeUndefined();
    expect(sentenceExcerpt(content, [])).toBeUndefined();
    expect(sentenceExcerpt(content, [999])).toBeUndefined();
  });
});

describe('resultsStatus', () => {
  it('counts results in Dutch', () => {
    expect([0, 1, 12].map((count) => resultsStatus(count, 'Heckman'))).toEqual([
      'Geen resultaten voor “Heckman”',
      '1 resultaat voor “Heckman”',
      '12 resultaten voor “Heckman”',
    ]);
    expect(resultsStatus(3, '')).toBe('3 resultaten');
  });
});

describe('slideIdOfUrl', () => {
  it('finds the slide of a slide page (with or without query or fragment) and of a story anchor', () => {
    expect(slideIdOfUrl('/slides/eerste-1000-dagen/')).toBe('eerste-1000-dagen');
    expect(slideIdOfUrl('/slides/eerste-1000-dagen/?deck=het-verhaal')).toBe('eerste-1000-dagen');
    expect(slideIdOfUrl('/slides/eerste-1000-dagen/#noten')).toBe('eerste-1000-dagen');
    expect(slideIdOfUrl('/verhaal/#kansrijke-start')).toBe('kansrijke-start');
  });

  it('gives no slide for other pages or addresses that only look like one', () => {
    for (const url of [
      '/slides/',
      '/slides/eerste-1000-dagen',
      '/slides/a/b/',
      'x/slides/a/',
      '/slides/a/x',
      '/verhaal/',
      '/verhaal/#a/b',
      '/verhaal/#a?x',
      '/zoeken/',
      '/slides/Hoofdletter/',
    ])
      expect(slideIdOfUrl(url), url).toBeUndefined();
  });
});

describe('distinctSlideIds', () => {
  it('keeps the rank order, lists each slide once and skips pages that are no slide', () => {
    expect(
      distinctSlideIds([
        '/slides/b/',
        '/zoeken/',
        '/verhaal/#a',
        '/slides/b/?deck=x',
        '/slides/a/',
        '/slides/c/',
      ]),
    ).toEqual(['b', 'a', 'c']);
    expect(distinctSlideIds([])).toEqual([]);
  });
});

describe('excerptParts entities', () => {
  it('decodes decimal and hexadecimal character references and leaves unknown names as written', () => {
    expect(excerptParts('&#233;&#xE9;&#XE9;&nbsp;&AMP;&onbekend;')).toEqual([
      { text: 'ééé\u00a0&&onbekend;', marked: false },
    ]);
  });
});
