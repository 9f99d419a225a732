// The presenter's console and player: the speaker view's clock and layout, the overview grid,
// the address after a step, and the decks page's slide counts against the player.
import { expect, test, type Page } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';

async function openSpeakerView(page: Page): Promise<Page> {
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speaker.getByRole('region', { name: 'Notities' })).toBeVisible();
  // The slides show once the page's style sheets are in the new window.
  await expect(speaker.locator('html[data-sheets-loaded="true"]')).toHaveCount(1);
  return speaker;
}

test.describe('the speaker view', () => {
  test('starts the clock at the first step, keeps it when reopened and counts down to the planned end', async ({
    page,
  }) => {
    await page.clock.install();
    const deck = new DeckPlayer(page);
    // Opening the view deep in the deck says nothing about the pace until the talk starts.
    await deck.open('/decks/het-verhaal/#/hersenontwikkeling');
    let speaker = await openSpeakerView(page);
    await page.clock.fastForward('00:30');
    await expect(speaker.getByText(/^Verstreken /)).toHaveText('Verstreken 0:00');
    await expect(speaker.getByText(/^Einde /)).toHaveText('Einde nog 40:00');
    await expect(speaker.getByRole('status')).toHaveText('De klok start bij de eerste stap');

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward('03:00');
    await expect(speaker.getByText(/^Verstreken /)).toHaveText(/^Verstreken 3:0\d$/);
    await expect(speaker.getByText(/^Einde /)).toHaveText(/^Einde nog 3[67]:\d\d$/);

    // Closed and opened again two minutes later: the deck kept the time.
    await speaker.close();
    await page.clock.fastForward('02:00');
    await page.bringToFront();
    speaker = await openSpeakerView(page);
    await expect(speaker.getByText(/^Verstreken /)).toHaveText(/^Verstreken 5:0\d$/);
    await expect(speaker.getByText(/^Einde /)).toHaveText(/^Einde nog 3[45]:\d\d$/);
    // Five minutes for the first eight of 29 slides is ahead of a 40-minute plan.
    await expect(speaker.getByRole('status')).toHaveText(/^Tempo: (\d+ minuten|1 minuut) voor$/);

    // Past the planned end the countdown turns into time over.
    await page.clock.fastForward('40:00');
    await expect(speaker.getByText(/^Einde /)).toHaveText(/^Einde 5:0\d over tijd$/);
    await expect(speaker.getByRole('status')).toHaveText(/^Tempo: \d+ minuten achter$/);
  });

  for (const size of [
    { width: 1280, height: 690 },
    { width: 1024, height: 640 },
  ]) {
    test(`shows the current and the next slide whole in a ${size.width}×${size.height} window`, async ({
      page,
    }) => {
      const deck = new DeckPlayer(page);
      await deck.open('/decks/het-verhaal/#/waar-je-wieg-staat');
      const speaker = await openSpeakerView(page);
      await speaker.setViewportSize(size);
      const slides = speaker.getByRole('region', { name: 'Slides' });
      await expect(slides.locator('.miniature')).toHaveCount(2);
      await expect(slides.locator('.miniature').first()).toBeVisible();
      for (const miniature of await slides.locator('.miniature').all()) {
        const box = (await miniature.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        // Large enough to read the slide's title from the lectern.
        expect(box.width).toBeGreaterThan(size.width * 0.3);
        expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.02);
      }
    });
  }

  test('keeps the slides hidden while the page’s style sheets are still loading in its window', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/waar-je-wieg-staat');
    const speaker = await openSpeakerView(page);
    const current = speaker.getByRole('region', { name: 'Slides' }).locator('.miniature').first();
    await expect(current).toBeVisible();
    // Unstyled, a miniature is as tall as its slide's text: the view shows it only once styled.
    await speaker.evaluate(() => delete document.documentElement.dataset['sheetsLoaded']);
    await expect(current).toBeHidden();
    await expect(speaker.getByRole('region', { name: 'Notities' })).toBeVisible();
  });

  test('splits the notes in what to say and the background, and remembers the text size', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/hersenontwikkeling');
    const said = await deck.current.locator('aside.notes > p').first().textContent();
    const background = await deck.current.locator('aside.notes .notes__reading p').first().textContent();
    let speaker = await openSpeakerView(page);
    const notes = speaker.getByRole('region', { name: 'Notities' });
    await expect(notes.getByRole('heading', { level: 3 })).toHaveText(['Wat je zegt', 'Achtergrond']);
    await expect(notes.locator('.sv__said')).toContainText((said ?? '').trim().slice(0, 40));
    await expect(notes.locator('.sv__said')).not.toContainText((background ?? '').trim().slice(0, 40));
    await expect(notes.locator('.sv__background')).toContainText((background ?? '').trim().slice(0, 40));

    const fontSize = () =>
      notes
        .locator('.sv__said p')
        .first()
        .evaluate((p) => getComputedStyle(p).fontSize);
    expect(await fontSize()).toBe('22px');
    await speaker.getByRole('button', { name: 'Notities groter' }).click();
    await speaker.getByRole('button', { name: 'Notities groter' }).click();
    expect(await fontSize()).toBe('30px');
    await speaker.close();
    await page.reload();
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
    speaker = await openSpeakerView(page);
    const notesAgain = speaker.getByRole('region', { name: 'Notities' });
    expect(
      await notesAgain
        .locator('.sv__said p')
        .first()
        .evaluate((p) => getComputedStyle(p).fontSize),
    ).toBe('30px');
    await speaker.getByRole('button', { name: 'Notities kleiner' }).click();
    expect(
      await notesAgain
        .locator('.sv__said p')
        .first()
        .evaluate((p) => getComputedStyle(p).fontSize),
    ).toBe('26px');
  });

  test('draws the slides in the projector’s font', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/hersenontwikkeling');
    const speaker = await openSpeakerView(page);
    // The page's own faces are "optional": a new window would not wait for them.
    await expect
      .poll(() =>
        speaker.evaluate(() =>
          [...document.fonts]
            .filter(
              (face) => face.family.replace(/"/g, '') === 'Atkinson Hyperlegible' && face.status === 'loaded',
            )
            .map((face) => `${face.weight} ${face.display}`)
            .sort(),
        ),
      )
      .toEqual(expect.arrayContaining(['400 swap', '700 swap']));
    await expect(speaker.locator('.sv__current .slide-title')).toHaveCSS(
      'font-family',
      // The digits-only plain-zero face comes first (tokens.css), then the projector's font.
      /^"?Kit Cijfers"?, "?Atkinson Hyperlegible"?,/,
    );
  });
});

