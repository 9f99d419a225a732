// The journeys a visitor takes, through nginx with the real policy: presenting with charts and
// the speaker view, searching, building a deck, and every way of taking it along. The `csp`
// fixture fails each test on any Content-Security-Policy violation, pop-ups included.
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { DeckPlayer } from '../e2e/support/deck-player';
import { SearchPage } from '../e2e/support/search-page';
import { expect, test } from './support/csp';

/** The "Downloaden" menu. */
function takeAlong(page: Page) {
  const menu = page.locator('details[data-take-along]');
  return {
    open: () => menu.getByText('Downloaden', { exact: true }).click(),
    button: (name: string) => menu.getByRole('button', { name }),
    link: (name: string) => menu.getByRole('link', { name }),
  };
}

test('a presenter shows a deck with a chart and opens the speaker view', async ({ page, csp }) => {
  const deck = new DeckPlayer(page);
  await deck.open('/decks/investeren-loont/');
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => (window.location.hash = '#/financieel-aantrekkelijk'));
  await deck.expectCurrent('financieel-aantrekkelijk');
  await expect(deck.current.locator('figure[data-chart]')).toHaveAttribute('data-chart-state', 'drawn');
  // The legend swatches keep their series colour (a class, no style attribute).
  const swatch = deck.current.locator('.chart-swatch').first();
  if ((await swatch.count()) > 0)
    expect(await swatch.evaluate((svg) => getComputedStyle(svg).color)).not.toBe('rgb(0, 0, 0)');

  const notes = await deck.current.locator('aside.notes p').first().textContent();
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  // The speaker view's window inherits this page's policy: its style sheet is allowed by hash.
  await expect(speaker.getByRole('region', { name: 'Notities' })).toContainText(
    (notes ?? '').trim().slice(0, 40),
  );
  await expect(speaker.getByRole('region', { name: 'Slides' }).locator('.miniature')).toHaveCount(2);
  expect(await speaker.locator('main.sv').evaluate((main) => getComputedStyle(main).display)).toBe('grid');
  expect(await csp.settle()).toEqual([]);
});

test('a visitor searches from the site header and gets results, under a policy without WebAssembly', async ({
  page,
  csp,
}) => {
  await page.goto('/');
  const field = page.getByRole('search', { name: 'Zoeken op de site' }).getByRole('searchbox');
  await field.fill('Heckman');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=Heckman/);
  const search = new SearchPage(page);
  expect(await search.count('Heckman')).toBeGreaterThan(0);
  await expect(search.results.first()).toBeVisible();
  expect(await search.search('zwangerschap')).toBeGreaterThan(0);
  expect(await csp.settle()).toEqual([]);
});

test('a professional builds a deck, presents it and takes it along as PowerPoint, PDF, hand-out and offline file', async ({
  page,
  browser,
  csp,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/slides/');
  const visible = page.locator('[data-library] li[data-entry]:not([hidden])');
  for (let i = 0; i < 3; i += 1) {
    await visible
      .nth(i)
      .getByRole('button', { name: /Voeg toe/ })
      .click();
    await expect(visible.nth(i).getByRole('status')).toContainText(`${i + 1} slide`);
  }
  await page.goto('/maak/');
  await page.getByRole('button', { name: 'Verder met mijn presentatie' }).click();
  await expect(page.locator('[data-chosen] .chosen__title')).toHaveCount(3);
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Voor de raad');
  await page.getByRole('link', { name: /Presenteer/ }).click();
  const deck = new DeckPlayer(page);
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  expect(await deck.slideIds()).toHaveLength(3);

  // PowerPoint, built in the browser.
  const menu = takeAlong(page);
  await menu.open();
  const [pptx] = await Promise.all([
    page.waitForEvent('download'),
    menu.button('Download als PowerPoint').click(),
  ]);
  expect(pptx.suggestedFilename()).toBe('voor-de-raad.pptx');

  // PDF (the print view) and hand-out open in new tabs and print themselves.
  await page.context().addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  for (const name of ['Download als PDF', 'Download hand-out (PDF)']) {
    const [printed] = await Promise.all([page.context().waitForEvent('page'), menu.link(name).click()]);
    await expect(printed.locator('html[data-printed="true"]')).toHaveCount(1, { timeout: 45_000 });
    await printed.close();
  }

  // The offline file, filled in the browser, presents from disk under its own policy.
  const [offline] = await Promise.all([
    page.waitForEvent('download'),
    menu.button('Download voor offline').click(),
  ]);
  const file = testInfo.outputPath('voor-de-raad.html');
  await offline.saveAs(file);
  const context = await browser.newContext();
  const offlineViolations: string[] = [];
  const player = await context.newPage();
  player.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|^Refused to /i.test(message.text()))
      offlineViolations.push(message.text());
  });
  await player.goto(pathToFileURL(file).href);
  await expect(player.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  expect(await new DeckPlayer(player).slideIds()).toHaveLength(3);
  expect(offlineViolations).toEqual([]);
  await context.close();
  expect(await csp.settle()).toEqual([]);
});

test('a ready-made deck’s offline file presents from disk under its own policy, speaker view included', async ({
  page,
  browser,
}, testInfo) => {
  const deck = new DeckPlayer(page);
  await deck.open('/decks/investeren-loont/');
  const menu = takeAlong(page);
  await menu.open();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.link('Download voor offline').click(),
  ]);
  const file = testInfo.outputPath('investeren-loont.html');
  await download.saveAs(file);
  const context = await browser.newContext();
  const violations: string[] = [];
  context.on('page', (p) =>
    p.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy|^Refused to /i.test(message.text())) violations.push(message.text());
    }),
  );
  const player = await context.newPage();
  await player.goto(pathToFileURL(file).href);
  await expect(player.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  await player.evaluate(() => (window.location.hash = '#/financieel-aantrekkelijk'));
  await expect(player.locator('.reveal .slides > section.present figure[data-chart]')).toHaveAttribute(
    'data-chart-state',
    'drawn',
  );
  const [speaker] = await Promise.all([player.waitForEvent('popup'), player.keyboard.press('s')]);
  await expect(speaker.getByRole('region', { name: 'Notities' })).not.toBeEmpty();
  expect(await speaker.locator('main.sv').evaluate((main) => getComputedStyle(main).display)).toBe('grid');
  expect(violations).toEqual([]);
  await context.close();
});
