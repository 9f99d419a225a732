// The same probes for every server the kit ships (tests/hosting: production nginx; tests/e2e:
// the Node fallback of `npm run serve`): the longest link the builder can make opens, a longer
// one, an unknown page and a refused method get the site's Dutch page with the security headers,
// and a raw `//host` path never redirects off-site.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { maxLinkLength, serverUrlLimit } from '../../../src/lib/remix/link-limits';

/** A link of exactly the longest length the builder offers (a longer deck becomes a file). */
export const longestLink = `/presenteer/?titel=Lang&slides=${'leeswijzer,'.repeat(2000)}`.slice(
  0,
  maxLinkLength,
);

/** [method, path, status, the Dutch page's heading]. */
export const errorProbes: Array<[string, string, number, string]> = [
  [
    'GET',
    `/presenteer/?slides=${'leeswijzer,'.repeat(Math.ceil(serverUrlLimit / 11))}`,
    414,
    'Deze link is te lang',
  ],
  ['GET', '/bestaat-niet/', 404, 'Pagina niet gevonden'],
  ['TRACE', '/', 405, 'Dit verzoek kan niet'],
  ['POST', '/presenteer/', 405, 'Dit verzoek kan niet'],
];

/** Registers the probes; `base` is the server's address (empty: the project's baseURL). */
export function linkServerTests(base: () => string, probes = errorProbes): void {
  test('the longest link the builder can make opens the remix player', async ({ page }) => {
    expect(longestLink.length).toBe(maxLinkLength);
    const response = await page.goto(`${base()}${longestLink}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('.reveal .slides > section').nth(1)).toBeAttached();
  });

  for (const [method, path, status, heading] of probes) {
    test(`answers ${status} with the site's Dutch page and its security headers (${method} ${path.slice(0, 30)})`, async ({
      request,
    }) => {
      const response = await request.fetch(`${base()}${path}`, { method });
      expect(response.status()).toBe(status);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("default-src 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['cache-control'] ?? '').not.toContain('immutable');
      expect(await response.text()).toContain(`<h1>${heading}</h1>`);
    });
  }

  test('a raw //host path stays on the site', async ({ request, baseURL }) => {
    // An absolute address: `//host/…` alone would be read as a link to another host.
    const origin = base() === '' ? (baseURL ?? '') : base();
    await expectNoOffSiteRedirect(request, `${origin}//elders.example/verhaal`);
  });
}

async function expectNoOffSiteRedirect(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.fetch(url, { maxRedirects: 0 });
  const location = response.headers()['location'];
  if (location !== undefined) expect(location).toMatch(/^\/[^/\\]/);
  else expect([404, 400]).toContain(response.status());
}
