// Every built page through nginx with the real policy: it loads, starts its scripts (decks get
// ready, charts come into view and draw) and reports no Content-Security-Policy violation.
import { builtPages, isDeckPage } from '../e2e/support/site-pages';
import { expect, test } from './support/csp';

for (const path of builtPages()) {
  test(`${path} works under the site’s Content-Security-Policy`, async ({ page, csp }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/404' ? 404 : 200);
    if (isDeckPage(path)) await expect(page.locator('html[data-deck-ready="true"]')).toHaveCount(1);
    // Charts on reading pages draw as they come into view: bring every one into view.
    for (const figure of await page.locator('main figure[data-chart]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-chart-state', 'drawn');
    }
    expect(await csp.settle()).toEqual([]);
  });
}
