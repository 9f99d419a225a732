// The time to a ready first slide, measured side by side (method of
// ../shared/audits/2026-12-05/perf.md, section 4): the ready-made deck `het-verhaal` and a remix
// of 10 of its slides, loaded in turns in Chromium at 1280×720, each load in a fresh browser
// context (empty cache). Ready is the first animation frame in which the player says it is ready
// (`html[data-deck-ready="true"]`) and the present slide's title is visible. The figure that
// counts is the median of the per-round ratios remix / deck (the machine is shared, so rounds are
// compared with themselves).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

/** The 10 library slides of perf.md's remix (two with a chart). */
export const remixIds = [
  'leeswijzer',
  'eerste-1000-dagen',
  'hersenontwikkeling',
  'risicofactoren',
  'kinderen-zonder-goede-start',
  'waar-je-wieg-staat',
  'overgewicht-jonge-kinderen',
  'preventie-high-need-high-cost',
  'kinderrechten',
  'waar-staan-we-nu',
];

/** Installed before any page script: resolves `window.__readyAt` at the first ready frame. */
function readyProbe() {
  const visible = (element) => {
    if (element === null) return false;
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const tick = () => {
    const present = document.querySelector('.reveal .slides > section.present');
    const title = present?.querySelector('.slide-title, h1, h2') ?? null;
    if (document.documentElement.dataset.deckReady === 'true' && visible(title)) {
      window.__readyAt = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Loads `url` in a fresh context and returns the ready time in ms (NaN if not ready in 20 s). */
async function readyTime(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 20_000 });
    return await page.evaluate(() => window.__readyAt);
  } catch {
    return Number.NaN;
  } finally {
    await context.close();
  }
}

/**
 * Prints the ready times of the deck and the 10-slide remix over `rounds` interleaved rounds;
 * `base` is the address of a server for `dist`.
 */
export async function remixTiming(browser, base, dist, rounds = 9) {
  const ids = remixIds.filter((id) => existsSync(join(dist, 'slides', id, 'presenteer', 'index.html')));
  if (ids.length !== remixIds.length) {
    console.log('remix timing: niet alle tien slides van de meting bestaan in deze build');
    return;
  }
  const targets = [
    ['deck', `${base}/decks/het-verhaal/`],
    ['remix', `${base}/presenteer/?slides=${ids.join(',')}`],
  ];
  await readyTime(browser, targets[0][1]); // warm the server's file cache
  const times = { deck: [], remix: [] };
  const ratios = [];
  const loads = [];
  for (let round = 0; round < rounds; round += 1) {
    loads.push(loadavg()[0]);
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    const got = {};
    for (const [name, url] of order) got[name] = await readyTime(browser, url);
    times.deck.push(got.deck);
    times.remix.push(got.remix);
    ratios.push(got.remix / got.deck);
  }
  const ok = (list) => list.filter((x) => Number.isFinite(x));
  console.log('');
  console.log(
    `time to first slide ready, Chromium 1280×720, fresh context per load, ${rounds} interleaved rounds (load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})`,
  );
  console.log(
    `${'deck (het-verhaal)'.padEnd(22)}${`${median(ok(times.deck)).toFixed(0)} ms`.padStart(10)}  median`,
  );
  console.log(
    `${'remix (10 slides)'.padEnd(22)}${`${median(ok(times.remix)).toFixed(0)} ms`.padStart(10)}  median`,
  );
  const good = ok(ratios);
  console.log(
    `${'remix / deck'.padEnd(22)}${median(good).toFixed(2).padStart(10)}  median of per-round ratios (range ${Math.min(...good).toFixed(2)}–${Math.max(...good).toFixed(2)}; aim: 1.1 or less)`,
  );
}
