// Writes contact sheets (PNG) per ready-made deck of every output a person takes away, for review
// by sight: the projected slides at 1280×720 (`deck`), the stacked phone view at 390×844
// (`phone`), the deck PDF printed through the menu path (`pdf`), the hand-out PDF on A4
// (`handout`) and the PowerPoint made in the browser as LibreOffice Impress renders it (`pptx`).
// Needs a build (npm run build), ImageMagick's `montage`, poppler's `pdftoppm` and, for `pptx`,
// LibreOffice (scripts/ensure-export-tools.sh).
// Usage: npm run sheets [-- --size=1920x1080] [-- --only=pdf,pptx] [-- deck-id …]
// Output: sheets/<deck-id>[-<output>].png (git-ignored); KIT_OUT_DIR picks another build folder.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { makeSheetMakers } from './sheets-outputs.mjs';

const dist = process.env.KIT_OUT_DIR ?? 'dist';
const outDir = 'sheets';
const sizeArg = process.argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? '1280x720';
const [width, height] = sizeArg.split('x').map(Number);
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const allOutputs = ['deck', 'phone', 'pdf', 'handout', 'pptx'];
const outputs =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? allOutputs;
const unknown = outputs.filter((output) => !allOutputs.includes(output));
if (unknown.length > 0) {
  console.error(`Onbekende uitvoer: ${unknown.join(', ')}; kies uit ${allOutputs.join(', ')}.`);
  process.exit(1);
}
// `-- --story`: tall screenshots of /verhaal/ at 390 and 1440 px instead of the deck sheets.
const storyMode = process.argv.includes('--story');

if (!existsSync(join(dist, 'decks'))) {
  console.error(`Geen build gevonden in ${dist}/: voer eerst npm run build uit.`);
  process.exit(1);
}
if (spawnSync('montage', ['-version']).status !== 0) {
  console.error(
    'ImageMagick (montage) ontbreekt: installeer het, bijvoorbeeld met apt-get install imagemagick.',
  );
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve.mjs', dist, String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
const browser = await chromium
  .launch({ args: ['--no-sandbox'] })
  .catch(() => chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] }));
try {
  for (let tries = 0; tries < 50; tries++) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (storyMode) await storySheets(browser, base);
  const decks = readdirSync(join(dist, 'decks'), { withFileTypes: true })
    .filter((entry) => !storyMode && entry.isDirectory() && (only.length === 0 || only.includes(entry.name)))
    .map((entry) => entry.name)
    .sort();
  mkdirSync(outDir, { recursive: true });
  for (const deckId of decks) {
    for (const output of outputs) {
      const sheet = await makeSheetMakers({ outDir, width, height, sizeArg })[output](browser, base, deckId);
      console.log(`${sheet}`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}

/** The story page from top to bottom at a phone's and a wide screen's width, every scene at its last step. */
async function storySheets(browser, base) {
  mkdirSync(outDir, { recursive: true });
  for (const [w, h] of [
    [390, 844],
    [1440, 900],
  ]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
    await page.goto(`${base}/verhaal/`);
    await page.evaluate(() => document.fonts.ready);
    // Scroll through once so that every chart is drawn, then show each scene in its final state.
    for (const step of await page.locator('[data-step]').all()) await step.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForTimeout(500);
    const file = join(outDir, `verhaal-${w}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${file}: het verhaal op ${w}×${h}`);
    await page.close();
  }
}
