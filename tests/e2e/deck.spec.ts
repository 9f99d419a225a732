import { expect, test } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';
import { builtSiteAddress } from './support/site-pages';

test.describe('the deck player', () => {
  test('opens a ready-made deck on its first slide with slide number and progress bar', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await deck.expectCurrent('begin');
    await expect(deck.current.getByRole('heading', { level: 2 })).toHaveText('Het verhaal');
    // The story's own title and its maker, as on the original title slide (000:2–5).
    await expect(
      deck.current.getByText('Een Kansrijke Start voor iedereen · Het verhaal over de eerste 1.000 dagen'),
    ).toBeVisible();
    await expect(deck.current.getByText('Ministerie van Volksgezondheid, Welzijn en Sport')).toBeVisible();
    const total = (await deck.allIds()).length;
    await expect(page.locator('.reveal .slide-number')).toHaveText(`1 / ${total}`);
    await expect(page.locator('.reveal .progress')).toBeVisible();
    await expect(page.getByRole('link', { name: /Terug naar de site/ })).toHaveAttribute('href', '/decks/');
  });

  test('asks for every script of its first slide at once: no script waits for another to arrive', async ({
    page,
  }) => {
    // Each module the player imports is named in the page (modulepreload), so the browser fetches
    // them side by side instead of one level of imports after the other.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts: { url: string; initiator: string }[] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
      if (/\.m?js(?:\?|$)/.test(event.request.url))
        scripts.push({ url: new URL(event.request.url).pathname, initiator: event.initiator.type });
    });
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await deck.expectCurrent('begin');
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((script) => script.initiator !== 'parser')).toEqual([]);
  });

  for (const path of ['/decks/het-verhaal/', '/presenteer/?slides=leeswijzer,hersenontwikkeling']) {
    test(`asks for the fonts of its first slides at once, and uses each one it asks for: ${path}`, async ({
      page,
    }) => {
      // The slide number and the cover show digits at both weights: asked for only once the slides
      // were laid out, their faces held the first paint up. Every face is preloaded, none in vain.
      const deck = new DeckPlayer(page);
      await deck.open(path);
      await page.evaluate(() => document.fonts.ready);
      const fonts = await page.evaluate(() => ({
        requests: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.woff2'))
          .map((entry) => ({
            file: new URL(entry.name).pathname.replace(/\.[\w-]+\.woff2$/, ''),
            by: (entry as PerformanceResourceTiming).initiatorType,
          })),
        loaded: [...document.fonts]
          .filter((face) => face.status === 'loaded' && !face.family.includes('Fallback'))
          .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`)
          .sort(),
      }));
      expect(fonts.requests.filter((request) => request.by !== 'link')).toEqual([]);
      expect(fonts.requests.map((request) => request.file).sort()).toEqual([
        '/_astro/atkinson-hyperlegible-latin-400-normal',
        '/_astro/atkinson-hyperlegible-latin-700-normal',
        '/_astro/lexend-digits-400',
        '/_astro/lexend-digits-700',
      ]);
      expect(fonts.loaded).toEqual([
        'Atkinson Hyperlegible 400',
        'Atkinson Hyperlegible 700',
        'Kit Cijfers 400',
        'Kit Cijfers 700',
      ]);
    });
  }

  test('moves forward and back with the arrow keys and puts the slide id in the address', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    const [first, second] = await deck.allIds();
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
    await expect(deck.current.locator('.slide-source-line')).toHaveText('Bron: TNO Child Care, 2019');
    await expect(deck.current.locator('aside.notes')).toContainText(
      'TNO Child Care (2019). De 1e 1000 dagen',
    );
  });

  test('lands a deep link to a retired or renamed slide id on the slide that took its place', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/titel');
    await deck.expectCurrent('begin');
  });

  test('frames the deck with a divider per part and ends on "Meer weten?" with the site address and a QR code', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    // The story's own opener of part 2 is a divider (layout "section"), so the player adds none there.
    await deck.open('/decks/het-verhaal/#/ambities-en-speerpunten');
    await expect(deck.current.getByRole('heading', { level: 2 })).toHaveText('Ambities & speerpunten');
    await expect(page.locator('.reveal .slides > section#deel-ambities')).toHaveCount(0);
    await deck.open('/decks/het-verhaal/#/deel-verhaal');
    await expect(deck.current.getByRole('heading', { level: 2 })).toHaveText('Het verhaal');
    await expect(deck.current).toContainText('Deel 1');
    await page.keyboard.press('End');
    await deck.expectCurrent('meer-weten');
    await expect(deck.current.getByRole('heading', { level: 2 })).toHaveText('Meer weten?');
    // The address and QR code come from SITE_URL; a build without it shows neither.
    const address = builtSiteAddress();
    await expect(deck.current).not.toContainText('.example');
    if (address === undefined) {
      await expect(deck.current.locator('.end__qr')).toHaveCount(0);
      await expect(deck.current).toContainText('op de website van de verhaalkit');
    } else {
      await expect(deck.current.locator('.end__address')).toHaveText(address);
      await expect(deck.current.locator('.end__qr svg path')).not.toHaveCount(0);
    }
  });

  test('follows a link on a slide to another slide of the same deck', async ({ page }) => {
    const deck = new DeckPlayer(page);
    // (The reading pages' "Terug naar de leeswijzer" links are not projected: export.spec.ts.)
    await deck.open('/decks/wat-kosten-1500-dagen/#/scenario-1500-drie-scenarios');
    await deck.current
      .getByRole('link', { name: /per jaar$/ })
      .first()
      .click();
    await deck.expectCurrent('scenario-1500-verlengen');
  });

  test('shows the overview with Escape', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    // Our own grid of all slides (presenter.spec.ts checks it in full), not reveal's strip.
    const overview = page.getByRole('dialog', { name: 'Overzicht van alle slides' });
    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toHaveCount(0);
  });

  test('lets screen readers browse the slide: no role="application", a labelled region instead', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await expect(page.locator('[role="application"]')).toHaveCount(0);
    await expect(page.getByRole('main', { name: 'Presentatie: Het verhaal' })).toBeVisible();
  });

  test('opens a Dutch speaker view with S: current and next slide, notes, clock, elapsed time and pace', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/eerste-1000-dagen');
    const notes = await deck.current.locator('aside.notes p').first().textContent();
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect(speaker.locator('html')).toHaveAttribute('lang', 'nl');
    const notesRegion = speaker.getByRole('region', { name: 'Notities' });
    await expect(notesRegion).toContainText((notes ?? '').trim().slice(0, 40));
    await expect(speaker.getByText(/^Klok \d\d:\d\d$/)).toBeVisible();
    await expect(speaker.getByText(/^Verstreken \d+:\d\d$/)).toBeVisible();
    // The clock waits for the first step (presenter.spec.ts follows it through a talk).
    await expect(speaker.getByRole('status')).toHaveText('De klok start bij de eerste stap');
    await expect(speaker.getByText('Volgende slide')).toBeVisible();
    const slides = speaker.getByRole('region', { name: 'Slides' });
    await expect(slides.locator('.miniature')).toHaveCount(2);
    await expect(slides.locator('.miniature').first()).toContainText('De eerste 1.000 dagen');
    const ids = await deck.allIds();
    await page.keyboard.press('ArrowRight');
    await expect(speaker.getByText(/^Slide \d+ van \d+$/)).toHaveText(
      `Slide ${ids.indexOf('eerste-1000-dagen') + 2} van ${ids.length}`,
    );
    await expect(speaker.locator('body')).not.toContainText(/Upcoming|NOTES|TIME/);
  });
});

test.describe('a slide page', () => {
  test('shows the slide, its sources, the notes for presenters and the decks that contain it', async ({
    page,
  }) => {
    await page.goto('/slides/eerste-1000-dagen/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('De eerste 1.000 dagen');
    await expect(page.locator('.slide-frame .slide-sources')).toContainText('Bron:');
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
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
    await deck.expectCurrent('eerste-1000-dagen');
    expect(await deck.slideIds()).toEqual(['eerste-1000-dagen']);
  });
});

// The story page (/verhaal/) tells the story in scenes: tests/e2e/story.spec.ts.

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
