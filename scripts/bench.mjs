// Prints the kit's speed and size figures: build wall time, page count, the gzipped
// JS/CSS/font bytes each kind of page loads, and the bytes of a first search.
// Usage: npm run bench [-- --no-build]; KIT_OUT_DIR picks another build folder.
// `npm run bench -- --scale=1000[,4000]` runs only the build at scale (scripts/bench-scale.mjs);
// `-- --timing` only the side-by-side ready times of the deck, a remix and stock reveal.js
// (scripts/bench-timing.mjs; `--rounds=N`, default 9);
// `-- --lighthouse` only Lighthouse on the story and the deck, on the current build (scripts/bench-lighthouse.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, posix, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';

import { scaleFromArgs } from './bench-scale.mjs';
import { remixTiming } from './bench-timing.mjs';
import { lighthouseFromArgs } from './bench-lighthouse.mjs';

if (await scaleFromArgs(process.argv)) process.exit(0);

const dist = process.env.KIT_OUT_DIR ?? 'dist';
if (await lighthouseFromArgs(process.argv, dist)) process.exit(0);

/** Serves `dist` and opens Chromium for the side-by-side ready times (scripts/bench-timing.mjs). */
async function timingRun() {
  const { chromium } = await import('@playwright/test');
  const port = await freePort();
  const server = spawn(process.execPath, [join('scripts', 'serve.mjs'), dist, String(port)], {
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice(9) ?? 9);
    await remixTiming(browser, `http://127.0.0.1:${port}`, dist, rounds);
  } finally {
    await browser.close();
    server.kill();
  }
}

// `--timing`: only the side-by-side ready times of the deck and a remix, on the current build.
if (process.argv.includes('--timing')) {
  await timingRun();
  process.exit(0);
}
const skipBuild = process.argv.includes('--no-build');

function buildSite() {
  const started = performance.now();
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('De build is mislukt; zie de meldingen hierboven.');
  return (performance.now() - started) / 1000;
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const fileOf = (url) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]));

/** Every JS module an entry loads statically, following relative imports. */
function jsClosure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop();
    if (seen.has(url) || !existsSync(fileOf(url))) continue;
    seen.add(url);
    const code = readFileSync(fileOf(url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      if (m[1].startsWith('.') || m[1].startsWith('/')) queue.push(posix.resolve(posix.dirname(url), m[1]));
    }
  }
  return [...seen];
}