test.describe('the overview', () => {
  test('shows every slide of the 29-slide story deck on one 1920×1080 screen and jumps by mouse or keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/#/hersenontwikkeling');
    const ids = await deck.allIds();
    expect(ids).toHaveLength(29);
    await page.keyboard.press('Escape');
    const overview = page.getByRole('dialog', { name: 'Overzicht van alle slides' });
    const slides = overview.getByRole('button', { name: /^\d+\. / });
    await expect(slides).toHaveCount(29);
    const boxes = await slides.evaluateAll((buttons) =>
      buttons.map(
        (button) => button.querySelector('.miniature')!.getBoundingClientRect().toJSON() as DOMRect,
      ),
    );
    for (const box of boxes) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(1080);
      expect(box.right).toBeLessThanOrEqual(1920);
      // Large enough to tell the slides apart.
      expect(box.width).toBeGreaterThan(200);
    }
    // Rows of several slides, not a strip.
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeGreaterThan(3);

    // The slide on screen has the focus; two steps right and Enter go there.
    const start = ids.indexOf('hersenontwikkeling');
    await expect(slides.nth(start)).toBeFocused();
    await expect(slides.nth(start)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(overview).toHaveCount(0);
    await deck.expectCurrent(ids[start + 2]!);

    // A click jumps too; Esc closes without moving.
    await page.keyboard.press('Escape');
    await overview.getByRole('button', { name: /^4\. / }).click();
    await deck.expectCurrent(ids[3]!);
    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toHaveCount(0);
    await deck.expectCurrent(ids[3]!);
  });
});

