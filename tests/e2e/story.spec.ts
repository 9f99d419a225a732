// The story site: the story page, the home page's arguments, the sources and the about page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { DeckPlayer } from './support/deck-player';
import { BuilderPage } from './support/builder-page';
import { renderEveryChapter } from './support/story-page';

const storyYaml = yaml.load(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'story', 'verhaal.yaml'), 'utf8'),
) as { chapters: Array<{ id: string; items: Array<{ scene?: { chart: string; slide: string } }> }> };
const scenes = storyYaml.chapters.flatMap((chapter) => chapter.items.flatMap((item) => item.scene ?? []));
const storyDeck = yaml.load(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'decks', 'het-verhaal.yaml'), 'utf8'),
) as { slides: string[] };

/** A deep link and a chapter-bar jump from the top to far down land with their heading at the top. */
async function jumpsLandOnTarget(page: Page): Promise<void> {
  const headingTop = (id: string) =>
    page.locator(`#${id}`).evaluate((heading) => heading.getBoundingClientRect().top);
  await page.goto('/verhaal/#scenario-1500-kosten-grafiek');
  await page.waitForTimeout(300);
  expect(await headingTop('scenario-1500-kosten-grafiek-kop')).toBeGreaterThanOrEqual(0);
  expect(await headingTop('scenario-1500-kosten-grafiek-kop')).toBeLessThan(200);
  await page.goto('/verhaal/');
  const bar = page.getByRole('navigation', { name: 'Hoofdstukken' });
  await bar.locator('summary').click();
  await bar.getByRole('link', { name: /^Wat er gebeurt / }).click();
  await page.waitForTimeout(300);
  expect(await headingTop('wat-er-gebeurt-kop')).toBeGreaterThanOrEqual(0);
  expect(await headingTop('wat-er-gebeurt-kop')).toBeLessThan(200);
}

/** The story page as a reader uses it: scenes, steps, the chapter bar. */
class StoryPage {
  constructor(readonly page: Page) {}

  scene(chart: string) {
    return this.page.locator(`[data-scene="${chart}"]`);
  }

  /** Scrolls until step `index` of the scene is the active one, as a reader scrolling down would. */
  async scrollToStep(chart: string, index: number): Promise<void> {
    const step = this.scene(chart).locator(`[data-step="${index}"]`);
    // Chapters are laid out only as they come near (content-visibility), so the page above the
    // step can still change height after a jump to it: scroll again until the step stays in view.
    // (Step 0 is the active step before the scene is reached, so that alone proves nothing.)
    await expect(async () => {
      await step.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await this.page.mouse.wheel(0, 10);
      await expect(step).toBeInViewport({ timeout: 1000 });
      await expect(this.scene(chart)).toHaveAttribute('data-active-step', String(index), { timeout: 1000 });
    }).toPass();
  }

  /** The scene's sticky chart box, which must stay wholly on screen. */
  async graphicBox(chart: string) {
    const box = await this.scene(chart).locator('.scene__graphic').boundingBox();
    if (box === null) throw new Error(`scene ${chart} has no chart box`);
    return box;
  }

  async canvasShot(chart: string): Promise<Buffer> {
    const figure = this.scene(chart).locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-chart-state', 'drawn');
    await expect(figure).toHaveAttribute('data-emphasis-step', /\d/);
    return this.scene(chart).locator('canvas').screenshot();
  }
}

