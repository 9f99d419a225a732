// The time to a ready first slide, measured side by side (method of
// ../shared/audits/2026-12-05/perf.md, section 4): the ready-made deck `het-verhaal`, a remix
// of 10 of its slides and stock reveal.js with the deck's text, loaded in turns in Chromium at
// 1280×720, each load in a fresh browser context (empty cache). Ready is the first animation frame
// in which the player says it is ready (`html[data-deck-ready="true"]`: the first slide is up and
// the keys work; stock: `Reveal.isReady()`) and the present slide's title is visible. A remix opens
// on its cover; when all its slides were in is printed too. The figures that count are medians
// of per-round ratios (the machine is shared, so rounds are compared with themselves): remix /
// deck and deck / stock. Stock is the deck's projected text and notes as plain reveal.js 6 (its own dist/,
// white theme, notes plugin), written to a temp folder at bench time (removed after) and served
// by the same server as the site (scripts/serve.mjs, no compression for either).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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

/**
 * Installed before any page script: sets `window.__readyAt` at the first ready frame and, in our
 * player, `window.__completeAt` at the first frame with every slide in.
 */
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
    const ready =
      document.documentElement.dataset.deckReady === 'true' || window.Reveal?.isReady?.() === true;
    if (window.__readyAt === undefined && ready && visible(title)) window.__readyAt = performance.now();
    // A remix opens on its cover and is complete once its slides have joined it.
    if (window.__readyAt !== undefined && document.documentElement.dataset.deckComplete === 'true') {
      window.__completeAt = performance.now();
      return;
    }
    if (window.__readyAt !== undefined && window.Reveal?.isReady?.() === true) return;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Runs in the deck page: per slide its id, the projected text as plain HTML (no classes, the
 * title as `<h2>`, in-deck links as `#/<id>`; charts, SVG icons, aria-hidden decoration and
 * whatever the stage's CSS hides left out), its notes, and its letters and digits.
 */
function projectedSlides() {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const never = 'figure.chart, svg, script, template, style, canvas, [aria-hidden="true"]';
  const copy = (node, projected) => {
    if (node.nodeType === Node.TEXT_NODE) return { html: escape(node.data), text: node.data };
    if (node.nodeType !== Node.ELEMENT_NODE || node.matches(never)) return { html: '', text: '' };
    if (projected) {
      const style = getComputedStyle(node);
      if (node.matches('aside.notes') || style.display === 'none' || style.visibility === 'hidden')
        return { html: '', text: '' };
    }
    const inner = [...node.childNodes].map((child) => copy(child, projected));
    const html = inner.map((part) => part.html).join('');
    const text = inner.map((part) => part.text).join('');
    const tag = node.matches('.slide-title') ? 'h2' : node.localName;
    const link = node.dataset.slideLink ?? node.getAttribute('href')?.match(/^#\/(.+)/)?.[1];
    const href =
      tag === 'a'
        ? ` href="${link === undefined ? escape(node.getAttribute('href') ?? '#') : `#/${link}`}"`
        : '';
    return { html: `<${tag}${href}>${html}</${tag}>`, text };
  };
  return [...document.querySelectorAll('.reveal .slides > section')].map((section) => {
    const view = section.querySelector('.slide-view--projected') ?? section;
    const body = [...view.childNodes].map((child) => copy(child, true));
    const notes = section.querySelector('aside.notes');
    return {
      id: section.id,
      html: body.map((part) => part.html).join(''),
      notes: notes === null ? '' : [...notes.childNodes].map((child) => copy(child, false).html).join(''),
      letters: body
        .map((part) => part.text)
        .join('')
        .replace(/[^\p{L}\p{N}]/gu, ''),
    };
  });
}

/** Runs in the stock page: per slide its id and the letters and digits of its projected text. */
function stockLetters() {
  return [...document.querySelectorAll('.reveal .slides > section')].map((section) => {
    const clone = section.cloneNode(true);
    clone.querySelector('aside.notes')?.remove();
    return { id: section.id, letters: (clone.textContent ?? '').replace(/[^\p{L}\p{N}]/gu, '') };
  });
}

/** Stock reveal.js's page for `slides`: its own dist/ files, white theme, notes plugin. */
function stockPage(slides) {
  const sections = slides
    .map(
      (slide) =>
        `<section id="${slide.id}">${slide.html}${slide.notes === '' ? '' : `<aside class="notes">${slide.notes}</aside>`}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Het verhaal (reveal.js)</title>
<link rel="stylesheet" href="dist/reset.css">
<link rel="stylesheet" href="dist/reveal.css">
<link rel="stylesheet" href="dist/theme/white.css">
</head>
<body>
<div class="reveal"><div class="slides">
${sections}
</div></div>
<script src="dist/reveal.js"></script>
<script src="dist/plugin/notes.js"></script>
<script>Reveal.initialize({ hash: true, plugins: [RevealNotes] });</script>
</body>
</html>
`;
}

const revealFiles = ['reset.css', 'reveal.css', 'theme/white.css', 'reveal.js', 'plugin/notes.js'];

/** A free TCP port on the loopback address. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Writes stock reveal.js's copy of the deck at `deckUrl` to a temp folder and serves it with
 * scripts/serve.mjs; returns its address, the slides and a function that stops and cleans up.
 */
async function stockDeck(browser, deckUrl) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    javaScriptEnabled: false,
  });
  let slides;
  try {
    const page = await context.newPage();
    await page.goto(deckUrl);
    slides = await page.evaluate(projectedSlides);
  } finally {
    await context.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'kit-stock-reveal-'));
  for (const file of revealFiles) {
    mkdirSync(dirname(join(dir, 'dist', file)), { recursive: true });
    cpSync(join('node_modules', 'reveal.js', 'dist', file), join(dir, 'dist', file));
  }
  writeFileSync(join(dir, 'index.html'), stockPage(slides));
  const port = await freePort();
  const server = spawn(process.execPath, [join('scripts', 'serve.mjs'), dir, String(port)], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(`${base}/`);
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const stop = () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `${base}/`, slides, stop };
}

