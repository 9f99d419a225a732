// Issue 19, "inside its box": every slide of every ready-made deck at three projector sizes and
// in the stacked phone view (390×844): no text outside its element, card or column, no word wider
// than its line, no text over text or over a graphic (icons, charts, the stage's corner circle),
// card bodies in one row aligned, the source line once and lined up with the content column; on
// the projector also the stage's use: no bottom 40% empty where the layout does not mean it, and
// a chart at least half the stage's height. One page load per deck and screen; all slides measured in
// one page.evaluate, each made the present slide in turn (what the audience sees).
import { readyMadeDeckIds, stageScreens } from './support/site-pages';
import { expect, test, type Page } from '@playwright/test';
import { measureSlideBoxes, type SlideBoxes } from './support/slide-boxes';

const deckIds = readyMadeDeckIds();

// Set KIT_BOXES_PLANT=word|overlap|graphic|empty|chart to see the check fail on a planted defect.
const plant = process.env['KIT_BOXES_PLANT'];

// Planted layout defects, each the one a rule was written against: the corner circle as large as
// it was (under the titles), content pinned to the top (bottom 40% empty), a chart squeezed.
const plantedStyles: Record<string, string> = {
  graphic: '.slide-view--projected::after { top: -4em; right: -4em; width: 9em; height: 9em; }',
  empty: '.slide-view--projected .slide-content { justify-content: flex-start !important; }',
  chart:
    '.slide-view--projected figure.chart .chart__body { flex: 0 0 8em !important; min-height: 0 !important; }',
};

async function installMeasure(page: Page): Promise<void> {
  // The measuring function goes to the page as text (it is self-contained).
  await page.evaluate(`window.__slideBoxes = ${measureSlideBoxes.toString()}`);
  if (plant === undefined) return;
  const css = plantedStyles[plant];
  if (css !== undefined) {
    await page.addStyleTag({ content: css });
    return;
  }
  await page.evaluate((kind) => {
    const view = document.querySelector('.reveal .slides > section .slide-view--projected');
    const title = view?.querySelector('.slide-title');
    if (!title || !view) return;
    if (kind === 'word') title.textContent = 'Gezondheidsachterstandenbestrijdingsprogrammaondersteuning';
    else {
      const copy = document.createElement('p');
      copy.textContent = title.textContent;
      copy.style.position = 'absolute';
      const r = title.getBoundingClientRect();
      const v = view.getBoundingClientRect();
      copy.style.left = `${(r.left - v.left) / (v.width / view.clientWidth)}px`;
      copy.style.top = `${(r.top - v.top) / (v.width / view.clientWidth)}px`;
      copy.style.margin = '0';
      copy.style.font = getComputedStyle(title).font;
      view.append(copy);
    }
  }, plant);
}

function breaches(all: SlideBoxes[]): { counts: Record<string, number>; lines: string[] } {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const slide of all) {
    const rules = new Set(slide.problems.map((p) => p.rule));
    for (const rule of rules) counts[rule] = (counts[rule] ?? 0) + 1;
    for (const p of slide.problems) lines.push(`${slide.id}: ${p.text}`);
  }
  return { counts, lines };
}

function report(name: string, all: SlideBoxes[]): string[] {
  const { counts, lines } = breaches(all);
  if (process.env['KIT_BOXES_REPORT'] !== undefined)
    console.log(`BOXES ${name} slides=${all.length} ${JSON.stringify(counts)}`);
  return lines;
}

const screens = stageScreens;

for (const screen of screens) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen, reducedMotion: 'reduce', bypassCSP: true });
    for (const deckId of deckIds) {
      test(`every text of "${deckId}" stays inside its box`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(`/decks/${deckId}/`);
        await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
        await page.evaluate(() => document.fonts.ready);
        await installMeasure(page);
        const all = await page.evaluate(async () => {
          const measure = (window as unknown as { __slideBoxes: (s: Element) => SlideBoxes }).__slideBoxes;
          const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
          const sections = [...document.querySelectorAll('.reveal .slides > section')];
          const out: SlideBoxes[] = [];
          for (const section of sections) {
            window.location.hash = `#/${section.id}`;
            for (let i = 0; i < 200 && !section.classList.contains('present'); i += 1) await frame();
            for (
              let i = 0;
              i < 200 && section.querySelector('figure[data-chart]:not([data-chart-state="drawn"])');
              i += 1
            )
              await frame();
            // Chart.js follows its box a frame later; fonts and layout settle in two.
            await frame();
            await frame();
            await new Promise((done) => setTimeout(done, section.querySelector('canvas') ? 120 : 0));
            out.push(measure(section));
          }
          return out;
        });
        expect(all.length).toBeGreaterThan(2);
        expect(report(`${deckId} ${screen.width}x${screen.height}`, all)).toEqual([]);
      });
    }
  });
}

test.describe('the stacked phone view at 390×844', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  for (const deckId of deckIds) {
    test(`every text of "${deckId}" stays inside its box on a phone`, async ({ page }) => {
      await page.goto(`/decks/${deckId}/`);
      await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
      await page.evaluate(() => document.fonts.ready);
      await installMeasure(page);
      const all = await page.evaluate(() => {
        const measure = (window as unknown as { __slideBoxes: (s: Element) => SlideBoxes }).__slideBoxes;
        return [...document.querySelectorAll('.reveal .slides > section')].map((s) => measure(s));
      });
      expect(all.length).toBeGreaterThan(2);
      expect(report(`${deckId} 390x844`, all)).toEqual([]);
    });
  }
});
