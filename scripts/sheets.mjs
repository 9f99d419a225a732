// Writes a contact sheet (PNG) per ready-made deck: every projected slide at 1280×720, as a
// presenter sees it, side by side, for review. Needs a build (npm run build) and ImageMagick's
// `montage`. Usage: npm run sheets [-- --size=1920x1080] [-- deck-id …]
// Output: sheets/<deck-id>.png (git-ignored); KIT_OUT_DIR picks another build folder.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const dist = process.env.KIT_OUT_DIR ?? 'dist';
const outDir = 'sheets';
const sizeArg = process.argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? '1280x720';
const [width, height] = sizeArg.split('x').map(Number);
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
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
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${base}/decks/${deckId}/`);
    await page.locator('html[data-deck-ready="true"]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    const ids = await page.locator('.reveal .slides > section').evaluateAll((all) => all.map((s) => s.id));
    const shots = join(outDir, `.${deckId}`);
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    for (const [index, id] of ids.entries()) {
      await page.evaluate((slideId) => (window.location.hash = `#/${slideId}`), id);
      await page.locator(`.reveal .slides > section.present#${id}`).waitFor({ state: 'attached' });
      await page
        .locator('.reveal .slides > section.present figure[data-chart]:not([data-chart-state="drawn"])')
        .waitFor({ state: 'detached' });
      await page.evaluate(() => document.body.classList.remove('show-chrome'));
      await page.screenshot({ path: join(shots, `${String(index + 1).padStart(2, '0')}-${id}.png`) });
    }
    await page.close();
    const files = readdirSync(shots)
      .sort()
      .map((file) => join(shots, file));
    const sheet = join(outDir, `${deckId}${sizeArg === '1280x720' ? '' : `-${sizeArg}`}.png`);
    const result = spawnSync(
      'montage',
      [...files, '-tile', '4x', '-geometry', '640x360+6+6', '-background', '#cfd4dc', sheet],
      { stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`montage faalde voor ${deckId}`);
    console.log(`${sheet}: ${files.length} slides`);
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