/** Loads `url`, waits until ready and returns what `read` finds in the page. */
async function readReady(browser, url, read) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 20_000 });
    return await page.evaluate(read);
  } finally {
    await context.close();
  }
}

/**
 * Compares the letters and digits of every slide as our player shows it with the stock copy;
 * returns the number of letters and a list of differences (empty when the text is the same).
 */
async function sameText(browser, deckUrl, stockUrl) {
  const ours = await readReady(browser, deckUrl, projectedSlides);
  const stock = await readReady(browser, stockUrl, stockLetters);
  const problems = [];
  if (ours.length !== stock.length) problems.push(`${ours.length} slides tegen ${stock.length}`);
  ours.forEach((slide, index) => {
    const other = stock[index];
    if (other === undefined || other.id !== slide.id || other.letters !== slide.letters)
      problems.push(`slide ${index + 1} (${slide.id})`);
  });
  return { letters: ours.reduce((sum, slide) => sum + slide.letters.length, 0), problems };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Loads `url` in a fresh context and returns the ready time in ms (NaN if not ready in 20 s) and,
 * for our player, the time every slide was in (for a remix later than ready).
 */
async function readyTime(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 20_000 });
    const readyAt = await page.evaluate(() => window.__readyAt);
    const ours = await page.evaluate(() => document.documentElement.dataset.deckReady !== undefined);
    const completeAt = ours
      ? await page
          .waitForFunction(() => window.__completeAt, null, { timeout: 5000 })
          .then((handle) => handle.jsonValue())
          .catch(() => Number.NaN)
      : readyAt;
    return { readyAt, completeAt };
  } catch {
    return { readyAt: Number.NaN, completeAt: Number.NaN };
  } finally {
    await context.close();
  }
}

