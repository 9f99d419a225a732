import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { DeckPlayer } from './support/deck-player';
import {
  convertToPdf,
  layoutProblems,
  numberedParts,
  pdfPages,
  pdfText,
  pdfTextBlocks,
  squash,
  xmlParagraphs,
  zipPart,
  zipParts,
} from './support/export-files';
import { fontPx, isUpright, overlappingWords, pageKey, pdfWords, wordKey } from './support/pdf-words';
import { builtSiteAddress } from './support/site-pages';

/** A remix with a list, a line chart beside a quote, a chart with ranges and an ambassador's quote. */
const remixSlides = [
  'risicofactoren',
  'financieel-aantrekkelijk',
  'scenario-1500-kosten-grafiek',
  'ambassadeur-tessa-roseboom',
];
const remixPath = `/presenteer/?titel=Voor+de+raad&slides=${remixSlides.join(',')}`;

/** The deck player's "Downloaden" menu, as a visitor uses it. */
function takeAlong(page: Page) {
  const menu = page.locator('details[data-take-along]');
  return {
    async open() {
      await menu.getByText('Downloaden', { exact: true }).click();
    },
    item: (name: string) =>
      menu.getByRole(
        name.startsWith('Download als PowerPoint') || name === 'Download voor offline' ? 'button' : 'link',
        { name },
      ),
    menu,
  };
}