/** Gzipped bytes of what a page loads before any interaction. */
export function pageWeight(htmlPath) {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  // Inline code only: JSON data blocks (chart specs, redirects) are data, counted with the HTML.
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\btype="application\/(?:ld\+)?json"/.test(m[1]))
    .map((m) => m[2]);
  for (const code of inlineScripts) {
    for (const m of code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) scripts.push(m[1]);
  }
  const styles = [
    ...html.matchAll(
      /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g,
    ),
  ].map((m) => m[1] ?? m[2]);
  const js =
    jsClosure(scripts).reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0) +
    inlineScripts.reduce((s, c) => s + gz(Buffer.from(c)), 0);
  const css = styles.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0);
  const fonts = new Set();
  for (const url of styles) {
    for (const m of readFileSync(fileOf(url), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g))
      fonts.add(posix.resolve(posix.dirname(url), m[1].replace(/["']/g, '')));
  }
  const fontBytes = [...fonts].reduce((sum, url) => sum + readFileSync(fileOf(url)).length, 0);
  return { js, css, fonts: fontBytes, html: gz(Buffer.from(html)) };
}

function pages() {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

const buildSeconds = skipBuild ? undefined : buildSite();
const all = pages();
const firstSlidePage = all.find((f) => /^slides\/[^/]+\/index\.html$/.test(f));
const kinds = [
  ['home', 'index.html'],
  ['deck (het-verhaal)', 'decks/het-verhaal/index.html'],
  ['slide page', firstSlidePage],
  ['story', 'verhaal/index.html'],
  ['ambassadors', 'ambassadeurs/index.html'],
  ['search page', 'zoeken/index.html'],
];

console.log('Kansrijke Start verhaalkit: benchmark');
console.log(`build wall time: ${buildSeconds === undefined ? '(skipped)' : `${buildSeconds.toFixed(1)} s`}`);
console.log(`pages: ${all.length}`);
console.log('');
console.log('gzipped bytes loaded on first view (fonts: woff2 as served, cached across pages)');
console.log(
  ['kind', 'HTML', 'JS', 'CSS', 'fonts'].map((h, i) => (i === 0 ? h.padEnd(22) : h.padStart(10))).join(''),
);
for (const [label, path] of kinds) {
  if (path === undefined || !existsSync(join(dist, path))) {
    console.log(`${label.padEnd(22)}(niet gebouwd)`);
    continue;
  }
  const w = pageWeight(path);
  console.log(`${label.padEnd(22)}${[w.html, w.js, w.css, w.fonts].map((b) => kb(b).padStart(10)).join('')}`);
}

// Chart code is loaded on demand, only where a chart is shown: Chart.js (tree-shaken) and our
// chart modules, i.e. the `charts` chunk that chart pages import dynamically, with its imports.
{
  const chunks = readdirSync(join(dist, '_astro')).filter((f) => /^charts\.[\w-]+\.js$/.test(f));
  const files = jsClosure(chunks.map((f) => `/_astro/${f}`));
  const bytes = files.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0);
  console.log('');
  console.log(
    `${'charts (on demand)'.padEnd(22)}${kb(bytes).padStart(10)}  gzipped JS in ${files.length} ${files.length === 1 ? 'file' : 'files'} (aim: 60 KB or less)`,
  );
}

// "Download voor offline": the one-file deck written after the build (src/integrations/offline-decks.ts).
const offlineFile = join(dist, 'offline', 'het-verhaal.html');
if (existsSync(offlineFile)) {
  const bytes = readFileSync(offlineFile);
  console.log('');
  console.log(
    `offline file (het-verhaal): ${kb(bytes.length)} (${kb(gz(bytes))} gzipped), fonts, styles, scripts and notes inside`,
  );
}

// The story (/verhaal/): what a reader on a phone loads before the first scroll, what the whole
// story loads once every scene has drawn its chart, and the story's own step code beyond Chart.js.
if (existsSync(join(dist, 'verhaal', 'index.html'))) {
  const w = pageWeight('verhaal/index.html');
  const chunk = (pattern) => readdirSync(join(dist, '_astro')).filter((f) => pattern.test(f));
  const charts = jsClosure(chunk(/^charts\.[\w-]+\.js$/).map((f) => `/_astro/${f}`));
  const emphasis = chunk(/^emphasis\.[\w-]+\.js$/).map((f) => `/_astro/${f}`);
  const onDemand = [...new Set([...charts, ...jsClosure(emphasis)])];
  const demandBytes = onDemand.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0);
  const stepperBytes =
    w.js +
    jsClosure(emphasis)
      .filter((url) => !charts.includes(url))
      .reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0);
  console.log('');
  console.log('story (/verhaal/), gzipped');
  console.log(
    `  before the first scroll: ${kb(w.html + w.js + w.css)} (HTML ${kb(w.html)}, JS ${kb(w.js)}, CSS ${kb(w.css)}; fonts ${kb(w.fonts)})`,
  );
  console.log(`  in total, every scene drawn: ${kb(w.html + w.js + w.css + demandBytes)}`);
  console.log(
    `  story JS beyond Chart.js (stepper, chapter bar, actions, emphasis): ${kb(stepperBytes)} (aim: 10 KB or less)`,
  );
}

/**
 * Per ready-made deck, measured in Chromium at 1280×720 with the budget test's own measurement
 * (tests/e2e/support/slide-measure.ts): projected slides, the smallest text other than source lines, the
 * smallest source line and chart text (stage px), the most words on one slide, and the gzipped
 * JS+CSS the deck page loads before any interaction.
 */
async function deckFigures() {
  const { chromium } = await import('@playwright/test');
  const { measureCurrentSlide } = await import('../tests/e2e/support/slide-measure.ts');
  const port = await freePort();
  const server = spawn(process.execPath, [join('scripts', 'serve.mjs'), dist, String(port)], {
    stdio: 'ignore',
  });
  let executablePath;
  try {
    if (!existsSync(chromium.executablePath())) executablePath = '/usr/bin/chromium';
  } catch {
    executablePath = '/usr/bin/chromium';
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  try {
    const decks = readdirSync(join(dist, 'decks'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const id of decks) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      for (let tries = 0; ; tries += 1) {
        try {
          await page.goto(`http://127.0.0.1:${port}/decks/${id}/`);
          break;
        } catch (error) {
          if (tries > 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await page.locator('html[data-deck-complete="true"]').waitFor({ state: 'attached' });
      await page.evaluate(() => document.fonts.ready);
      const ids = await page.locator('.reveal .slides > section').evaluateAll((all) => all.map((s) => s.id));
      const measures = [];
      for (const slideId of ids) {
        await page.evaluate((target) => (window.location.hash = `#/${target}`), slideId);
        await page.locator(`.reveal .slides > section.present#${slideId}`).waitFor({ state: 'attached' });
        await page
          .locator('.reveal .slides > section.present figure[data-chart]:not([data-chart-state="drawn"])')
          .waitFor({ state: 'detached' });
        measures.push(await page.evaluate(measureCurrentSlide));
      }
      await page.close();
      const min = (key) => Math.min(...measures.map((m) => m[key]).filter((n) => n > 0));
      const wordiest = measures.reduce((a, b) => (b.words > a.words ? b : a));
      const weight = pageWeight(`decks/${id}/index.html`);
      rows.push({
        id,
        slides: ids.length,
        text: min('smallestText'),
        source: min('smallestSource'),
        chart: measures.some((m) => m.smallestChart > 0) ? min('smallestChart') : undefined,
        words: wordiest.words,
        wordiest: wordiest.id,
        over: measures.filter((m) => m.problems.length > 0).length,
        bytes: weight.js + weight.css,
      });
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return rows;
}

if (existsSync(join(dist, 'decks'))) {
  const rows = await deckFigures();
  console.log('');
  console.log(
    'decks at 1280×720 (stage px; budget: text ≥ 24, chart ≥ 18, source line ≥ 14; JS+CSS gzipped, aim ≤ 60 KB)',
  );
  console.log(
    ['deck', 'slides', 'text', 'chart', 'source', 'most words', 'over budget', 'JS+CSS']
      .map((h, i) => (i === 0 ? h.padEnd(30) : h.padStart(i === 5 ? 12 : 8)))
      .join(''),
  );
  for (const row of rows) {
    console.log(
      [
        row.id.padEnd(30),
        String(row.slides).padStart(8),
        String(row.text).padStart(8),
        String(row.chart ?? '–').padStart(8),
        String(row.source).padStart(8),
        String(row.words).padStart(12),
        String(row.over).padStart(8),
        kb(row.bytes).padStart(8),
        `  (most words: ${row.wordiest})`,
      ].join(''),
    );
  }
}

/** A free port on the loopback address. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Bytes a file costs over the wire: Pagefind's index files are gzip already, the rest is gzipped here. */
function wireBytes(file) {
  const buffer = readFileSync(file);
  return buffer[0] === 0x1f && buffer[1] === 0x8b ? buffer.length : gz(buffer);
}

/**
 * Types a query on the search page in Chromium and adds up what the page then fetches from
 * /pagefind/ (script, worker, WebAssembly, metadata, index chunks, filters, result fragments).
 * The URLs come from Chromium's network events; the bytes from the files in the build.
 */
async function firstSearchBytes(query) {
  const { chromium } = await import('@playwright/test');
  const port = await freePort();
  const server = spawn(process.execPath, [join('scripts', 'serve.mjs'), dist, String(port)], {
    stdio: 'ignore',
  });
  let executablePath;
  try {
    if (!existsSync(chromium.executablePath())) executablePath = '/usr/bin/chromium';
  } catch {
    executablePath = '/usr/bin/chromium';
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const fetched = new Set();
    page.on('requestfinished', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/')) fetched.add(pathname);
    });
    for (let tries = 0; ; tries += 1) {
      try {
        await page.goto(`http://127.0.0.1:${port}/zoeken/`);
        break;
      } catch (error) {
        if (tries > 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const field = page.getByRole('search', { name: 'Zoeken in de verhaalkit' }).getByRole('searchbox');
    await field.fill(query);
    await field.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `voor “${query}”` })
      .waitFor();
    await page.waitForLoadState('networkidle');
    const groups = new Map();
    for (const path of fetched) {
      const kind = /\.js$/.test(path)
        ? 'script'
        : /wasm/.test(path)
          ? 'wasm'
          : /\/index\//.test(path)
            ? 'index'
            : /\/fragment\//.test(path)
              ? 'fragments'
              : 'meta + filters';
      const entry = groups.get(kind) ?? { files: 0, bytes: 0 };
      entry.files += 1;
      entry.bytes += wireBytes(join(dist, path));
      groups.set(kind, entry);
    }
    return groups;
  } finally {
    await browser.close();
    server.kill();
  }
}

if (existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  const query = 'Heckman';
  const groups = await firstSearchBytes(query);
  const total = [...groups.values()].reduce((sum, g) => sum + g.bytes, 0);
  console.log('');
  console.log(
    `search, first query ("${query}" on /zoeken/, Chromium; gzipped bytes of every /pagefind/ file it fetched)`,
  );
  for (const [kind, { files, bytes }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${kind.padEnd(22)}${kb(bytes).padStart(10)}  (${files} ${files === 1 ? 'file' : 'files'})`);
  }
  console.log(`${'total'.padEnd(22)}${kb(total).padStart(10)}  (aim: 150 KB or less)`);
} else {
  console.log('');
  console.log('search, first query: (geen zoekindex in de build)');
}

// A 10-slide remix: the player page's own code plus the ten single-slide pages it fetches.
{
  const story = readFileSync(join(dist, 'decks', 'het-verhaal', 'index.html'), 'utf8');
  // Slides of the kit only: the cover, dividers and end the player generates have no slide page.
  const ids = [...story.matchAll(/<section id="([^"]+)" data-slide-id/g)]
    .map((m) => m[1])
    .filter((id) => existsSync(join(dist, 'slides', id, 'presenteer', 'index.html')))
    .slice(0, 10);
  const player = existsSync(join(dist, 'presenteer', 'index.html'))
    ? pageWeight('presenteer/index.html')
    : undefined;
  if (player !== undefined && ids.length === 10) {
    const slides = ids.reduce(
      (sum, id) => sum + gz(readFileSync(join(dist, 'slides', id, 'presenteer', 'index.html'))),
      0,
    );
    const total = player.html + player.js + player.css + slides;
    console.log('');
    console.log('remix player, 10 slides of het-verhaal (gzipped; fonts as above)');
    console.log(`${'player HTML+JS+CSS'.padEnd(22)}${kb(player.html + player.js + player.css).padStart(10)}`);
    console.log(`${'10 slide fetches'.padEnd(22)}${kb(slides).padStart(10)}`);
    console.log(`${'total'.padEnd(22)}${kb(total).padStart(10)}`);
  }
}

if (existsSync(join(dist, 'presenteer', 'index.html'))) await timingRun();

// Load test: the build behind nginx with the hosting configuration (deploy/), on the loopback
// address only, compression on (the client asks for brotli and gzip, as browsers do). wrk runs a
// fixed, bounded 5 seconds per address with 16 connections on 2 threads.
await loadTest();

async function loadTest() {
  if (spawnSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' }).status !== 0) {
    console.log('');
    console.log('load test: wrk ontbreekt (bash scripts/ensure-wrk.sh)');
    return;
  }
  const { prepareLocal } = await import('../deploy/nginx.ts');
  const port = await freePort();
  let nginx;
  try {
    const { binary, args } = prepareLocal(resolvePath(dist), port, 2);
    nginx = spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    console.log('');
    console.log(`load test: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(`${base}/`);
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const fragment = readdirSync(join(dist, 'pagefind', 'fragment')).sort()[0];
    const targets = [
      ['home', '/'],
      ['deck (het-verhaal)', '/decks/het-verhaal/'],
      ['search fragment', `/pagefind/fragment/${fragment}`],
    ];
    console.log('');
    console.log('load test: nginx on 127.0.0.1, wrk -t2 -c16 -d5s, Accept-Encoding: br, gzip');
    console.log(
      ['address', 'requests/s', 'p99', 'transfer/s']
        .map((h, i) => (i === 0 ? h.padEnd(22) : h.padStart(12)))
        .join(''),
    );
    for (const [label, path] of targets) {
      const out = spawnSync(
        'wrk',
        ['-t2', '-c16', '-d5s', '--latency', '-H', 'Accept-Encoding: br, gzip', `${base}${path}`],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(`wrk faalde: ${out.stderr}`);
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out.stdout)?.[1] ?? '?';
      const p99 = /^\s+99%\s+(\S+)/m.exec(out.stdout)?.[1] ?? '?';
      const transfer = /Transfer\/sec:\s+(\S+)/.exec(out.stdout)?.[1] ?? '?';
      const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out.stdout)?.[1];
      console.log(
        `${label.padEnd(22)}${Number(rps).toFixed(0).padStart(12)}${p99.padStart(12)}${transfer.padStart(12)}${errors ? `  (${errors} errors)` : ''}`,
      );
    }
  } finally {
    nginx.kill('SIGQUIT');
  }
}
