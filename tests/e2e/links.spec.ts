// Crawls the build output: every internal link and anchor of every built page must resolve.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { errorProbes, linkServerTests } from './support/link-server';
import { brokenLinks, readBuiltSite, type BuiltSite } from './support/link-check';
import { distDir } from './support/site-pages';

function fakeSite(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return { files: new Set([...Object.keys(pages), ...otherFiles]), html: new Map(Object.entries(pages)) };
}

test.describe('the link checker', () => {
  test('reports missing files, missing anchors and deep links to slides a deck does not have', () => {
    const site = fakeSite(
      {
        'index.html':
          '<a href="/verhaal/">ok</a><a href="/verhaal/#een">ok</a><a href="/verhaal/#twee">anker weg</a>' +
          '<a href="/weg/">bestand weg</a><a href="/decks/d/#/een">ok</a><a href="/decks/d/#/drie">slide weg</a>' +
          '<a href="https://elders.example/">extern</a><link href="/_astro/site.css" rel="stylesheet"><a href="#boven">anker hier weg</a>' +
          '<script>const s = \' href="/uit-script/"\';</script>',
        'verhaal/index.html':
          '<section id="een"><a href="..">ok, relatief</a><a href="/verhaal/?q=x&amp;deel=y#een">ok</a></section>',
        'decks/d/index.html': '<div class="reveal"><section id="een"></section></div>',
      },
      ['_astro/site.css'],
    );
    expect(brokenLinks(site)).toEqual([
      '/ → #boven: no element with id "boven"',
      '/ → /decks/d/#/drie: no slide "drie" in that deck',
      '/ → /verhaal/#twee: no element with id "twee"',
      '/ → /weg/: no such file',
    ]);
  });
});

test.describe('the built site', () => {
  test('every internal link and anchor in every built page resolves', () => {
    const site = readBuiltSite(distDir);
    expect(site.html.size).toBeGreaterThan(10);
    expect(brokenLinks(site)).toEqual([]);
  });
});

test.describe('a deep link whose fragment names no slide', () => {
  const notice =
    /De link wijst naar slide “.*”, maar die zit niet in deze presentatie\. De presentatie begint bij de eerste slide\./;
  const players = [
    { kind: 'a ready-made deck', path: '/decks/tien-minuten/' },
    {
      kind: 'a remix',
      path: '/presenteer/?titel=Raad&slides=aanpak-2026-doelen-eind-2030,aanpak-2026-drie-uitgangspunten',
    },
    { kind: 'the slide presenter', path: '/slides/aanpak-2026-doelen-eind-2030/presenteer/' },
  ];

  for (const { kind, path } of players) {
    for (const fragment of ['#/%E0%A4%A', '#/%ZZ', '#/bestaat-niet']) {
      test(`opens ${kind} on its first slide with a Dutch notice for ${fragment}`, async ({ page }) => {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${path}${fragment}`);
        await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
        const first = page.locator('.reveal .slides > section').first();
        await expect(first).toHaveClass(/present/);
        await expect(first).toBeVisible();
        await expect(page.getByRole('status').getByText(notice)).toBeVisible();
        await page.getByRole('button', { name: 'Sluit melding' }).click();
        await expect(page.getByText(notice)).toBeHidden();
        // reveal.js writes the slide it shows into the address: the first one.
        const firstId = await first.getAttribute('id');
        await expect(page).toHaveURL(new RegExp(`#/${firstId}$`));
        // The deck plays on (the slide presenter has its one slide only).
        if ((await page.locator('.reveal .slides > section').count()) > 1) {
          await page.keyboard.press('ArrowRight');
          await expect(page.locator('.reveal .slides > section').nth(1)).toHaveClass(/present/);
        }
        expect(errors).toEqual([]);
      });
    }
  }

  test('opens on a phone held upright too, the slides one under the other', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/decks/tien-minuten/#/%E0%A4%A');
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
    await expect(page.getByText(notice)).toBeVisible();
    await expect(page.locator('.reveal .slides > section').first()).toBeInViewport();
    await page.evaluate(() => (window.location.hash = '#/%ZZ'));
    await page.evaluate(() => (window.location.hash = '#/%E0%A4%A'));
    expect(errors).toEqual([]);
    await context.close();
  });

  test('still follows a fragment that names a slide, an old id and a fragment step', async ({ page }) => {
    await page.goto('/decks/het-verhaal/#/titel');
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
    await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('id', 'begin');
    await expect(page.getByText(notice)).toHaveCount(0);
  });
});

test('an own cover and closing slide from a link carry a small “eigen presentatie” mark', async ({
  page,
}) => {
  const eigen = `j${Buffer.from(JSON.stringify([['Uw subsidie wordt stopgezet', 'Ministerie', '', '', ''], ['Bel ons', 'vws.example'], []])).toString('base64url')}`;
  await page.goto(`/presenteer/?titel=Offici%C3%ABle%20mededeling&slides=leeswijzer&eigen=${eigen}`);
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  const marks = page.locator('[data-own-mark]');
  await expect(marks).toHaveCount(2);
  await expect(page.locator('section#begin [data-own-mark]')).toHaveText(
    'Eigen presentatie, niet van Kansrijke Start',
  );
  await expect(page.locator('section#mijn-afsluiting [data-own-mark]')).toBeAttached();
  // Small: a line at the source line's size, well under the slide's body text.
  const size = await page
    .locator('section#begin [data-own-mark]')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(14);
  expect(size).toBeLessThan(24);
  await page.goto('/presenteer/?titel=Raad&slides=leeswijzer');
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  await expect(page.locator('section#begin [data-own-mark]')).toHaveCount(1);
  await page.goto('/presenteer/?slides=leeswijzer');
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  await expect(page.locator('[data-own-mark]')).toHaveCount(0);
});

test('the test server answers a too-long link and a refused method with the site’s Dutch page, as nginx does', async ({
  request,
}) => {
  for (const [method, path, status, heading] of errorProbes) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path.slice(0, 30)}`).toBe(status);
    expect(await response.text()).toContain(`<h1>${heading}</h1>`);
  }
});

test.describe('the Node fallback of `npm run serve`', () => {
  // The fallback serves the build as hosted (headers from _headers, the site's error pages), on
  // a port of its own; the suite's own server (scripts/serve.mjs) is only a test harness.
  const port = Number(process.env['E2E_PORT'] ?? 4391) + 1;
  let server: ChildProcess | undefined;
  test.beforeAll(async () => {
    // Another server on this port would be tested in its place: refuse to start.
    const taken = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (taken) throw new Error(`port ${port} is already in use`);
    server = spawn(process.execPath, ['scripts/serve-site.mjs', distDir, String(port), '--node'], {
      stdio: 'ignore',
    });
    for (let tries = 0; tries < 100; tries++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the fallback server did not start on port ${port}`);
  });
  test.afterAll(() => {
    server?.kill();
  });
  linkServerTests(() => `http://127.0.0.1:${port}`);
});