async function notesOf(page: Page, sections = '.reveal .slides > section'): Promise<string[]> {
  return page
    .locator(`${sections} aside.notes`)
    .evaluateAll((asides) => asides.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The text of a slide part, without its markup (runs of one paragraph joined). */
const xmlText = (xml: string) =>
  xml
    .replace(/<\/a:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

test.describe('Download als PowerPoint', () => {
  test('turns a remix with charts, a list and an ambassador quote into an editable .pptx that LibreOffice opens', async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const deck = new DeckPlayer(page);
    await deck.open(remixPath);
    // The chosen slides, with the cover, part dividers and closing slide the player adds.
    const ids = await deck.allIds();
    expect(remixSlides.filter((id) => ids.includes(id))).toEqual(remixSlides);
    const titles = await page.locator('.reveal .slides > section .slide-title').allTextContents();
    const notes = await notesOf(page);
    expect(titles).toHaveLength(ids.length);
    const xmlOf = (id: string) => slideXml[ids.indexOf(id)]!;

    const menu = takeAlong(page);
    await menu.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.item('Download als PowerPoint').click(),
    ]);
    expect(download.suggestedFilename()).toBe('voor-de-raad.pptx');
    const file = testInfo.outputPath('voor-de-raad.pptx');
    await download.saveAs(file);
    await expect(menu.menu.getByRole('status')).toHaveText('Klaar: voor-de-raad.pptx staat in je downloads.');

    const parts = zipParts(file);
    const slideParts = parts
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(slideParts).toHaveLength(ids.length);
    expect(parts.filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p))).toHaveLength(ids.length);
    const charts = parts.filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
    // One line chart (Heckman) and one stacked bar chart per scenario for the ranges.
    expect(charts).toHaveLength(4);

    const slideXml = slideParts.map((part) => zipPart(file, part));
    slideXml.forEach((xml, index) => {
      const text = squash(xmlText(xml));
      expect(text, `title of slide ${index + 1}`).toContain(squash(titles[index]!));
      // A font every computer has (Impress uses its metric twin): nothing moves when it is substituted.
      expect(xml).toContain('typeface="Arial"');
      expect(xml).not.toContain('Atkinson');
    });
    for (const id of remixSlides)
      expect(squash(xmlText(xmlOf(id))), `source line of ${id}`).toMatch(/Bron(nen)?:/);
    // The ambassador's quote with name and role.
    expect(squash(xmlText(xmlOf('ambassadeur-tessa-roseboom')))).toMatch(/Tessa Roseboom/);
    expect(squash(xmlText(xmlOf('ambassadeur-tessa-roseboom')))).toMatch(/hoogleraar/i);
    // Speaker notes in PowerPoint's notes, in slide order.
    const noteParts = parts
      .filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    noteParts.forEach((part, index) =>
      expect(squash(xmlText(zipPart(file, part)))).toContain(notes[index]!.slice(0, 60)),
    );

    // Native charts from the datasets: the Heckman curve as a line, the ranges as stacked bars.
    const chartXml = charts.map((part) => zipPart(file, part));
    const line = chartXml.find((xml) => xml.includes('<c:lineChart>'))!;
    expect(line).toBeDefined();
    for (const value of [100, 78, 55, 36, 20]) expect(line).toContain(`<c:v>${value}</c:v>`);
    const bars = chartXml.filter((xml) => xml.includes('<c:barChart>'));
    expect(bars).toHaveLength(3);
    for (const xml of bars) expect(xml).toContain('<c:grouping val="stacked"/>');
    // Scenario 3's total of 40–50: an invisible 40 and a visible 10, never a midpoint of 45.
    const scenario3 = bars.find((xml) => xml.includes(escapeXml('Scenario 3')))!;
    expect(scenario3).toContain('<a:noFill/>');
    expect(scenario3).toContain('<c:v>40</c:v>');
    expect(scenario3).not.toContain('<c:v>45</c:v>');
    // The true amounts are written out in a table on the slide.
    expect(xmlText(xmlOf('scenario-1500-kosten-grafiek'))).toContain('40–50');

    testInfo.annotations.push({ type: 'pptx', description: `${statSync(file).size} bytes` });
  });

  test('exports the builder’s own deck', async ({ page }, testInfo) => {
    await page.goto('/maak/');
    await page.evaluate(() =>
      localStorage.setItem(
        'verhaalkit:mijn-presentatie',
        JSON.stringify({
          version: 1,
          title: 'Eigen deck',
          slides: ['eerste-1000-dagen', 'ambassadeur-tessa-roseboom'],
        }),
      ),
    );
    await page.reload();
    await page.getByRole('button', { name: 'Verder met mijn presentatie' }).click();
    const menu = takeAlong(page);
    await menu.open();
    // The same link as the builder's share link (slide versions included), plus the print flags.
    await expect(menu.item('Download als PDF')).toHaveAttribute(
      'href',
      /^\/presenteer\/\?titel=Eigen\+deck&slides=eerste-1000-dagen,ambassadeur-tessa-roseboom&versies=[\w-]{8}&print-pdf&afdrukken$/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.item('Download als PowerPoint').click(),
    ]);
    expect(download.suggestedFilename()).toBe('eigen-deck.pptx');
    const file = testInfo.outputPath('eigen-deck.pptx');
    await download.saveAs(file);
    // As the player shows it: the title the user gave on the cover, a divider before each of the
    // two parts, the two chosen slides and the closing slide (the player's count is checked in
    // builder-own-figures.spec.ts).
    expect(zipParts(file).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(6);
  });

  test('offers no PDF or hand-out link for a builder deck too large for a link, and says why in Dutch', async ({
    page,
  }) => {
    // Twenty own slides full of text that does not compress: the short link exceeds its limit.
    let seed = 7;
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const noise = (length: number) =>
      Array.from({ length }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return alphabet[Math.floor((seed / 2 ** 31) * alphabet.length)];
      }).join('');
    const own = Array.from({ length: 20 }, (_, i) => ({
      key: `_${i + 1}`,
      title: noise(120),
      bullets: Array.from({ length: 6 }, () => noise(160)),
    }));
    await page.goto('/maak/');
    await page.evaluate(
      (saved) => localStorage.setItem('verhaalkit:mijn-presentatie', JSON.stringify(saved)),
      { version: 1, title: 'Te groot', slides: ['eerste-1000-dagen', ...own.map((o) => o.key)], own },
    );
    await page.reload();
    await page.getByRole('button', { name: 'Verder met mijn presentatie' }).click();
    const menu = takeAlong(page);
    await menu.open();
    await expect(
      page.getByText(/PDF en hand-out gaan via een link, en deze presentatie is daar te groot voor/),
    ).toBeVisible();
    for (const kind of ['pdf', 'handout']) {
      const link = menu.menu.locator(`a[data-export="${kind}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toBeHidden();
    }
    // The PowerPoint stays on offer: it needs no link.
    await expect(menu.item('Download als PowerPoint')).toBeVisible();
  });

  test('is offered on a slide page for that one slide', async ({ page }, testInfo) => {
    await page.goto('/slides/hersenontwikkeling/');
    const menu = takeAlong(page);
    await menu.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.item('Download als PowerPoint').click(),
    ]);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const parts = zipParts(file);
    expect(parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toEqual(['ppt/slides/slide1.xml']);
    expect(parts.some((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
  });
});

/** The browser's print dialog cannot be driven in a test: record the call instead. */
async function recordPrinting(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
}

/** Follows a menu link that opens in a new tab, and waits until that page has printed itself. */
async function openAndPrint(page: Page, name: string): Promise<Page> {
  const menu = takeAlong(page);
  await menu.open();
  const [printed] = await Promise.all([page.context().waitForEvent('page'), menu.item(name).click()]);
  await expect(printed.locator('html[data-printed="true"]')).toHaveCount(1, { timeout: 45_000 });
  return printed;
}

test.describe('Download als PDF', () => {
  test('prints a deck one slide per page, with every chart in its final state and each slide’s title', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await recordPrinting(page);
    const deck = new DeckPlayer(page);
    await deck.open('/decks/investeren-loont/');
    const titles = await page.locator('.reveal .slides > section .slide-title').allTextContents();
    const printView = await openAndPrint(page, 'Download als PDF');
    expect(new URL(printView.url()).search).toBe('?print-pdf&afdrukken');
    // Drawn once, without animation; the player's own buttons are not on the pages.
    const charts = await printView
      .locator('figure[data-chart]')
      .evaluateAll((figures) =>
        figures.map((f) => [
          (f as HTMLElement).dataset['chartState'],
          (f as HTMLElement).dataset['chartAnimations'] ?? '0',
        ]),
      );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts).toEqual(charts.map(() => ['drawn', '0']));
    await printView.emulateMedia({ media: 'print' });
    await expect(printView.locator('details[data-take-along]')).toBeHidden();
    await expect(printView.locator('.deck-exit')).toBeHidden();

    const file = testInfo.outputPath('investeren-loont.pdf');
    await printView.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(file)).toBe(titles.length);
    const found = titles.map((title, index) => squash(pdfText(file, index + 1)).includes(squash(title)));
    expect(found).toEqual(titles.map(() => true));
  });

  test('prints the hand-out of a remix, filled in the browser', async ({ page }, testInfo) => {
    await recordPrinting(page);
    const deck = new DeckPlayer(page);
    await deck.open(remixPath);
    // The hand-out has every slide the player shows: cover, dividers, the chosen slides, the closing slide.
    const shown = await page.locator('.reveal .slides > section').count();
    const notes = await notesOf(page, '.reveal .slides > section:not([data-generated])');
    const handout = await openAndPrint(page, 'Download hand-out (PDF)');
    await expect(handout.getByRole('heading', { level: 1 })).toHaveText('Hand-out: Voor de raad');
    await expect(handout.locator('.handout-slide')).toHaveCount(shown);
    const file = testInfo.outputPath('hand-out-remix.pdf');
    await handout.pdf({ path: file, format: 'A4', printBackground: true });
    const text = squash(pdfText(file, undefined, 'raw'));
    for (const note of notes) expect(text).toContain(note.slice(0, 60));
  });
});

/** Opens an offline file from disk in a fresh browser context with the network off and every non-file request blocked. */
async function openOffline(browser: Browser, file: string) {
  const context = await browser.newContext();
  await context.setOffline(true);
  const requested: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requested.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  return { context, page, requested };
}

test.describe('Download voor offline', () => {
  test('gives one HTML file of a ready-made deck that presents from file:// without network: navigation, charts, speaker view', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const deck = new DeckPlayer(page);
    await deck.open('/decks/investeren-loont/');
    const ids = await deck.allIds();
    const menu = takeAlong(page);
    await menu.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.menu.getByRole('link', { name: 'Download voor offline' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('investeren-loont.html');
    const file = testInfo.outputPath('usb-stick', 'investeren-loont.html');
    await download.saveAs(file);

    const offline = await openOffline(browser, file);
    const player = new DeckPlayer(offline.page);
    expect(await player.allIds()).toEqual(ids);
    await player.expectCurrent(ids[0]!);
    await offline.page.keyboard.press('ArrowRight');
    await player.expectCurrent(ids[1]!);
    // The font is inside the file.
    expect(
      await offline.page.evaluate(
        async () => (await document.fonts.ready, document.fonts.check('700 20px "Atkinson Hyperlegible"')),
      ),
    ).toBe(true);

    // A chart paints when its slide comes up.
    const chartSlide = (await offline.page
      .locator('.reveal .slides > section:has(figure[data-chart])')
      .first()
      .getAttribute('id'))!;
    await offline.page.evaluate((id) => (window.location.hash = `#/${id}`), chartSlide);
    await player.expectCurrent(chartSlide);
    const figure = player.current.locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-chart-state', 'drawn', { timeout: 10_000 });
    const painted = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
      return inked;
    });
    expect(painted).toBeGreaterThan(1000);

    // The Dutch speaker view opens with the notes of the current slide.
    const notes = (await player.current.locator('aside.notes > p').first().textContent())!
      .replace(/\s+/g, ' ')
      .trim();
    const [speaker] = await Promise.all([
      offline.page.waitForEvent('popup'),
      offline.page.keyboard.press('s'),
    ]);
    await expect(speaker.getByRole('region', { name: 'Notities' })).toContainText(notes.slice(0, 40), {
      timeout: 15_000,
    });
    await expect(speaker.getByText(/^Verstreken \d+:\d\d$/)).toBeVisible();

    expect(offline.requested).toEqual([]);
    await offline.context.close();
  });

  test('builds the offline file of a remix in the browser', async ({ page, browser }, testInfo) => {
    const deck = new DeckPlayer(page);
    await deck.open(remixPath);
    const menu = takeAlong(page);
    await menu.open();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.item('Download voor offline').click(),
    ]);
    expect(download.suggestedFilename()).toBe('voor-de-raad.html');
    const file = testInfo.outputPath('voor-de-raad.html');
    await download.saveAs(file);
    const offline = await openOffline(browser, file);
    await expect(offline.page).toHaveTitle(/^Voor de raad/);
    expect(await new DeckPlayer(offline.page).slideIds()).toEqual(remixSlides);
    expect(offline.requested).toEqual([]);
    await offline.context.close();
  });
});

