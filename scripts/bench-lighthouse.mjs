// `npm run bench -- --lighthouse`: Lighthouse 12.2.3 (fetched by npx, no project dependency) on
// the built site as it is hosted (scripts/serve-site.mjs): the story /verhaal/ on a phone, the
// ready-made deck /decks/het-verhaal/ on a phone and a desktop. Three runs each (`--runs=N`), the
// median of each figure, and the machine's load average, since a busy machine scores lower.
// Aims (issue 22): the story 100 with CLS 0; the deck 92+ on a phone and 100 on a desktop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const LIGHTHOUSE = 'lighthouse@12.2.3';

const targets = [
  { label: 'verhaal, mobiel', path: '/verhaal/', preset: 'mobile', aim: 'aim: 100, CLS 0' },
  { label: 'deck, mobiel', path: '/decks/het-verhaal/', preset: 'mobile', aim: 'aim: 92 or more' },
  { label: 'deck, desktop', path: '/decks/het-verhaal/', preset: 'desktop', aim: 'aim: 100' },
];

const metrics = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['SI', 'speed-index'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** One Lighthouse run; returns the report's performance score and figures. */
function lighthouseRun(url, preset, outFile) {
  const chrome = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outFile}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const result = spawnSync('npx', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: chrome === undefined ? process.env : { ...process.env, CHROME_PATH: chrome },
  });
  if (result.status !== 0) throw new Error(`Lighthouse is mislukt voor ${url} (${preset}).`);
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  const figure = (id) => report.audits[id].numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    cls: figure('cumulative-layout-shift'),
    ...Object.fromEntries(metrics.map(([name, id]) => [name, figure(id)])),
  };
}

/** Runs Lighthouse `runs` times per target against the build in `dist` and prints medians. */
export async function lighthouseFigures(dist, runs = 3) {
  if (!existsSync(join(dist, 'verhaal', 'index.html')))
    throw new Error(`Geen build in ${dist}: draai eerst npm run build.`);
  const port = await freePort();
  const server = spawn(process.execPath, [join('scripts', 'serve-site.mjs'), dist, String(port)], {
    stdio: 'ignore',
  });
  const scratch = mkdtempSync(join(tmpdir(), 'kit-lighthouse-'));
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    console.log(`Lighthouse (${LIGHTHOUSE}, simulated throttling), median of ${runs} runs`);
    console.log(`load average at start: ${load()}`);
    console.log(
      `${'page'.padEnd(18)}${'perf'.padStart(6)}${['FCP', 'LCP', 'TBT', 'SI'].map((n) => `${n} ms`.padStart(9)).join('')}${'CLS'.padStart(8)}   scores (load avg 1 min)`,
    );
    for (const target of targets) {
      const results = [];
      for (let run = 0; run < runs; run += 1) {
        const loadBefore = loadavg()[0].toFixed(1);
        const out = join(scratch, `run-${run}.json`);
        results.push({
          ...lighthouseRun(`http://127.0.0.1:${port}${target.path}`, target.preset, out),
          loadBefore,
        });
      }
      const row = [
        String(median(results.map((r) => r.score))).padStart(6),
        ...metrics.map(([name]) => String(Math.round(median(results.map((r) => r[name])))).padStart(9)),
        median(results.map((r) => r.cls))
          .toFixed(3)
          .padStart(8),
      ].join('');
      const spread = results.map((r) => `${r.score} (${r.loadBefore})`).join(', ');
      console.log(`${target.label.padEnd(18)}${row}   ${spread}  ${target.aim}`);
    }
    console.log(`load average at end: ${load()}`);
  } finally {
    server.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Handles `--lighthouse` (and `--runs=N`); true when it ran. */
export async function lighthouseFromArgs(argv, dist) {
  if (!argv.includes('--lighthouse')) return false;
  const runs = Number(argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs= verwacht een heel getal, 1 of meer.');
  await lighthouseFigures(dist, runs);
  return true;
}
