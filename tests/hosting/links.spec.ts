// Links through the production nginx: the longest link the builder can make opens, anything
// longer gets the site's Dutch 414 page with the security headers, and so do nginx's own errors.
import { expect, test } from '@playwright/test';
import { maxLinkLength, serverUrlLimit } from '../../src/lib/remix/link-limits';

const errorStatuses: Array<[string, string, number, string]> = [
  [
    'GET',
    `/presenteer/?slides=${'leeswijzer,'.repeat(Math.ceil(serverUrlLimit / 11))}`,
    414,
    'Deze link is te lang',
  ],
  ['TRACE', '/', 405, 'Dit verzoek kan niet'],
  ['GET', '/_astro/', 403, 'Geen toegang'],
];

test('the longest link the builder can make opens the remix player', async ({ page }) => {
  const slides = `slides=${'leeswijzer,'.repeat(2000)}`;
  const path = `/presenteer/?titel=Lang&${slides}`.slice(0, maxLinkLength);
  expect(path.length).toBe(maxLinkLength);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html[data-deck-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('.reveal .slides > section').nth(1)).toBeAttached();
});

for (const [method, path, status, heading] of errorStatuses) {
  test(`answers ${status} with the site's Dutch page and its security headers (${method} ${path.slice(0, 30)})`, async ({
    request,
  }) => {
    const response = await request.fetch(path, { method });
    expect(response.status()).toBe(status);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control'] ?? '').not.toContain('immutable');
    expect(await response.text()).toContain(`<h1>${heading}</h1>`);
  });
}