test('exports the full story deck as PowerPoint, PDF, hand-out and offline file, and reports time and size of each', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await recordPrinting(page);
  const deck = new DeckPlayer(page);
  await deck.open('/decks/het-verhaal/');
  const titles = await page.locator('.reveal .slides > section .slide-title').allTextContents();
  const menu = takeAlong(page);
  const figures: string[] = [];
  const report = (what: string, started: number, file: string) =>
    figures.push(
      `${what} ${((performance.now() - started) / 1000).toFixed(1)} s, ${(statSync(file).size / 1024).toFixed(0)} KB`,
    );

  await menu.open();
  let started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.item('Download als PowerPoint').click(),
  ]);
  const pptx = testInfo.outputPath('het-verhaal.pptx');
  await download.saveAs(pptx);
  report('PowerPoint', started, pptx);
  expect(zipParts(pptx).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(titles.length);
  // The closing slide carries the QR code to the site, as on the projected slide; a build
  // without SITE_URL has no address and so no QR code, there or here.
  const lastSlide = zipPart(pptx, `ppt/slides/slide${titles.length}.xml`);
  if (builtSiteAddress() === undefined) {
    expect(lastSlide).not.toContain('QR-code naar de website');
  } else {
    expect(lastSlide).toContain('<p:pic>');
    expect(lastSlide).toContain('QR-code naar de website');
    expect(zipParts(pptx).some((p) => /^ppt\/media\/.+\.svg$/.test(p))).toBe(true);
  }

  started = performance.now();
  const [printView] = await Promise.all([
    page.context().waitForEvent('page'),
    menu.item('Download als PDF').click(),
  ]);
  await expect(printView.locator('html[data-printed="true"]')).toHaveCount(1, { timeout: 60_000 });
  const pdf = testInfo.outputPath('het-verhaal.pdf');
  await printView.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  report('PDF', started, pdf);
  expect(pdfPages(pdf)).toBe(titles.length);

  started = performance.now();
  const [handoutView] = await Promise.all([
    page.context().waitForEvent('page'),
    menu.item('Download hand-out (PDF)').click(),
  ]);
  await expect(handoutView.locator('html[data-printed="true"]')).toHaveCount(1, { timeout: 60_000 });
  const handout = testInfo.outputPath('het-verhaal-hand-out.pdf');
  await handoutView.pdf({ path: handout, format: 'A4', printBackground: true });
  report('hand-out', started, handout);

  started = performance.now();
  const [offline] = await Promise.all([
    page.waitForEvent('download'),
    menu.menu.getByRole('link', { name: 'Download voor offline' }).click(),
  ]);
  const html = testInfo.outputPath('het-verhaal.html');
  await offline.saveAs(html);
  report('offline', started, html);

  // The PowerPoint as Impress shows it, every slide on one sheet.
  const impress = convertToPdf(pptx, testInfo.outputPath('impress'));
  const sheet = testInfo.outputPath('het-verhaal-impress.png');
  if (contactSheet(impress, sheet)) testInfo.annotations.push({ type: 'contact sheet', description: sheet });

  const line = `het-verhaal (${titles.length} slides): ${figures.join('; ')}`;
  testInfo.annotations.push({ type: 'export figures', description: line });
  console.log(line);
});

