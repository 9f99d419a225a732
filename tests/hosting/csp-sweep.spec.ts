// Every built page through nginx with the real policy: it loads with the expected status,
// starts its scripts (decks get ready, charts come into view and draw) and reports no
// Content-Security-Policy violation. Pages go in batches through one tab per batch: a fresh
// browser context per page would cost more than the page itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, isDeckPage } from '../e2e/support/site-pages';
import { expect, test } from './support/csp';

const pages = builtPages();
const batches = 6;

test('no built page carries a style attribute or an inline script (the policy would block them)', () => {
  const offending: string[] = [];
  for (const path of pages) {
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
    const html = readFileSync(file, 'utf8');
    if (/<[a-z][^>]*\sstyle=/i.test(html)) offending.push(`${path}: style attribute`);
    if (/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/i.test(html))
      offending.push(`${path}: inline script`);
    if (/\son[a-z]+=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, '')))
      offending.push(`${path}: event handler`);
  }
  expect(pages.length).toBeGreaterThan(200);
  expect(offending).toEqual([]);
});

for (let batch = 0; batch < batches; batch += 1) {
  const share = pages.filter((_, index) => index % batches === batch);
  test(`pages ${batch + 1} of ${batches} (${share.length} pages, ${share[0]} …) work under the site’s Content-Security-Policy`, async ({
    page,
    csp,
  }) => {
    test.setTimeout(share.length * 8_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const wrongStatus: string[] = [];
    for (const path of share) {
      const response = await page.goto(path);
      const expected = path === '/404' ? 404 : 200;
      if (response?.status() !== expected) wrongStatus.push(`${path}: ${response?.status()}`);
      if (isDeckPage(path)) await expect(page.locator('html[data-deck-ready]'), path).toHaveCount(1);
      // Charts on reading pages draw as they come into view: bring every one into view. Charts the
      // page keeps hidden (the builder's slides not on show) have no view to come into.
      for (const figure of await page.locator('main figure[data-chart]').filter({ visible: true }).all()) {
        await figure.scrollIntoViewIfNeeded();
        await expect(figure, path).toHaveAttribute('data-chart-state', 'drawn');
      }
      // Violations are read per page, before the next navigation takes the page's record away.
      await csp.settle();
    }
    expect(wrongStatus).toEqual([]);
    expect(csp.violations).toEqual([]);
  });
}
