// The story site: the story page, the home page's arguments, the sources and the about page.
import { expect, test } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';

test.describe('the story page', () => {
  test('has a table of contents grouped by part whose links land on their sections', async ({ page }) => {
    await page.goto('/verhaal/');
    const toc = page.getByRole('navigation', { name: 'Inhoud' });
    const parts = toc.locator('.toc__parts > li > a');
    expect(await parts.allTextContents()).toEqual(
      expect.arrayContaining(['Het verhaal', 'Ambities & speerpunten']),
    );
    const sections = await page.locator('[data-story-section]').evaluateAll((els) => els.map((el) => el.id));
    const tocTargets = await toc
      .locator('.toc__parts > li > ol a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tocTargets).toEqual(sections.map((id) => `#${id}`));
    await toc
      .getByRole('link', { name: 'Investeren in een Kansrijke Start is ook financieel aantrekkelijk' })
      .click();
    await expect(page).toHaveURL(/#financieel-aantrekkelijk$/);
    await expect(
      page.getByRole('heading', {
        level: 3,
        name: 'Investeren in een Kansrijke Start is ook financieel aantrekkelijk',
      }),
    ).toBeInViewport();
  });

  for (const slideId of ['leeswijzer', 'financieel-aantrekkelijk', 'kinderrechten']) {
    test(`"Presenteer vanaf hier" in section ${slideId} opens the story deck at that slide`, async ({
      page,
    }) => {
      await page.goto(`/verhaal/#${slideId}`);
      await page
        .locator(`section#${slideId}`)
        .getByRole('link', { name: /^Presenteer vanaf hier/ })
        .click();
      const deck = new DeckPlayer(page);
      await expect(page.locator('html[data-deck-ready="true"]')).toHaveCount(1);
      await deck.expectCurrent(slideId);
      await expect(page).toHaveURL(new RegExp(`/decks/het-verhaal/#/${slideId}$`));
    });
  }

  test('numbers the sources: a section’s reference leads to the list, and the list back to the section', async ({
    page,
  }) => {
    await page.goto('/verhaal/');
    const section = page.locator('section#financieel-aantrekkelijk');
    const reference = section
      .locator('.story-refs')
      .getByRole('link', { name: /bron \d+/ })
      .first();
    const number = ((await reference.textContent()) ?? '').replace(/\D/g, '');
    await reference.click();
    const entry = page.locator(':target');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('Heckman');
    // The list is numbered in order of first citation: the entry is the number-th item.
    const position = await entry.evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1);
    expect(String(position)).toBe(number);
    await entry
      .getByRole('link', { name: 'Investeren in een Kansrijke Start is ook financieel aantrekkelijk' })
      .click();
    await expect(page).toHaveURL(/#financieel-aantrekkelijk$/);
  });

  test('keeps each slide’s own small print with its sources', async ({ page }) => {
    await page.goto('/verhaal/');
    await expect(page.locator('section#financieel-aantrekkelijk .slide-sources')).toContainText('Heckman');
  });

  test('fits a phone screen without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/verhaal/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('prints as a handout: no site chrome, no buttons, sources kept', async ({ page }) => {
    await page.goto('/verhaal/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('link', { name: /^Presenteer vanaf hier/ }).first()).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Bronnen' })).toBeVisible();
  });
});

test.describe('the home page', () => {
  test('offers the seven arguments as ways into the story', async ({ page }) => {
    await page.goto('/');
    const section = page.getByRole('region', {
      name: 'Waarom is investeren in een Kansrijke Start belangrijk?',
    });
    const items = section.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(items).toHaveCount(7);
    const values = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value));
    expect(values).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const first = items.first().getByRole('heading').getByRole('link');
    await expect(first).toHaveAttribute('href', '/verhaal/#eerste-1000-dagen');
    await first.click();
    await expect(page.locator('section#eerste-1000-dagen')).toBeInViewport();
  });
});

test.describe('the sources page', () => {
  test('lists every cited source with the slides that cite it', async ({ page }) => {
    await page.goto('/bronnen/');
    const heckman = page.locator('li#heckman-2008');
    await expect(heckman).toContainText('Schools, Skills and Synapses');
    await heckman
      .getByRole('link', { name: 'Investeren in een Kansrijke Start is ook financieel aantrekkelijk' })
      .click();
    await expect(page).toHaveURL(/\/slides\/financieel-aantrekkelijk\/$/);
    await expect(
      page
        .getByText(/Schools, Skills and Synapses/)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
  });
});

test.describe('the about page', () => {
  test('has the colofon and an accessibility statement that calls itself a self-assessment', async ({
    page,
  }) => {
    await page.goto('/over/');
    await expect(page.getByRole('heading', { level: 2, name: 'Colofon' })).toBeVisible();
    const statement = page.getByRole('region', { name: 'Toegankelijkheidsverklaring' });
    for (const heading of [
      'Status',
      'Wat we testen en hoe',
      'Bekende beperkingen',
      'Feedback en contact',
      'Handhavingsprocedure',
    ]) {
      await expect(statement.getByRole('heading', { level: 3, name: heading })).toBeVisible();
    }
    await expect(statement).toContainText('zelfevaluatie');
  });
});