/** Every ready-made deck, and a remix, exported the way a visitor would. */
const readyMade = readdirSync('content/decks')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => (load(readFileSync(join('content/decks', name), 'utf8')) as { id: string }).id)
  .sort();
const remixQuery = `?titel=Voor+de+raad&slides=${remixSlides.join(',')}`;
const exportedDecks = [
  ...readyMade.map((id) => ({
    name: id,
    path: `/decks/${id}/`,
    print: `/decks/${id}/?print-pdf&afdrukken`,
    handout: `/decks/${id}/hand-out/`,
  })),
  {
    name: 'de remix “Voor de raad”',
    path: remixPath,
    print: `/presenteer/${remixQuery}&print-pdf&afdrukken`,
    handout: `/presenteer/hand-out/${remixQuery}`,
  },
];

/** What a slide shows, read from the rendered deck: the model each export is checked against. */
interface SlideFacts {
  id: string;
  title: string;
  /** Each paragraph, list item, heading, quote and caption of the projected content, in order. */
  paragraphs: string[];
  /** Speaker-note paragraphs. */
  notes: string[];
  /** Paragraphs of the reading text (<Toelichting>), which is not projected. */
  reading: string[];
  /** A cover, part divider or closing slide the player made (not in the hand-out). */
  generated: boolean;
  /** The source line on the projected slide ("Bron: Heckman, 2008") or the programme statement. */
  sourceLine: string[];
  /** The full references the deck puts in the notes. */
  references: string[];
  charts: number;
}

