import { expect, test } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';

test.describe('the deck player', () => {
  test('opens a ready-made deck on its first slide with slide number and progress bar', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    const [first] = await deck.slideIds();
    await deck.expectCurrent(first!);
    const total = (await deck.slideIds()).length;
    await expect(page.locator('.reveal .slide-number')).toHaveText(`1 / ${total}`);
    await expect(page.locator('.reveal .progress')).toBeVisible();
    await expect(page.getByRole('link', { name: /Terug naar de site/ })).toHaveAttribute('href', '/decks/');
  });

  test('moves forward and back with the arrow keys and puts the slide id in the address', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    const [first, second] = await deck.slideIds();
    await page.keyboard.press('ArrowRight');
    await deck.expectCurrent(second!);
    await expect(page).toHaveURL(new RegExp(`#/${second}$`));
    await expect(page.locator(`section#${first}`)).toHaveAttribute('aria-hidden', 'true');
    await page.keyboard.press('ArrowLeft');
    await deck.expectCurrent(first!);
  });

  test('opens the slide named in a deep link, showing its sources in small print', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/eerste-1000-dagen');
    await deck.expectCurrent('eerste-1000-dagen');
    await expect(deck.current.getByRole('heading', { level: 2 })).toContainText('De eerste 1.000 dagen');
    await expect(deck.current.locator('.slide-sources')).toContainText('Bron:');
  });

  test('follows a link on a slide to another slide of the same deck', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/eerste-1000-dagen');
    await deck.current.getByRole('link', { name: /Terug naar de leeswijzer/ }).click();
    await deck.expectCurrent('waarom-investeren');
  });

  test('shows the overview with Escape', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal')).toHaveClass(/overview/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
  });

  test('lets screen readers browse the slide: no role="application", a labelled region instead', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await expect(page.locator('[role="application"]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Presentatie: Het verhaal' })).toBeVisible();
  });

  test('fits every slide of the story on the slide, its sources included', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await page.evaluate(() => document.fonts.ready);
    const overflowing: string[] = [];
    for (const id of await deck.slideIds()) {
      await page.evaluate((slideId) => (window.location.hash = `#/${slideId}`), id);
      await deck.expectCurrent(id);
      const [bottom, height] = await deck.current.evaluate((section) => {
        const sources = section.querySelector<HTMLElement>('.slide-sources')!;
        return [sources.offsetTop + sources.offsetHeight, (section as HTMLElement).offsetHeight];
      });
      if (bottom > height + 1) overflowing.push(`${id}: ${bottom}px > ${height}px`);
    }
    expect(overflowing).toEqual([]);
  });

  test('opens the speaker view with S, showing the notes, a timer and the next slide', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/eerste-1000-dagen');
    const notes = await deck.current.locator('aside.notes').textContent();
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect(speaker.locator('.speaker-controls-notes')).toContainText((notes ?? '').trim().slice(0, 40));
    await expect(speaker.locator('.speaker-controls-time')).toBeVisible();
    await expect(
      speaker.locator('#upcoming-slide iframe, .speaker-controls-upcoming, #upcoming-slide'),
    ).not.toHaveCount(0);
  });
});

test.describe('a slide page', () => {
  test('shows the slide, its sources, the notes for presenters and the decks that contain it', async ({
    page,
  }) => {
    await page.goto('/slides/eerste-1000-dagen/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('De eerste 1.000 dagen');
    await expect(page.locator('.slide-sources')).toContainText('Bron:');
    await expect(page.getByRole('heading', { name: 'Toelichting voor presentatoren' })).toBeVisible();
    const inDecks = page.getByRole('region', { name: 'In deze kant-en-klare presentaties' });
    await expect(inDecks.getByRole('link', { name: 'Het verhaal', exact: true })).toHaveAttribute(
      'href',
      '/decks/het-verhaal/#/eerste-1000-dagen',
    );
  });

  test('presents the slide on its own with "Presenteer deze slide"', async ({ page }) => {
    await page.goto('/slides/eerste-1000-dagen/');
    await page.getByRole('link', { name: 'Presenteer deze slide' }).click();
    const deck = new DeckPlayer(page);
    await expect(page.locator('html[data-deck-ready="true"]')).toHaveCount(1);
    await deck.expectCurrent('eerste-1000-dagen');
    expect(await deck.slideIds()).toEqual(['eerste-1000-dagen']);
  });
});

test.describe('the story page', () => {
  test('tells the story deck’s slides in order, each with "Presenteer vanaf hier"', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    const ids = await deck.slideIds();
    await page.goto('/verhaal/');
    const sections = await page.locator('[data-story-section]').evaluateAll((els) => els.map((el) => el.id));
    expect(sections).toEqual(ids);
    const last = ids.at(-1)!;
    await page
      .locator(`section#${last}`)
      .getByRole('link', { name: /Presenteer vanaf hier/ })
      .click();
    await deck.expectCurrent(last);
  });
});

test.describe('the home page', () => {
  test('offers the three ways in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een Kansrijke Start voor iedereen');
    for (const name of [
      'Lees het verhaal',
      'Presenteer een kant-en-klare presentatie',
      'Maak je eigen presentatie',
    ]) {
      await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
    }
  });
});
