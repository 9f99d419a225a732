// Charts drawn with Chart.js from content/datasets/: painted in decks, on the story page and in
// print view; tables that hold exactly the datasets' values; no chart code where there is no chart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';
import { ChartFigure, chartsOnDisk, parseCell } from './support/charts';
import { distDir } from './support/site-pages';
import { storyDeckId } from '../../src/lib/content/story';

const charts = chartsOnDisk();
const brainTitle = charts.find((chart) => chart.id === 'hersenontwikkeling')!.title;

test('every dataset is shown on a slide of a ready-made deck', () => {
  expect(charts.length).toBeGreaterThanOrEqual(6);
  expect(charts.filter((chart) => chart.decks.length === 0).map((chart) => chart.id)).toEqual([]);
});

test.describe('in a deck', () => {
  for (const chart of charts) {
    const { deck, slide } = chart.decks[0] ?? { deck: '', slide: '' };
    test(`${chart.id} paints its chart when slide ${slide} becomes current`, async ({ page }) => {
      const player = new DeckPlayer(page);
      await player.open(`/decks/${deck}/#/${slide}`);
      await player.expectCurrent(slide);
      await new ChartFigure(player.current, chart.title).expectPainted();
    });
  }

  test('animates a chart each time its slide becomes current, and not before', async ({ page }) => {
    const player = new DeckPlayer(page);
    await player.open('/decks/het-verhaal/#/eerste-1000-dagen');
    const figure = new ChartFigure(page, brainTitle, { includeHidden: true });
    await expect(figure.figure).toHaveCount(1);
    await expect(figure.figure).not.toHaveAttribute('data-chart-state', /./);
    await page.keyboard.press('ArrowRight');
    await player.expectCurrent('hersenontwikkeling');
    await figure.expectDrawn();
    expect(await figure.animations()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await player.expectCurrent('hersenontwikkeling');
    await expect(figure.figure).toHaveAttribute('data-chart-animations', '2');
    await figure.expectPainted();
  });

  test('draws charts without motion under prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const player = new DeckPlayer(page);
    await player.open('/decks/het-verhaal/#/hersenontwikkeling');
    const figure = new ChartFigure(player.current, brainTitle);
    await figure.expectPainted();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await player.expectCurrent('hersenontwikkeling');
    await figure.expectDrawn();
    expect(await figure.animations()).toBe(0);
  });
});

test.describe('in a remixed deck', () => {
  test('draws the charts of slides fetched and inserted in the browser', async ({ page }) => {
    const [first, second] = charts.filter((chart) => chart.slides.length > 0);
    const player = new DeckPlayer(page);
    await player.open(`/presenteer/?slides=${first!.slides[0]},${second!.slides[0]}`);
    await player.expectCurrent('begin');
    await page.keyboard.press('ArrowRight');
    await player.expectCurrent(first!.slides[0]!);
    await new ChartFigure(player.current, first!.title).expectPainted();
    await page.keyboard.press('ArrowRight');
    await player.expectCurrent(second!.slides[0]!);
    await new ChartFigure(player.current, second!.title).expectPainted();
  });
});

test.describe('in print view (?print-pdf)', () => {
  const decks = [...new Set(charts.flatMap((chart) => chart.decks.map((entry) => entry.deck)))];
  for (const deck of decks) {
    test(`${deck} draws every chart in its final state, without animation`, async ({ page }) => {
      await page.goto(`/decks/${deck}/?print-pdf`);
      const inDeck = charts.filter((chart) => chart.decks.some((entry) => entry.deck === deck));
      for (const chart of inDeck) {
        // reveal.js leaves all but the first slide aria-hidden in print view.
        const figure = new ChartFigure(page, chart.title, { includeHidden: true });
        await figure.expectPainted();
        expect(await figure.animations(), chart.id).toBe(0);
      }
    });
  }
});