for (const screen of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test.describe(`the story at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('opens with its promise, one key figure with its source and a way in, all on the first screen', async ({
      page,
    }) => {
      await page.goto('/verhaal/');
      const opening = page.locator('[data-story-opening]');
      await expect(opening.getByRole('heading', { level: 1 })).toBeInViewport();
      await expect(opening.locator('.story-opening__promise')).toContainText(
        'De eerste 1.000 dagen lopen van',
      );
      await expect(opening.locator('.story-opening__figure')).toContainText('28.000');
      await expect(opening.locator('.story-opening__figure')).toContainText('Bron:');
      const wayIn = opening.getByRole('link', { name: 'Lees het verhaal' });
      const box = await wayIn.boundingBox();
      expect(box !== null && box.y + box.height <= screen.height).toBe(true);
      // No table of contents and no "what is in this document" before the story begins.
      await expect(page.getByRole('navigation', { name: 'Inhoud' })).toHaveCount(0);
      await wayIn.click();
      await expect(page).toHaveURL(/#inleiding$/);
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: 'Waarom is investeren in een Kansrijke Start belangrijk?',
        }),
      ).toBeInViewport();
    });

    test('has the seven argument chapters between an introduction, what is being done and a closing', async ({
      page,
    }) => {
      await page.goto('/verhaal/');
      const chapters = await page.locator('[data-chapter]').evaluateAll((els) => els.map((el) => el.id));
      expect(chapters).toEqual([
        'inleiding',
        ...[1, 2, 3, 4, 5, 6, 7].map((n) => `argument-${n}`),
        'wat-er-gebeurt',
        'verder',
      ]);
      for (const n of [1, 2, 3, 4, 5, 6, 7]) {
        const quotes = page.locator(`#argument-${n} .story-quote`);
        expect(await quotes.count()).toBeGreaterThanOrEqual(1);
        await expect(quotes.first().getByRole('link')).toHaveAttribute(
          'href',
          /^\/slides\/ambassadeur-[a-z-]+\/$/,
        );
      }
    });

    for (const { chart } of scenes) {
      test(`scene ${chart}: each step becomes active as it scrolls past, the chart stays in view and changes`, async ({
        page,
      }) => {
        const story = new StoryPage(page);
        await page.goto('/verhaal/');
        const steps = await story.scene(chart).locator('[data-step]').count();
        expect(steps).toBeGreaterThanOrEqual(2);
        let first: Buffer | undefined;
        for (let index = 0; index < steps; index += 1) {
          await story.scrollToStep(chart, index);
          const box = await story.graphicBox(chart);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
          await expect(story.scene(chart).locator('[data-scene-status]')).toHaveText(
            new RegExp(`^Stap ${index + 1}: `),
          );
          if (index === 0) first = await story.canvasShot(chart);
        }
        await expect(story.scene(chart).locator('figure[data-chart]')).toHaveAttribute(
          'data-emphasis-step',
          String(steps - 1),
        );
        const last = await story.canvasShot(chart);
        expect(first?.equals(last)).toBe(false);
        // Chart text stays readable on a phone: at least 12 CSS px.
        const sizes = await story.scene(chart).locator('canvas').getAttribute('data-font-sizes');
        expect(Math.min(...(sizes ?? '0').split(' ').map(Number))).toBeGreaterThanOrEqual(12);
      });
    }

    test('the chapter bar stays on top, says where the reader is and jumps to a chapter without covering it', async ({
      page,
    }) => {
      await page.goto('/verhaal/#argument-3');
      const bar = page.getByRole('navigation', { name: 'Hoofdstukken' });
      await expect(bar.locator('[data-bar-current]')).toHaveText('Argument 3');
      await expect(bar.locator('[data-bar-left]')).toHaveText(/^nog \d+ min$/);
      expect((await bar.boundingBox())?.y).toBe(0);
      await bar.locator('summary').click();
      await bar.getByRole('link', { name: /^Argument 5 / }).click();
      await expect(page).toHaveURL(/#argument-5$/);
      const heading = page.locator('#argument-5-kop');
      await expect(heading).toBeInViewport();
      const barBox = await bar.boundingBox();
      const headingBox = await heading.boundingBox();
      expect(headingBox!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);
      await expect(bar.locator('[data-bar-current]')).toHaveText('Argument 5');
    });

    test('has no accessibility violations (axe)', async ({ page }) => {
      await page.goto('/verhaal/');
      // Every chapter as it is when the reader reaches it (not rendered before: story.css).
      await renderEveryChapter(page);
      // WCAG 2.2 too: the public reads it on a phone, where links must be targets (24 px).
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  });
}