test.describe('the player', () => {
  test('names the slide in the address as soon as the slide changes, not after reveal.js’s delay', async ({
    page,
  }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    const ids = await deck.allIds();
    // reveal.js writes the address at most once a second. The player's own `slidechanged`
    // listener was added before this one, so this one sees the address as the player left it.
    await page.locator('.reveal').evaluate((root) => {
      const seen: string[] = [];
      (window as { hashesAtChange?: string[] }).hashesAtChange = seen;
      root.addEventListener('slidechanged', () => seen.push(window.location.hash));
    });
    // Three quick steps, one after the other, well within reveal.js's second.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => (window as { hashesAtChange?: string[] }).hashesAtChange))
      .toEqual([`#/${ids[1]}`, `#/${ids[2]}`, `#/${ids[1]}`]);
  });

  test('offers each download as a row of at least 44 px with an icon and its format', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    await page.getByText('Downloaden', { exact: true }).click();
    const items = page.locator('details[data-take-along] li > :is(a, button):visible');
    await expect(items).toHaveCount(4);
    for (const item of await items.all()) {
      const box = (await item.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      const icon = (await item.locator('svg').boundingBox())!;
      expect(icon.width).toBeGreaterThanOrEqual(20);
      await expect(item.locator('.take-along__format')).toHaveText(/^(PPTX|PDF|A4|HTML) · /);
    }
  });

  test('moves to the next slide in a short transition', async ({ page }) => {
    const deck = new DeckPlayer(page);
    await deck.open('/decks/het-verhaal/');
    const ids = await deck.allIds();
    await page.keyboard.press('ArrowRight');
    const next = page.locator(`section#${ids[1]}`);
    const duration = await next.evaluate((section) => getComputedStyle(section).transitionDuration);
    expect(Math.max(...duration.split(',').map((value) => parseFloat(value)))).toBeLessThanOrEqual(0.2);
    // A fade: the slide does not travel across the screen.
    await expect(next).toHaveClass(/present/);
    expect(await next.evaluate((section) => getComputedStyle(section).transform)).toMatch(
      /^(none|matrix\(1, 0, 0, 1, 0, 0\))$/,
    );
  });
});

test.describe('the decks page', () => {
  test('gives each deck the slide count its player shows', async ({ page }) => {
    await page.goto('/decks/');
    const cards = page.locator('.deck-card');
    const listed = await cards.evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector<HTMLAnchorElement>('h2 a')!.getAttribute('href')!,
        count: item.querySelector('[data-slide-count]')!.textContent.trim(),
      })),
    );
    expect(listed.length).toBeGreaterThan(5);
    // Every deck, the ambassadors deck's wall of voices and sector dividers included.
    for (const { href, count } of listed) {
      const deck = new DeckPlayer(page);
      await deck.open(href);
      const total = (await page.locator('.reveal .slide-number').textContent())!.split('/')[1]!.trim();
      expect(count).toBe(`${total} slides`);
    }
  });

  test('gives each deck a cover of its own: its title large, its part’s colour and its own motif', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/decks/');
    const covers = await page.locator('.deck-card').evaluateAll((cards) =>
      cards.map((card) => {
        const cover = card.querySelector<HTMLElement>('.deck-cover')!;
        const title = cover.querySelector('.deck-cover__title')!;
        return {
          heading: card.querySelector('h2')!.textContent.trim(),
          title: title.textContent.trim(),
          titleSize: parseFloat(getComputedStyle(title).fontSize),
          bodySize: parseFloat(getComputedStyle(card.querySelector('h2 + p')!).fontSize),
          part: cover.dataset['part'],
          ground: getComputedStyle(cover).backgroundColor,
          motif: cover.querySelector('svg')!.innerHTML,
          images: cover.querySelectorAll('img').length,
        };
      }),
    );
    expect(covers.length).toBeGreaterThan(5);
    for (const cover of covers) {
      expect(cover.title).toBe(cover.heading);
      expect(cover.titleSize).toBeGreaterThan(cover.bodySize * 1.15);
      expect(cover.images).toBe(0);
    }
    // One colour per part, and no two decks with the same motif.
    const groundOf = new Map(covers.map((cover) => [cover.part, cover.ground]));
    expect(new Set(groundOf.values()).size).toBe(groundOf.size);
    expect(groundOf.size).toBeGreaterThanOrEqual(3);
    expect(new Set(covers.map((cover) => cover.motif)).size).toBe(covers.length);
  });

  test('uses a wide screen: three or more decks a row at 1920 px', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/decks/');
    const tops = await page
      .locator('.deck-card')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.filter((top) => top === tops[0]).length).toBeGreaterThanOrEqual(4);
  });
});