function slideFacts(page: Page): Promise<SlideFacts[]> {
  return page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => {
      // As a person reads it: the build's soft hyphens (break points only) are no characters.
      const squash = (text: string | null | undefined) =>
        (text ?? '')
          .replace(/\u00AD/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      // A kit slide's content; a generated cover, part or closing slide has only its view.
      const content = section.querySelector('.slide-content') ?? section.querySelector('.slide-view');
      const notProjected =
        '.toelichting, [data-reading-text], figure[data-chart], details, .back-to-guide, table, script, .slide-title, .slide-sources';
      // Decoration hidden from assistive technology (reveal also hides whole slides that way).
      const decoration = (el: Element) => {
        for (let node: Element | null = el; node !== null && node !== content; node = node.parentElement)
          if (node.getAttribute('aria-hidden') === 'true') return true;
        return false;
      };
      // Reading-page wording is not projected (stage.css): leave it out of what a slide shows.
      const shown = content?.cloneNode(true) as Element | undefined;
      shown?.querySelectorAll('.external-link__host, .back-to-guide').forEach((el) => el.remove());
      const paragraphs: string[] = [];
      for (const el of shown?.querySelectorAll('p, li, h3, h4, h5, h6, blockquote, figcaption, .lead') ??
        []) {
        if (el.closest(notProjected) !== null || decoration(el)) continue;
        // Paragraphs inside a list item, a quote or a lead belong to that one paragraph.
        if (el.matches('p') && el.parentElement?.closest('li, blockquote, .lead') != null) continue;
        if (el.matches('.card__title')) {
          const label = squash(el.querySelector('.card__label')?.textContent);
          const title = squash(
            [...el.childNodes]
              .filter((n) => !(n instanceof Element && n.matches('.card__label')))
              .map((n) => n.textContent)
              .join(''),
          );
          paragraphs.push(label === '' ? title : `${label} ${title}`);
        } else if (el.matches('.fact__caption')) {
          // A key figure's label (with its date) and its short source are two paragraphs.
          paragraphs.push(squash(el.querySelector('.fact__label')?.textContent));
          paragraphs.push(squash(el.querySelector('.fact__source')?.textContent));
        } else if (el.matches('figcaption') && el.querySelector('strong') !== null) {
          paragraphs.push(squash(el.querySelector('strong')!.textContent));
          const role = squash(el.querySelector('.quote__role')?.textContent);
          if (role !== '') paragraphs.push(role);
        } else if (el.matches('li')) {
          const own = el.cloneNode(true) as Element;
          own.querySelectorAll('ul, ol').forEach((list) => list.remove());
          paragraphs.push(squash(own.textContent));
        } else {
          paragraphs.push(squash(el.textContent));
        }
      }
      const notes = section.querySelector('aside.notes');
      // What exports write of a paragraph: without the reading page's "(externe link naar …)".
      const written = (el: Element) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('.external-link__host').forEach((host) => host.remove());
        return squash(copy.textContent);
      };
      const reading = '.toelichting, [data-reading-text], .notes__reading';
      return {
        id: section.id,
        generated: section.hasAttribute('data-generated'),
        title: squash(section.querySelector('.slide-title')?.textContent),
        paragraphs: paragraphs.filter((text) => text !== ''),
        notes: [...(notes?.querySelectorAll('p') ?? [])]
          .filter((p) => p.closest(`${reading}, .notes__sources`) === null)
          .map(written)
          .filter((text) => text !== ''),
        reading: [...section.querySelectorAll(`:is(${reading}) :is(p, li)`)]
          .map(written)
          .filter((text) => text !== ''),
        sourceLine: [...section.querySelectorAll('.slide-view > .slide-sources :is(p, li)')]
          .map((item) => squash(item.textContent))
          .filter((text) => text !== ''),
        references: [...(notes?.querySelectorAll('.notes__sources li') ?? [])].map((li) =>
          squash(li.textContent),
        ),
        charts: section.querySelectorAll('.slide-view figure[data-chart]').length,
      };
    }),
  );
}