test.describe('picking a part of the story out', () => {
  test('"Zet in mijn presentatie" adds the scene’s slides, says so and the builder then holds them', async ({
    page,
  }) => {
    await page.goto('/verhaal/#financieel-aantrekkelijk');
    const scene = page.locator('[data-scene="heckman-curve"]');
    await scene.getByRole('button', { name: /^Zet in mijn presentatie/ }).click();
    await expect(scene.getByRole('status').filter({ hasText: 'Toegevoegd' })).toHaveText(
      'Toegevoegd. Je presentatie heeft nu 1 slide.',
    );
    await scene.getByRole('link', { name: 'Naar mijn presentatie' }).click();
    const builder = new BuilderPage(page);
    await expect(page).toHaveURL(/\/maak\/$/);
    await expect
      .poll(() => builder.titles())
      .toEqual(['Investeren in een Kansrijke Start is ook financieel aantrekkelijk']);
  });

  test('"Presenteer dit" opens the story’s deck at the scene’s slide', async ({ page }) => {
    await page.goto('/verhaal/#hersenontwikkeling');
    await page
      .locator('[data-scene="hersenontwikkeling"]')
      .getByRole('link', { name: /^Presenteer dit/ })
      .click();
    const deck = new DeckPlayer(page);
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
    await deck.expectCurrent('hersenontwikkeling');
  });

  test('"Data en bron" opens the table, the CSV holds the chart’s numbers and the PNG is the chart', async ({
    page,
  }) => {
    await page.goto('/verhaal/#financieel-aantrekkelijk');
    const scene = page.locator('[data-scene="heckman-curve"]');
    const data = scene.getByRole('region', { name: 'Data en bron' });
    await expect(data).toBeHidden();
    await scene.getByRole('button', { name: /^Data en bron/ }).click();
    await expect(data).toBeVisible();
    await expect(data.getByRole('table')).toContainText('Voor de geboorte');
    await expect(data).toContainText('Heckman');
    const csvDownload = page.waitForEvent('download');
    await data.getByRole('link', { name: /^Download de cijfers \(CSV\)/ }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFLeeftijd waarop wordt geïnvesteerd;Rendement van investeren in menselijk kapitaal;Alternatieve opbrengst van het geld',
      'Voor de geboorte;100;30',
      '0–3 jaar;78;30',
    ]);
    const pngDownload = page.waitForEvent('download');
    await data.getByRole('button', { name: /^Download de grafiek als afbeelding/ }).click();
    const png = await pngDownload;
    expect(png.suggestedFilename()).toBe('heckman-curve.png');
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  test('"Deel" gives the link to the scene', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/verhaal/#waar-je-wieg-staat');
    const scene = page.locator('[data-scene="taalaanbod-per-uur"]');
    await scene.getByRole('link', { name: /^Deel/ }).click();
    await expect(scene.getByText('Link gekopieerd.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/verhaal\/#waar-je-wieg-staat$/,
    );
  });
});

test.describe('old links and search results', () => {
  test('every slide of the story deck still has its place on the page, so /verhaal/#<slide-id> lands', async ({
    page,
  }) => {
    await page.goto('/verhaal/');
    const missing = await page.evaluate(
      (ids) => ids.filter((id) => document.getElementById(id) === null),
      storyDeck.slides,
    );
    expect(missing).toEqual([]);
  });

  test('an old link to a slide told in a scene lands on that scene', async ({ page }) => {
    await page.goto('/verhaal/#high-need-high-cost-grafiek');
    await expect(page.locator('[data-scene="dunedin-hoge-kosten"] .scene__graphic')).toBeInViewport();
  });

  test('a jump far down lands on its target, though the chapters above were not laid out yet', async ({
    page,
  }) => {
    // Chapters far down wait for the reader (story.css); a jump lays out those above it first.
    await jumpsLandOnTarget(page);
  });

  test('an old link to a slide the story no longer tells lands on the chapter that stands for it', async ({
    page,
  }) => {
    await page.goto('/verhaal/#vervolgaanpak-focus');
    await expect(page.locator('#wat-er-gebeurt-kop')).toBeInViewport();
  });
});

test.describe('reading the story', () => {
  test('shows no deck navigation leftovers; its reading time counts only the prose a reader reads', async ({
    page,
  }) => {
    await page.goto('/verhaal/');
    await renderEveryChapter(page);
    const visible = await page.locator('main').innerText();
    for (const phrase of [
      'Klik op de tekst',
      'navigeer direct naar de juiste slide',
      'Terug naar de leeswijzer',
    ])
      expect(visible, phrase).not.toContain(phrase);
    // The reading time at the top: the words read at 220 a minute, fewer than all visible text
    // (which holds the tables, buttons and sources a reader does not read as prose).
    const bar = page.getByRole('navigation', { name: 'Hoofdstukken' });
    // The words are counted while the browser is idle, a chapter at a time.
    await expect(bar.locator('[data-bar-left]')).toHaveText(/^nog \d+ min$/);
    const words = Number(await bar.getAttribute('data-words'));
    const shown = Number(/^nog (\d+) min$/.exec(await bar.locator('[data-bar-left]').innerText())?.[1]);
    expect(shown).toBe(Math.max(1, Math.round(words / 220)));
    const chapterText = await page
      .locator('[data-chapter]')
      .evaluateAll((chapters) => chapters.map((chapter) => (chapter as HTMLElement).innerText).join(' '));
    const allVisible = chapterText.trim().split(/\s+/).length;
    expect(words).toBeGreaterThan(allVisible * 0.5);
    expect(words).toBeLessThan(allVisible);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every scene is a readable still: its steps, what the chart shows in words, and its numbers', async ({
    page,
  }) => {
    await page.goto('/verhaal/');
    for (const { chart } of scenes) {
      const scene = page.locator(`[data-scene="${chart}"]`);
      const steps = scene.locator('[data-step]');
      for (const step of await steps.all()) await expect(step.locator('.scene__change')).toBeVisible();
      await expect(scene.getByRole('region', { name: 'Data en bron' }).getByRole('table')).toBeVisible();
      // The undrawn canvas takes no room.
      await expect(scene.locator('canvas')).toBeHidden();
    }
  });

  test('a jump far down lands on its target, as with JavaScript', async ({ page }) => {
    // No script lays out the chapters before a jump here: they are laid out from the start.
    await jumpsLandOnTarget(page);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('steps change the chart without animating it', async ({ page }) => {
    const story = new StoryPage(page);
    await page.goto('/verhaal/');
    await story.scrollToStep('heckman-curve', 0);
    await story.scrollToStep('heckman-curve', 1);
    const figure = story.scene('heckman-curve').locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-emphasis-step', '1');
    await expect(figure).not.toHaveAttribute('data-chart-animations', /.*/);
    const transition = await story
      .scene('heckman-curve')
      .locator('.scene__card')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition).toBe('0s');
  });
});

test.describe('the story in print', () => {
  test('is a clean hand-out: no bar, no buttons, every scene in its final state with its sources', async ({
    page,
  }) => {
    await page.goto('/verhaal/');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdstukken' })).toBeHidden();
    await expect(page.getByRole('link', { name: /^Presenteer dit/ }).first()).toBeHidden();
    for (const { chart } of scenes) {
      const scene = page.locator(`[data-scene="${chart}"]`);
      const last = String((await scene.locator('[data-step]').count()) - 1);
      await expect(scene).toHaveAttribute('data-active-step', last);
      await expect(scene.getByRole('region', { name: 'Data en bron' })).toBeVisible();
    }
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