test.describe('on the story page', () => {
  test('every chart of the story paints as the reader reaches it', async ({ page }) => {
    // The story's scenes tell the charts of the story deck, and may tell more.
    const storyDeck = charts.filter((chart) => chart.decks.some((entry) => entry.deck === storyDeckId));
    await page.goto('/verhaal/');
    const shown = [
      ...new Set(
        await page
          .locator('figure[data-chart]')
          .evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart') ?? '')),
      ),
    ];
    expect(shown).toEqual(expect.arrayContaining(storyDeck.map((chart) => chart.id)));
    for (const id of shown) {
      const figure = ChartFigure.of(page.locator(`figure[data-chart="${id}"]`).first());
      await figure.figure.scrollIntoViewIfNeeded();
      await figure.expectPainted();
    }
  });

  test('draws the charts not yet scrolled to when the page is printed', async ({ page }) => {
    await page.goto('/verhaal/');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) await ChartFigure.of(figure).expectPainted();
  });

  test('redraws a chart at its new size when the window is resized', async ({ page }) => {
    const [chart] = charts;
    await page.goto(`/slides/${chart!.slides[0]}/`);
    const figure = new ChartFigure(page, chart!.title);
    await figure.figure.scrollIntoViewIfNeeded();
    await figure.expectPainted();
    const before = (await figure.canvasPixels()).width;
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => (await figure.canvasPixels()).width).toBeLessThan(before);
    await figure.expectPainted();
  });
});

test.describe('the table under each chart', () => {
  for (const chart of charts) {
    test(`${chart.id}: the keyboard opens it and it holds exactly the dataset’s values`, async ({ page }) => {
      await page.goto(`/slides/${chart.slides[0]}/`);
      const { columns, rows } = await new ChartFigure(page, chart.title).readTable();
      expect(columns).toEqual([chart.xTitle, ...chart.series.map((series) => series.label)]);
      expect(rows.map((row) => row.header)).toEqual(chart.x.map(String));
      const columnsRead = chart.series.map((_, index) =>
        rows.map((row) => parseCell(row.cells[index] ?? '')),
      );
      expect(columnsRead).toEqual(chart.series.map((series) => series.values));
    });
  }
});

/**
 * Chart code: the `charts` chunk that the chart loader and the deck plugin import on demand, every
 * chunk that only chart code imports, and any chunk holding Chart.js itself (found by one of its
 * own messages), so that Chart.js moved into a chunk every page loads still counts. Chunks the
 * charts chunk shares with other pages (the shared helpers, the bundler's runtime) are not.
 */
function chartCode(): string[] {
  const dir = join(distDir, '_astro');
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  const code = new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
  const importsOf = new Map(
    files.map((file) => [
      file,
      [...code.get(file)!.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map(([, imported]) => imported!),
    ]),
  );
  const found = files.filter(
    (file) =>
      /^charts\.[\w-]+\.js$/.test(file) ||
      code.get(file)!.includes('Canvas is already in use. Chart with ID'),
  );
  for (const file of found)
    for (const imported of importsOf.get(file) ?? []) {
      const importers = files.filter((other) => importsOf.get(other)!.includes(imported));
      if (!found.includes(imported) && importers.every((importer) => found.includes(importer)))
        found.push(imported);
    }
  return found;
}
const chartChunks = chartCode();
const isChartCode = (url: string) => chartChunks.some((file) => new URL(url).pathname === `/_astro/${file}`);

async function scriptsRequested(page: Page, visit: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  await visit();
  await page.waitForLoadState('networkidle');
  return urls;
}

test.describe('pages without a chart', () => {
  test('the build has a chart chunk, and a page with a chart requests it', async ({ page }) => {
    expect(chartChunks.length).toBeGreaterThan(0);
    const urls = await scriptsRequested(page, async () => {
      await page.goto(`/slides/${charts[0]!.slides[0]}/`);
    });
    expect(urls.filter(isChartCode)).not.toEqual([]);
  });

  for (const path of ['/', '/slides/titel/', '/decks/']) {
    test(`${path} requests no chart code`, async ({ page }) => {
      const urls = await scriptsRequested(page, async () => {
        await page.goto(path);
      });
      expect(urls.filter(isChartCode)).toEqual([]);
    });
  }

  test('a deck without charts requests no chart code, also while presenting', async ({ page }) => {
    const player = new DeckPlayer(page);
    const urls = await scriptsRequested(page, async () => {
      await player.open('/decks/ambities-en-speerpunten/');
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
    });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter(isChartCode)).toEqual([]);
  });
});