test.describe('Every deck exported', () => {
  for (const deck of exportedDecks) {
    test(`${deck.name}: the PowerPoint has the slides' own paragraphs in Dutch, notes and native charts, and Impress lays it out without overlap`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(240_000);
      const player = new DeckPlayer(page);
      await player.open(deck.path);
      const slides = await slideFacts(page);
      const menu = takeAlong(page);
      await menu.open();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.item('Download als PowerPoint').click(),
      ]);
      const file = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(file);
      const parts = zipParts(file);

      // One slide and one notes page per slide; at least one native chart part per chart.
      const slideParts = numberedParts(parts, /^ppt\/slides\/slide\d+\.xml$/);
      const noteParts = numberedParts(parts, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
      expect(slideParts).toHaveLength(slides.length);
      expect(noteParts).toHaveLength(slides.length);
      const chartParts = numberedParts(parts, /^ppt\/charts\/chart\d+\.xml$/);
      const charts = slides.reduce((sum, slide) => sum + slide.charts, 0);
      expect(chartParts.length).toBeGreaterThanOrEqual(charts);
      if (charts === 0) expect(chartParts).toHaveLength(0);

      // Every run in every part is Dutch, so PowerPoint spell-checks in Dutch.
      const notDutch = parts
        .filter((part) => part.startsWith('ppt/') && part.endsWith('.xml'))
        .flatMap((part) =>
          [...zipPart(file, part).matchAll(/<a:rPr\b[^>]*>/g)]
            .map(([tag]) => tag)
            .filter((tag) => !tag.includes('lang="nl-NL"'))
            .map((tag) => `${part}: ${tag}`),
        );
      expect(notDutch).toEqual([]);

      slides.forEach((slide, index) => {
        const xml = zipPart(file, slideParts[index]!);
        const paragraphs = xmlParagraphs(xml);
        // Each paragraph of the slide is one paragraph in PowerPoint: none split, none merged.
        const missing = [slide.title, ...slide.paragraphs].filter((text) => !paragraphs.includes(text));
        expect(missing, `paragraphs of slide ${index + 1} (${slide.id})`).toEqual([]);
        // Bullets are PowerPoint's own, never typed characters.
        expect(
          paragraphs.filter((text) => /^[•▪◦-] /.test(text)),
          slide.id,
        ).toEqual([]);
        // The short source on the slide, the full references in the notes with the speaker notes.
        const notes = xmlParagraphs(zipPart(file, noteParts[index]!));
        for (const line of slide.sourceLine) expect(paragraphs, `source line of ${slide.id}`).toContain(line);
        for (const reference of slide.references)
          expect(notes, `references in the notes of ${slide.id}`).toContain(reference);
        for (const note of slide.notes) expect(notes, `speaker notes of ${slide.id}`).toContain(note);
        // The reading text is spoken, not projected: in the notes, not on the slide.
        for (const text of slide.reading) {
          expect(notes, `reading text in the notes of ${slide.id}`).toContain(text);
          if (!slide.paragraphs.includes(text))
            expect(paragraphs, `reading text on slide ${slide.id}`).not.toContain(text);
        }
        expect(notes.join(' ').trim(), `notes of ${slide.id}`).not.toBe('');
      });

      // Impress opens it: a page per slide, every text on its page and clear of every other text.
      const pdf = convertToPdf(file, testInfo.outputPath('impress'));
      const pages = pdfTextBlocks(pdf);
      expect(pages).toHaveLength(slides.length);
      expect(layoutProblems(pages)).toEqual([]);
    });

    for (const path of ['menu', 'reveal'] as const)
      test(`${deck.name}: the PDF ${path === 'menu' ? 'of "Download als PDF"' : 'of reveal.js’s ?print-pdf'} prints every slide whole on its own page, at projected size, with its source line, charts drawn, no screen-only controls`, async ({
        page,
      }, testInfo) => {
        test.setTimeout(120_000);
        await recordPrinting(page);
        await page.goto(deck.path);
        await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
        const slides = await slideFacts(page);
        if (path === 'menu') {
          await page.goto(deck.print);
          await expect(page.locator('html[data-printed="true"]')).toHaveCount(1, { timeout: 60_000 });
        } else {
          // The address the README names and other tools use: reveal's print view, nothing of ours asked for.
          await page.goto(deck.print.replace('&afdrukken', ''));
          await expect(page.locator('.reveal .pdf-page')).toHaveCount(slides.length, { timeout: 30_000 });
          await expect(page.locator('figure[data-chart]:not([data-chart-state="drawn"])')).toHaveCount(0, {
            timeout: 30_000,
          });
          await page.evaluate(() => document.fonts.ready);
        }
        await page.emulateMedia({ media: 'print' });
        const states = await page
          .locator('figure[data-chart]')
          .evaluateAll((figures) => figures.map((f) => (f as HTMLElement).dataset['chartState']));
        expect(states).toEqual(states.map(() => 'drawn'));
        await expect(page.locator('details.chart__data:visible')).toHaveCount(0);
        const file = testInfo.outputPath('deck.pdf');
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        expect(pdfPages(file)).toBe(slides.length);
        expect(pdfText(file)).not.toContain('Tabel met de cijfers');
        const pages = pdfWords(file);
        expect(pages).toHaveLength(slides.length);
        const problems: string[] = [];
        const figures: number[][] = [];
        slides.forEach((slide, index) => {
          const where = `p. ${index + 1} (${slide.id})`;
          const onPage = pageKey(pages[index]!);
          const absent = (text: string) =>
            text
              .split(/\s+/)
              .map(wordKey)
              .filter((word) => word !== '' && !onPage.includes(word));
          // Every word the slide projects is on its own page: title, body and source line.
          const missing = [slide.title, ...slide.paragraphs].flatMap(absent);
          if (missing.length > 0) problems.push(`${where}: ontbreekt ${missing.slice(0, 6).join(' ')}`);
          const source = slide.sourceLine.flatMap(absent);
          if (source.length > 0) problems.push(`${where}: bronregel ontbreekt (${source.join(' ')})`);
          // Printed as projected: sizes in stage px (the page is the stage plus reveal's margin).
          const flat = pages[index]!.words.filter((word) => !isUpright(word));
          const sizes = flat.map(fontPx).sort((a, b) => a - b);
          const smallest = sizes[0] ?? 0;
          if (smallest < 13.5) problems.push(`${where}: tekst van ${smallest.toFixed(1)} px`);
          const sourceWords = new Set(slide.sourceLine.flatMap((line) => line.split(/\s+/).map(wordKey)));
          const body = flat.filter((word) => !sourceWords.has(wordKey(word.text))).map(fontPx);
          const largest = Math.max(0, ...body);
          if (largest < 30) problems.push(`${where}: grootste tekst ${largest.toFixed(1)} px`);
          figures.push([smallest, largest]);
          const over = overlappingWords(pages[index]!);
          if (over.length > 0) problems.push(`${where}: tekst over tekst: ${over.slice(0, 3).join('; ')}`);
        });
        testInfo.annotations.push({
          type: 'print sizes',
          description: `smallest ${Math.min(...figures.map((f) => f[0]!)).toFixed(1)} px, smallest largest ${Math.min(...figures.map((f) => f[1]!)).toFixed(1)} px`,
        });
        expect(problems).toEqual([]);
      });

    test(`${deck.name}: the hand-out has per slide a miniature that draws its chart, the notes and the sources`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await page.goto(deck.path);
      await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
      // A ready-made deck's hand-out has the deck's own slides, not the cover, dividers and closing
      // slide the player makes; a remix's hand-out has what its player shows (issue 21).
      const remix = deck.path.startsWith('/presenteer/');
      const slides = (await slideFacts(page)).filter((slide) => remix || !slide.generated);
      await page.goto(deck.handout);
      await expect(page.locator('html[data-handout-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
      const articles = page.locator('.handout-slide');
      await expect(articles).toHaveCount(slides.length);
      // Each miniature's slide fits its stage, and draws its charts.
      const miniatures = await articles.evaluateAll((list) =>
        list.map((article) => {
          const stage = article.querySelector<HTMLElement>('.handout-slide__stage')!;
          const view = stage.querySelector<HTMLElement>('.slide-view')!;
          const sources = view.querySelector('.slide-sources');
          const stageBox = stage.getBoundingClientRect();
          const inked = [...stage.querySelectorAll('canvas')].map((canvas) => {
            const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
            let count = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
            return count;
          });
          return {
            id: article.getAttribute('data-slide-id'),
            fits: sources === null || sources.getBoundingClientRect().bottom <= stageBox.bottom + 1,
            inked,
          };
        }),
      );
      slides.forEach((slide, index) => {
        const miniature = miniatures[index]!;
        expect(miniature.id).toBe(slide.id);
        expect(miniature.fits, `miniature of ${slide.id} shows its sources`).toBe(true);
        expect(miniature.inked, `charts drawn in the miniature of ${slide.id}`).toHaveLength(slide.charts);
        for (const inked of miniature.inked) expect(inked).toBeGreaterThan(500);
      });
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('link', { name: 'Terug naar de presentatie' })).toBeHidden();
      // Icons in the text beside a miniature print at text size, not filling the page.
      const icons = await page.locator('.handout-slide__text svg').evaluateAll((svgs) =>
        svgs
          .map((svg) => svg.getBoundingClientRect())
          .filter((box) => box.width > 40 || box.height > 40)
          .map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(icons, 'icons larger than 40 px in the hand-out text').toEqual([]);
      const file = testInfo.outputPath('hand-out.pdf');
      await page.pdf({ path: file, format: 'A4', printBackground: true });
      // Read back from the paper: no text over text, no glyph larger than a heading.
      const handoutPages = pdfWords(file);
      const paperProblems = handoutPages.flatMap((paper, index) => [
        ...overlappingWords(paper).map((pair) => `p. ${index + 1}: tekst over tekst: ${pair}`),
        ...paper.words
          .filter((word) => !isUpright(word) && fontPx(word) > 40)
          .map((word) => `p. ${index + 1}: "${word.text}" van ${fontPx(word).toFixed(0)} px`),
      ]);
      expect(paperProblems).toEqual([]);
      const text = squash(pdfText(file, undefined, 'raw'));
      for (const slide of slides) {
        expect(text).toContain(slide.title);
        for (const note of slide.notes) expect(text, `notes of ${slide.id}`).toContain(note.slice(0, 60));
        for (const reading of slide.reading)
          expect(text, `reading text of ${slide.id}`).toContain(reading.slice(0, 60));
      }
      expect(text).not.toContain('Terug naar de presentatie');
      expect(text).not.toContain('Tabel met de cijfers');
    });
  }
});

/** Renders a PDF's pages side by side in one PNG (a contact sheet), when ImageMagick is there. */
function contactSheet(pdf: string, png: string): boolean {
  try {
    const dir = png.replace(/\.png$/, '-pages');
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('pdftoppm', ['-r', '40', '-png', pdf, join(dir, 'p')]);
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => join(dir, name));
    execFileSync('montage', [...pages, '-tile', '4x', '-geometry', '+6+6', '-background', '#888', png]);
    return true;
  } catch {
    return false;
  }
}
