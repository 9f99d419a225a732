import { expect, test, type Page } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';

/** The builder's list of chosen slides, as their titles. */
async function chosenTitles(page: Page): Promise<string[]> {
  return page.locator('[data-chosen] .chosen__title').allTextContents();
}

test('a professional filters the library, builds a deck, shares it and it plays elsewhere', async ({
  page,
  browser,
  baseURL,
}) => {
  // Filter the library and add three slides.
  await page.goto('/slides/');
  await page.getByLabel('Argument').selectOption('2');
  await expect(page).toHaveURL(/\?argument=2$/);
  const visible = page.locator('[data-library] > li:not([hidden])');
  await expect(page.locator('[data-library-count]')).toHaveText(/slides? van \d+/);
  const count = await visible.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const titles: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const card = visible.nth(i);
    titles.push((await card.getByRole('heading').textContent())!.trim());
    await card.getByRole('button', { name: /Voeg toe/ }).click();
    await expect(card.getByRole('status')).toContainText(`${i + 1} slide`);
  }

  // Reorder one by keyboard, name the deck, reload: all still there.
  await page.goto('/maak/');
  expect(await chosenTitles(page)).toEqual(titles);
  await page.getByRole('button', { name: `Zet ${titles[2]} een plaats omhoog` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-deck-live]')).toHaveText(`${titles[2]} staat nu op plaats 2 van 3.`);
  const reordered = [titles[0], titles[2], titles[1]];
  expect(await chosenTitles(page)).toEqual(reordered);
  await page.getByLabel('Titel').fill('Voor de gemeenteraad');
  await page.reload();
  expect(await chosenTitles(page)).toEqual(reordered);
  await expect(page.getByLabel('Titel')).toHaveValue('Voor de gemeenteraad');
  await expect(page.locator('[data-deck-summary]')).toHaveText('3 slides · ongeveer 5 minuten');

  // Copy the share link and open it in a fresh browser context.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.getByRole('button', { name: 'Deel' }).click();
  const link = await page.getByLabel('Link naar jouw presentatie').inputValue();
  expect(link).toContain('/presenteer/?titel=Voor+de+gemeenteraad&slides=');
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(page.getByText('De link is gekopieerd.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const deck = new DeckPlayer(other);
  await deck.open(link);
  await expect(other).toHaveTitle(/^Voor de gemeenteraad/);
  const playedTitles = await other
    .locator('.reveal .slides > section:not([data-generated]) .slide-title')
    .allTextContents();
  expect(playedTitles).toEqual(reordered);
  // It opens on a cover with the title the user gave, and ends on "Meer weten?".
  await expect(deck.current.getByRole('heading', { level: 2 })).toHaveText('Voor de gemeenteraad');
  await expect(other.locator('.reveal .slides > section').last()).toHaveAttribute('id', 'meer-weten');

  // Present it and open the speaker view.
  await other.keyboard.press('ArrowRight');
  await expect(deck.current.locator('.slide-title')).toHaveText(reordered[0]!);
  await expect(deck.current.locator('.slide-sources')).not.toBeEmpty();
  const [speaker] = await Promise.all([other.waitForEvent('popup'), other.keyboard.press('s')]);
  await expect(speaker.getByRole('region', { name: 'Notities' })).not.toBeEmpty();
  await fresh.close();
});

test('a shared link with unknown slides names them and plays the rest', async ({ page }) => {
  const deck = new DeckPlayer(page);
  await deck.open('/presenteer/?titel=Test&slides=eerste-1000-dagen,bestaat-niet,leeswijzer,ook-weg');
  await expect(page.getByRole('status').filter({ hasText: 'niet gevonden' })).toHaveText(
    /2 slides niet gevonden: bestaat-niet, ook-weg\. De rest wordt getoond\./,
  );
  expect(await deck.slideIds()).toEqual(['eerste-1000-dagen', 'leeswijzer']);
});

test('a link made before slides were split or retired plays the slides that took their place', async ({
  page,
}) => {
  const deck = new DeckPlayer(page);
  await deck.open('/presenteer/?titel=Oud&slides=titel,vervolgaanpak-acties,leeswijzer');
  expect(await deck.slideIds()).toEqual([
    'vervolgaanpak-acties-afspraken',
    'vervolgaanpak-acties-ondersteuning',
    'leeswijzer',
  ]);
  await expect(page.locator('[data-remix-notice]')).toBeHidden();
});

test('an empty or garbled link explains what happened and offers the builder', async ({ page }) => {
  for (const path of ['/presenteer/', '/presenteer/?slides=%%%,<b>', '/presenteer/?titel=Leeg&slides=']) {
    await page.goto(path);
    const notice = page.locator('[data-remix-notice]');
    await expect(notice).toContainText(/^Deze link/);
    await expect(
      notice.getByRole('link', { name: 'Maak je eigen presentatie in de bouwdoos' }),
    ).toHaveAttribute('href', '/maak/');
  }
});

test('script and HTML in a link’s ids and title are shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const deck = new DeckPlayer(page);
  await deck.open(
    `/presenteer/?titel=${encodeURIComponent(title)}&slides=leeswijzer,${encodeURIComponent('<img src=y onerror=alert(3)>')}`,
  );
  await expect(page).toHaveTitle(`${title} · Presentatie · Kansrijke Start verhaalkit`);
  await expect(page.locator('.deck-heading')).toHaveText(title);
  await expect(page.locator('section#begin [data-deck-title]')).toHaveText(title);
  await expect(page.locator('[data-remix-notice]')).toContainText('<img src=y onerror=alert(3)>');
  await expect(page.locator('img[src="x"], img[src="y"]')).toHaveCount(0);

  // The same title typed into the builder stays text too.
  await page.goto('/maak/');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Zoek een slide').fill('Wat vind je');
  await page
    .getByRole('button', { name: /^Voeg toe: / })
    .first()
    .click();
  await page.reload();
  await expect(page.getByLabel('Titel')).toHaveValue(title);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a link with 500 slide ids plays', async ({ page }) => {
  const ids = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? 'eerste-1000-dagen' : 'leeswijzer'));
  const deck = new DeckPlayer(page);
  await deck.open(`/presenteer/?slides=${ids.join(',')}`);
  await expect(page.locator('.reveal .slides > section:not([data-generated])')).toHaveCount(500);
  // With its cover and closing slide.
  await expect(page.locator('.reveal .slide-number')).toHaveText('1 / 502');
});

test('corrupt saved data is reported and reset, never a broken page', async ({ page }) => {
  await page.goto('/maak/');
  await page.evaluate(() => localStorage.setItem('verhaalkit:mijn-presentatie', '{kapot'));
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(
    'Je opgeslagen presentatie was beschadigd en is leeggemaakt.',
  );
  await expect(page.locator('[data-deck-summary]')).toHaveText('0 slides · ongeveer 0 minuten');
});

test('only the chosen slides are fetched, not the whole library', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/slides/')) fetched.push(path);
  });
  const deck = new DeckPlayer(page);
  await deck.open('/presenteer/?slides=eerste-1000-dagen,leeswijzer');
  expect(fetched.sort()).toEqual(['/slides/eerste-1000-dagen/presenteer/', '/slides/leeswijzer/presenteer/']);
});
