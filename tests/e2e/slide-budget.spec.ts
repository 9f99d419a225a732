// The stage budget of issue 15, for every slide of every ready-made deck, as a presenter projects
// it: nothing outside the screen or the slide, nothing under the player's own controls, text at
// least 24 px, chart text at least 18 px and the source line at least 14 px (stage pixels).
import { writeFileSync } from 'node:fs';
import { readyMadeDeckIds, stageScreens } from './support/site-pages';
import { expect, test } from '@playwright/test';
import { measureCurrentSlide, type SlideMeasure } from './support/slide-measure';

const deckIds = readyMadeDeckIds();

const screens = stageScreens;

for (const screen of screens) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen, reducedMotion: 'reduce' });

    for (const deckId of deckIds) {
      test(`every slide of "${deckId}" fits the screen with readable text, charts and sources`, async ({
        page,
      }) => {
        await page.goto(`/decks/${deckId}/`);
        await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
        await page.evaluate(() => document.fonts.ready);
        const ids = await page
          .locator('.reveal .slides > section')
          .evaluateAll((all) => all.map((s) => s.id));
        expect(ids.length).toBeGreaterThan(2);
        const measures: SlideMeasure[] = [];
        for (const id of ids) {
          await page.evaluate((slideId) => (window.location.hash = `#/${slideId}`), id);
          const current = page.locator(`.reveal .slides > section.present#${id}`);
          await expect(current).toHaveCount(1);
          await expect(current.locator('figure[data-chart]:not([data-chart-state="drawn"])')).toHaveCount(0);
          // Chart.js follows its box's size a frame later (ResizeObserver): measure once it has settled.
          const canvasBoxes = () =>
            current
              .locator('figure[data-chart] canvas')
              .evaluateAll((all) => JSON.stringify(all.map((c) => c.getBoundingClientRect())));
          await expect
            .poll(async () => {
              const before = await canvasBoxes();
              await page.waitForTimeout(60);
              return before === (await canvasBoxes());
            })
            .toBe(true);
          measures.push(await page.evaluate(measureCurrentSlide));
        }
        const report = process.env['KIT_BUDGET_REPORT'];
        if (report !== undefined)
          writeFileSync(
            `${report}-${deckId}-${screen.width}x${screen.height}.json`,
            JSON.stringify(measures, null, 1),
          );
        const breaches = measures.flatMap((m) => m.problems.map((problem) => `${m.id}: ${problem}`));
        expect(breaches).toEqual([]);
      });
    }
  });
}
