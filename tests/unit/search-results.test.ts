import { describe, expect, it } from 'vitest';
import { excerptParts, resultLabel, resultsStatus, siteUrl } from '../../src/lib/search/results';

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
  it('says where a result leads, its part and, for an ambassador, the sector', () => {
    expect(resultLabel({ url: '/verhaal/#risicofactoren', filters: { deel: ['verhaal'] } })).toBe(
      'In het verhaal · Het verhaal',
    );
    expect(
      resultLabel({
        url: '/slides/ambassadeur-x/',
        filters: { deel: ['ambassadeurs'], sector: ['sociaal domein'] },
      }),
    ).toBe('Slide · Ambassadeurs aan het woord · Sociaal domein');
    expect(resultLabel({ url: '/slides/x/', filters: { deel: ['constructor'] } })).toBe('Slide');
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
