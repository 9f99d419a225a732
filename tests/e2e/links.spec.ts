// Crawls the build output: every internal link and anchor of every built page must resolve.
import { expect, test } from '@playwright/test';
import { brokenLinks, readBuiltSite, type BuiltSite } from './support/link-check';
import { distDir } from './support/site-pages';

function fakeSite(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return { files: new Set([...Object.keys(pages), ...otherFiles]), html: new Map(Object.entries(pages)) };
}

test.describe('the link checker', () => {
  test('reports missing files, missing anchors and deep links to slides a deck does not have', () => {
    const site = fakeSite(
      {
        'index.html':
          '<a href="/verhaal/">ok</a><a href="/verhaal/#een">ok</a><a href="/verhaal/#twee">anker weg</a>' +
          '<a href="/weg/">bestand weg</a><a href="/decks/d/#/een">ok</a><a href="/decks/d/#/drie">slide weg</a>' +
          '<a href="https://elders.example/">extern</a><link href="/_astro/site.css" rel="stylesheet"><a href="#boven">anker hier weg</a>' +
          '<script>const s = \' href="/uit-script/"\';</script>',
        'verhaal/index.html':
          '<section id="een"><a href="..">ok, relatief</a><a href="/verhaal/?q=x&amp;deel=y#een">ok</a></section>',
        'decks/d/index.html': '<div class="reveal"><section id="een"></section></div>',
      },
      ['_astro/site.css'],
    );
    expect(brokenLinks(site)).toEqual([
      '/ → #boven: no element with id "boven"',
      '/ → /decks/d/#/drie: no slide "drie" in that deck',
      '/ → /verhaal/#twee: no element with id "twee"',
      '/ → /weg/: no such file',
    ]);
  });
});

test.describe('the built site', () => {
  test('every internal link and anchor in every built page resolves', () => {
    const site = readBuiltSite(distDir);
    expect(site.html.size).toBeGreaterThan(10);
    expect(brokenLinks(site)).toEqual([]);
  });
});