/** Prints one row of per-round ratios: median and range, and the aim. */
function ratioRow(label, ratios, aim) {
  const good = ratios.filter((x) => Number.isFinite(x));
  if (good.length === 0) {
    console.log(`${label.padEnd(22)}${'n/a'.padStart(10)}  (no round reached ready for both)`);
    return;
  }
  console.log(
    `${label.padEnd(22)}${median(good).toFixed(2).padStart(10)}  median of per-round ratios (range ${Math.min(...good).toFixed(2)}–${Math.max(...good).toFixed(2)}; aim: ${aim})`,
  );
}

/**
 * Prints the ready times of the deck, the 10-slide remix and stock reveal.js's copy of the deck
 * over `rounds` interleaved rounds (each round starts with the next target in turn); `base` is
 * the address of a server for `dist`.
 */
export async function remixTiming(browser, base, dist, rounds = 9) {
  const ids = remixIds.filter((id) => existsSync(join(dist, 'slides', id, 'presenteer', 'index.html')));
  const deckUrl = `${base}/decks/het-verhaal/`;
  const targets = [['deck', deckUrl]];
  if (ids.length === remixIds.length) targets.push(['remix', `${base}/presenteer/?slides=${ids.join(',')}`]);
  else console.log('remix timing: niet alle tien slides van de meting bestaan in deze build');
  const stock = await stockDeck(browser, deckUrl);
  try {
    targets.push(['stock', stock.url]);
    const text = await sameText(browser, deckUrl, stock.url);
    await readyTime(browser, deckUrl); // warm the server's file cache
    const times = Object.fromEntries(targets.map(([name]) => [name, []]));
    const complete = [];
    const loads = [];
    for (let round = 0; round < rounds; round += 1) {
      loads.push(loadavg()[0]);
      const turn = round % targets.length;
      for (const [name, url] of [...targets.slice(turn), ...targets.slice(0, turn)]) {
        const { readyAt, completeAt } = await readyTime(browser, url);
        times[name].push(readyAt);
        if (name === 'remix') complete.push(completeAt);
      }
    }
    const ok = (list) => list.filter((x) => Number.isFinite(x));
    const perRound = (a, b) => times[a].map((time, round) => time / times[b][round]);
    const labels = { deck: 'deck (het-verhaal)', remix: 'remix (10 slides)', stock: 'stock reveal.js' };
    console.log('');
    console.log(
      `time to first slide ready, Chromium 1280×720, fresh context per load, ${rounds} interleaved rounds (load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})`,
    );
    for (const [name] of targets) {
      const good = ok(times[name]);
      const spread =
        good.length === 0 ? '' : ` (${Math.min(...good).toFixed(0)}–${Math.max(...good).toFixed(0)})`;
      const failed = good.length === rounds ? '' : `, ${rounds - good.length} not ready in 20 s`;
      console.log(
        `${labels[name].padEnd(22)}${`${median(good).toFixed(0)} ms`.padStart(10)}  median${spread}${failed}`,
      );
    }
    const allIn = ok(complete);
    if (allIn.length > 0)
      console.log(
        `${'remix, all slides in'.padEnd(22)}${`${median(allIn).toFixed(0)} ms`.padStart(10)}  median (${Math.min(...allIn).toFixed(0)}–${Math.max(...allIn).toFixed(0)}); it opens on its cover, the slides join behind it`,
      );
    if (times.remix !== undefined) ratioRow('remix / deck', perRound('remix', 'deck'), '1.1 or less');
    ratioRow('deck / stock reveal.js', perRound('deck', 'stock'), '1.0 or less');
    console.log(
      `stock reveal.js: the deck's ${stock.slides.length} slides, ${text.letters} letters and digits of projected text, the notes as <aside class="notes">, reveal.js's own dist/ (white theme, notes plugin), the same server`,
    );
    if (text.problems.length > 0)
      console.log(
        `WARNING: stock reveal.js does not show the same text as the deck: ${text.problems.join(', ')}`,
      );
  } finally {
    stock.stop();
  }
}
