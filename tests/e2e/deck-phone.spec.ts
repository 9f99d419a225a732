// A phone held upright (412×823, below the width where reveal.js would switch to its scroll
// view): the slides are readable one under the other, and a shared deep link lands on its slide.
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });

async function expectLandedOn(page: Page, id: string): Promise<void> {
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  const slide = page.getByRole('group', {
    name: await page.locator(`section#${id} .slide-title`).innerText(),
  });
  await expect(slide).toBeInViewport();
  const box = (await slide.boundingBox())!;
  // At the top of the screen, unless the page ends first (a slide near the end of a short deck
  // then stands wholly in view, as far up as the page goes).
  const atEnd = await page.evaluate(
    () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
  );
  if (atEnd) expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  else expect(Math.abs(box.y)).toBeLessThan(40);
  expect(box.width).toBeGreaterThanOrEqual(360);
}

test('a deep link to a slide of a ready-made deck opens on that slide, readable at the phone’s width', async ({
  page,
}) => {
  await page.goto('/decks/het-verhaal/#/risicofactoren');
  await expectLandedOn(page, 'risicofactoren');
  await expect(page.getByText(/^Draai je telefoon een kwartslag/)).toBeVisible();
  const sizes = await page
    .locator('section#risicofactoren')
    .evaluate((section) =>
      [...section.querySelectorAll('.slide-content p, .slide-content li')].map((el) =>
        parseFloat(getComputedStyle(el).fontSize),
      ),
    );
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
});

test('the slides stand one under the other, the cover first and "Meer weten?" last', async ({ page }) => {
  await page.goto('/decks/tien-minuten/');
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  const tops = await page
    .locator('.reveal .slides > section')
    .evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect().top));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  await expect(page.locator('.reveal').getByRole('group').first()).toContainText(
    'Het verhaal in tien minuten',
  );
  await expect(page.locator('.reveal').getByRole('group').last()).toContainText('Meer weten?');
});

test('a deep link into a shared remix lands on its slide too', async ({ page }) => {
  await page.goto(
    '/presenteer/?titel=Voor+de+raad&slides=eerste-1000-dagen,risicofactoren,leeswijzer#/leeswijzer',
  );
  await expectLandedOn(page, 'leeswijzer');
});
