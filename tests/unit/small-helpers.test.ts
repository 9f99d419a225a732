import { describe, expect, it } from 'vitest';
import { inlineIcon, iconNamePattern } from '../../src/lib/deck/icon';
import QRCode from 'qrcode';
import { displayAddress, qrSvg } from '../../src/lib/deck/qr';
import { chartTitle } from '../../src/lib/charts/title';
import { partLabels, sectorLabel } from '../../src/lib/content/labels';

describe('inlineIcon', () => {
  it('inlines a Lucide icon without its licence comment, hidden from screen readers and sized by CSS', () => {
    const svg =
      '<!-- @license lucide-static v0.1 - ISC -->\n<svg\n  class="lucide"\n  xmlns="http://www.w3.org/2000/svg"\n  width="24"\n  height="24"\n  viewBox="0 0 24 24"\n>\n  <path d="M1 1" />\n</svg>\n';
    expect(inlineIcon(svg)).toBe(
      '<svg aria-hidden="true" focusable="false" class="lucide" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" ><path d="M1 1" /></svg>',
    );
  });

  it('accepts Lucide names only: lower-case words joined by single hyphens', () => {
    expect(
      ['baby', 'hand-heart', 'Baby', 'hand--heart', '-baby', 'baby-', '../x'].map((n) =>
        iconNamePattern.test(n),
      ),
    ).toEqual([true, true, false, false, false, false, false]);
  });
});

describe('the QR code on the closing slide', () => {
  it('prints the address as people type it, without scheme or trailing slash', () => {
    expect(
      [
        'https://kansrijkestart.nl/',
        'http://a.example/kit/',
        'a.example',
        'ftp://x.nl/',
        'x.nl/https://',
      ].map(displayAddress),
    ).toEqual(['kansrijkestart.nl', 'a.example/kit', 'a.example', 'ftp://x.nl', 'x.nl/https:/']);
  });

  it('draws a decorative SVG in the chosen colour on white', async () => {
    const svg = await qrSvg('https://kansrijkestart.nl/', '#a3195b');
    expect([
      svg.startsWith('<svg aria-hidden="true" focusable="false"'),
      svg.includes('#a3195b'),
      svg.includes('#ffffff'),
    ]).toEqual([true, true, true]);
  });

  it('draws in the site’s ink by default, with error correction M and a quiet zone of two modules', async () => {
    const url = 'https://kansrijkestart.nl/';
    const svg = await qrSvg(url);
    expect(svg).toContain('stroke="#1d2a3a"');
    expect(svg).toContain('fill="#ffffff"');
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${modules + 4} ${modules + 4}"`);
    // The same modules as a code with error correction M, not L, Q or H (which differ in their modules).
    const drawn = (level: 'L' | 'M' | 'Q' | 'H') =>
      QRCode.toString(url, { type: 'svg', errorCorrectionLevel: level, margin: 2 }).then(
        (other) => /d="([^"]+)"[^>]*\/>\s*<\/svg>/.exec(other)?.[1],
      );
    const mine = /d="([^"]+)"[^>]*\/>\s*<\/svg>/.exec(svg)?.[1];
    expect(mine).toBeDefined();
    expect(await drawn('M')).toBe(mine);
    for (const level of ['L', 'Q', 'H'] as const) expect(await drawn(level)).not.toBe(mine);
    expect(svg.match(/aria-hidden/g)).toHaveLength(1);
  });
});

describe('labels and titles', () => {
  it('names the parts of the story in Dutch', () => {
    expect(partLabels).toEqual({
      verhaal: 'Het verhaal',
      ambities: 'Ambities & speerpunten',
      ambassadeurs: 'Ambassadeurs aan het woord',
      achtergrond: 'Achtergrond',
    });
  });

  it('writes a sector with a capital, as a label', () => {
    expect(['sociaal domein', 'zorg', ''].map(sectorLabel)).toEqual(['Sociaal domein', 'Zorg', '']);
  });

  it('gives a chart’s Dutch title, with the original title beside it when there is one', () => {
    expect([
      chartTitle({ title: 'Hersenontwikkeling', originalTitle: undefined }),
      chartTitle({ title: 'Hersenontwikkeling', originalTitle: { text: 'Brain development', lang: 'en' } }),
    ]).toEqual(['Hersenontwikkeling', 'Hersenontwikkeling (origineel: ‘Brain development’)']);
  });
});
