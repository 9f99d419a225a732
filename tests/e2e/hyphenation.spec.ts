// Dutch hyphenation (issue 19): long compounds on the stage break at a syllable with a visible
// hyphen, while search, speaker notes and copied text keep whole words (src/lib/hyphenation).
import { expect, test, type Page } from '@playwright/test';
import { SearchPage } from './support/search-page';
import { zipPart, zipParts } from './support/export-files';
import { encodeRemix, type RemixDeck } from '../../src/lib/remix/link';

const SHY = '\u00AD';

/** Per word of the card and slide titles on the present slide: where it breaks over lines, if at all. */
function titleBreaks(page: Page) {
  return page.locator('.reveal .slides section.present').evaluate((section) => {
    const breaks: { word: string; before: string }[] = [];
    for (const title of section.querySelectorAll('.card__title, .slide-title')) {
      const node = [...title.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
      );
      if (node === undefined) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const start = match.index;
        // A growing prefix of the word: the first length whose boxes sit on two lines ends just past the break.
        const lines = (end: number) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
            .size;
        };
        for (let end = start + 2; end <= start + match[0].length; end += 1) {
          if (lines(end) > 1) {
            // The soft hyphen sits right before the first character of the new line.
            const at = text.slice(end - 3, end - 1);
            breaks.push({
              word: match[0].replaceAll('\u00AD', ''),
              before: at.includes('\u00AD') ? '\u00AD' : at,
            });
            break;
          }
        }
      }
    }
    return breaks;
  });
}

test.describe('Dutch hyphenation', () => {
  for (const [deck, slide, word] of [
    ['actieprogramma-2018', 'actieprogramma-2018-actielijn-na-geboorte', 'opvoedingsondersteuning'],
    ['structurele-aanpak-2026-2030', 'aanpak-2026-rol-vws', 'Communicatiestrategie'],
  ] as const) {
    test(`"${word}" breaks only at a syllable, with a hyphen (${slide})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/decks/${deck}/#/${slide}`);
      await expect(page.locator('html')).toHaveAttribute('data-deck-complete', 'true');
      const breaks = await titleBreaks(page);
      expect(breaks.map((b) => b.word)).toContain(word);
      // Every word that runs over two lines breaks at a soft hyphen, which the browser shows as "-".
      for (const b of breaks) expect(b, `${b.word} breaks mid-word`).toEqual({ word: b.word, before: SHY });
    });
  }

  test('copying a card title gives the whole word, and the speaker notes have none', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/decks/actieprogramma-2018/#/actieprogramma-2018-actielijn-na-geboorte');
    await expect(page.locator('html')).toHaveAttribute('data-deck-complete', 'true');
    const title = page.locator('section.present .card__title', { hasText: 'Laagdrempelige' });
    expect(await title.textContent()).toContain(SHY);
    await title.selectText();
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Laagdrempelige opvoedingsondersteuning',
    );
    const notes = await page.locator('aside.notes').allTextContents();
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.filter((text) => text.includes(SHY))).toEqual([]);
  });

  test('the PowerPoint of a hyphenated slide has whole words, in the slide and its notes', async ({
    page,
  }, testInfo) => {
    await page.goto('/slides/actieprogramma-2018-actielijn-na-geboorte/');
    expect(await page.locator('.slide-view').first().textContent()).toContain(SHY);
    const menu = page.locator('details[data-take-along]');
    await menu.getByText('Downloaden', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Download als PowerPoint' }).click(),
    ]);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const xml = zipParts(file)
      .filter((part) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(part))
      .map((part) => zipPart(file, part));
    expect(xml.join('')).toContain('opvoedingsondersteuning');
    expect(xml.filter((part) => part.includes(SHY) || /&#(173|xAD);/i.test(part))).toEqual([]);
  });

  test('search finds hyphenated compounds and shows them whole', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/');
    for (const word of ['opvoedingsondersteuning', 'Preconceptievoorlichting']) {
      expect(await search.search(word), word).toBeGreaterThan(0);
      const excerpts = await search.results.allTextContents();
      expect(excerpts.join(' ').toLowerCase()).toContain(word.toLowerCase());
      expect(excerpts.filter((text) => text.includes(SHY))).toEqual([]);
    }
  });
});

test.describe('plain zeros (issue 19, numbers)', () => {
  test('digits in body text and on chart labels use the plain-zero face, letters stay Atkinson', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/decks/het-verhaal/#/hersenontwikkeling');
    await expect(page.locator('html')).toHaveAttribute('data-deck-complete', 'true');
    await expect(page.locator('section.present [data-chart-state="drawn"]')).toHaveCount(1, {
      timeout: 15_000,
    });
    // What the renderer really drew the title "… eerste 1.000 dagen gelegd" with, per font.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: 'section.present .slide-title',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const families = Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
    expect(families['Lexend'], JSON.stringify(families)).toBe(4); // "1.000": the digits 1, 0, 0, 0
    expect(families['Atkinson Hyperlegible'], JSON.stringify(families)).toBeGreaterThan(20);
    // A canvas never asks for a font: the chart code loads the digits face and draws with it.
    const chart = await page
      .locator('section.present .chart__canvas')
      .first()
      .evaluate((canvas) => ({
        family: getComputedStyle(canvas).fontFamily,
        loaded: [...document.fonts].filter(
          (f) => f.family.replaceAll(/["']/g, '') === 'Kit Cijfers' && f.status === 'loaded',
        ).length,
      }));
    expect(chart.family).toMatch(/^["']?Kit Cijfers/);
    expect(chart.loaded).toBeGreaterThan(0);
  });
});

test.describe('own text in a remix', () => {
  const compound = 'Jeugdgezondheidszorgprofessionals'; // 33 letters
  const deck = (title: string, slideTitle: string): RemixDeck => ({
    title,
    slides: ['_1', 'hersenontwikkeling'],
    cover: { subtitle: '', presenter: 'Anna de Vries', organisation: '', date: '', place: '' },
    own: [{ key: '_1', title: slideTitle, bullets: ['Wat we samen doen'] }],
  });
  const patternChunk = /\/_astro\/dutch\.[\w-]+\.js$/;

  for (const screen of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`a ${compound.length}-letter compound in an own title and cover stays in its box at ${screen.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`/presenteer/${encodeRemix(deck(`${compound} samen`, `Met ${compound}`))}`);
      await expect(page.locator('html')).toHaveAttribute('data-deck-complete', 'true');
      expect(fetched.filter((path) => patternChunk.test(path))).toHaveLength(1);
      for (const selector of [
        'section[data-own-slide="cover"] .slide-title',
        'section[data-own-slide="default"] .slide-title',
      ]) {
        const title = page.locator(selector);
        expect(await title.textContent(), selector).toContain(SHY);
        const box = await title.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const outer = el.getBoundingClientRect();
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          return {
            overflow: el.scrollWidth - el.clientWidth,
            outside: rects.filter((r) => r.left < outer.left - 1 || r.right > outer.right + 1).length,
          };
        });
        expect(box, selector).toEqual({ overflow: 0, outside: 0 });
      }
    });
  }

  test('a remix without long own words never fetches the Dutch patterns', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/presenteer/${encodeRemix(deck('Onze aanpak', 'Wat we doen'))}`);
    await expect(page.locator('html')).toHaveAttribute('data-deck-complete', 'true');
    await page.goto('/decks/het-verhaal/');
    await expect(page.locator('html')).toHaveAttribute('data-deck-complete', 'true');
    expect(fetched.filter((path) => patternChunk.test(path))).toEqual([]);
  });
});
