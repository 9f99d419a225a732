// No layout shift on any kind of page, on a laptop and on a phone: the cumulative layout shift
// (every `layout-shift` entry without recent input, added up: stricter than the windowed CLS)
// stays under 0.05. The web font is held back 400 ms, so the text is first drawn in the
// fallback font and swapped: the metric-matched fallback has to keep everything in place.
import { expect, test } from './support/csp';

const kinds: Array<[kind: string, path: string]> = [
  ['home', '/'],
  ['story', '/verhaal/'],
  ['slide page', '/slides/hersenontwikkeling/'],
  ['slide page, horizontal bars', '/slides/preventie-high-need-high-cost/'],
  ['library', '/slides/'],
  ['builder', '/maak/'],
  ['search', '/zoeken/?q=Heckman'],
  ['deck', '/decks/het-verhaal/'],
  ['deck list', '/decks/'],
  ['remix player', '/presenteer/?titel=Voor+de+raad&slides=titel,hersenontwikkeling,waar-je-wieg-staat'],
  ['hand-out', '/decks/investeren-loont/hand-out/'],
  ['ambassadors', '/ambassadeurs/'],
  ['sources', '/bronnen/'],
  ['about', '/over/'],
  ['404', '/bestaat-niet/'],
];

const viewports = [
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const viewport of viewports) {
  test.describe(`${viewport.name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const [kind, path] of kinds) {
      test(`the ${kind} does not shift while it loads (CLS < 0.05)`, async ({ page }, testInfo) => {
        await page.addInitScript(() => {
          type Shift = PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
          };
          const shifts: Array<{ value: number; what: string }> = [];
          (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
          const describe = (node: Node | undefined) =>
            node instanceof Element
              ? `${node.localName}.${[...node.classList].join('.')}`
              : String(node?.nodeName);
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Shift[])
              if (!entry.hadRecentInput)
                shifts.push({
                  value: entry.value,
                  what: entry.sources
                    .map(
                      (s) =>
                        `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
                    )
                    .join(', '),
                });
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.route('**/*.woff2', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        if (kind === 'builder') {
          // A builder with a saved deck: the list is filled in by script and must not push anything.
          await page.addInitScript(() =>
            window.localStorage.setItem(
              'verhaalkit:mijn-presentatie',
              JSON.stringify({
                version: 1,
                title: 'Voor de raad',
                slides: ['titel', 'hersenontwikkeling', 'waar-je-wieg-staat'],
              }),
            ),
          );
        }
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        if (path.startsWith('/zoeken/'))
          await expect(page.getByRole('list', { name: 'Zoekresultaten' })).toBeVisible();
        if (/^\/(decks\/[^/]+|presenteer)\/(\?|$)/.test(path))
          await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
        // Let late work (charts, fitting slides, the held-back font) finish.
        await page.waitForTimeout(700);
        const shifts = await page.evaluate(
          () => (window as unknown as { __shifts: Array<{ value: number; what: string }> }).__shifts,
        );
        const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
        testInfo.annotations.push({
          type: 'CLS',
          description: `${kind} ${viewport.name}: ${cls.toFixed(4)}`,
        });
        console.log(`CLS ${viewport.name.padEnd(6)} ${kind.padEnd(28)} ${cls.toFixed(4)}`);
        if (cls >= 0.01) for (const s of shifts) console.log(`    shift ${s.value.toFixed(4)}: ${s.what}`);
        expect(cls, shifts.map((s) => `${s.value.toFixed(4)}: ${s.what}`).join('\n')).toBeLessThan(0.05);
      });
    }
  });
}
