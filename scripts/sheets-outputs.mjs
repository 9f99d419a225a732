// One contact-sheet maker per output of a deck (see scripts/sheets.mjs). Each returns the path of
// the sheet it wrote. The PDFs are made the way the export tests make them (tests/e2e/export.spec.ts):
// the menu's print view with window.print stubbed, then page.pdf(); the PowerPoint is downloaded
// from the player's "Downloaden" menu and converted by LibreOffice Impress.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Lays out the PNGs of a folder (sorted) as one sheet. */
function montage(files, sheet, tile, geometry) {
  const result = spawnSync(
    'montage',
    [...files, '-tile', tile, '-geometry', geometry, '-background', '#cfd4dc', sheet],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`montage faalde voor ${sheet}`);
  return sheet;
}

const pngsOf = (folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => join(folder, file));

/** A fresh scratch folder sheets/.<deck>-<output>/. */
function scratch(outDir, deckId, output) {
  const folder = join(outDir, `.${deckId}-${output}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Every page of a PDF as PNG (pdftoppm), then one sheet. */
function pdfSheet(pdf, folder, sheet, tile, geometry, resolution = '50') {
  execFileSync('pdftoppm', ['-png', '-r', resolution, pdf, join(folder, 'page')]);
  return montage(pngsOf(folder), sheet, tile, geometry);
}

async function openDeck(browser, base, deckId, viewport) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  // The print dialog cannot be driven here: record the call instead, as the export tests do.
  await context.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  const page = await context.newPage();
  await page.goto(`${base}/decks/${deckId}/`);
  await page.locator('html[data-deck-complete="true"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  return { context, page };
}

/** Follows a link of the "Downloaden" menu that opens a print view, and waits until it has printed. */
async function printFromMenu(page, name) {
  await page.locator('details[data-take-along]').getByText('Downloaden', { exact: true }).click();
  const [printed] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('details[data-take-along]').getByRole('link', { name }).click(),
  ]);
  await printed.locator('html[data-printed="true"]').waitFor({ state: 'attached', timeout: 90_000 });
  await printed.emulateMedia({ media: 'print' });
  return printed;
}

export function makeSheetMakers({ outDir, width, height, sizeArg }) {
  return {
    /** Every projected slide, as a presenter sees it. */
    async deck(browser, base, deckId) {
      const { context, page } = await openDeck(browser, base, deckId, { width, height });
      const ids = await page.locator('.reveal .slides > section').evaluateAll((all) => all.map((s) => s.id));
      const shots = scratch(outDir, deckId, 'deck');
      for (const [index, id] of ids.entries()) {
        await page.evaluate((slideId) => (window.location.hash = `#/${slideId}`), id);
        await page.locator(`.reveal .slides > section.present#${id}`).waitFor({ state: 'attached' });
        await page
          .locator('.reveal .slides > section.present figure[data-chart]:not([data-chart-state="drawn"])')
          .waitFor({ state: 'detached' });
        await page.evaluate(() => document.body.classList.remove('show-chrome'));
        await page.screenshot({ path: join(shots, `${String(index + 1).padStart(2, '0')}-${id}.png`) });
      }
      await context.close();
      const sheet = join(outDir, `${deckId}${sizeArg === '1280x720' ? '' : `-${sizeArg}`}.png`);
      return montage(pngsOf(shots), sheet, '4x', '640x360+6+6');
    },

    /** The stacked view a shared link opens on a phone: each slide as it scrolls by, at 390×844. */
    async phone(browser, base, deckId) {
      const { context, page } = await openDeck(browser, base, deckId, { width: 390, height: 844 });
      const shots = scratch(outDir, deckId, 'phone');
      const sections = await page.locator('.reveal .slides > section').all();
      for (const [index, section] of sections.entries()) {
        await section.scrollIntoViewIfNeeded();
        await section
          .locator('figure[data-chart]:not([data-chart-state="drawn"])')
          .waitFor({ state: 'detached', timeout: 10_000 })
          .catch(() => undefined);
        await section.screenshot({ path: join(shots, `${String(index + 1).padStart(2, '0')}.png`) });
      }
      await context.close();
      return montage(pngsOf(shots), join(outDir, `${deckId}-phone.png`), '8x', '390x+6+6');
    },

    /** The deck PDF through the menu ("Download als PDF", ?print-pdf&afdrukken). */
    async pdf(browser, base, deckId) {
      const { context, page } = await openDeck(browser, base, deckId, { width: 1280, height: 720 });
      const printed = await printFromMenu(page, 'Download als PDF');
      const folder = scratch(outDir, deckId, 'pdf');
      const file = join(folder, `${deckId}.pdf`);
      await printed.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
      await context.close();
      return pdfSheet(file, folder, join(outDir, `${deckId}-pdf.png`), '4x', '640x+6+6');
    },

    /** The hand-out, printed on A4. */
    async handout(browser, base, deckId) {
      const { context, page } = await openDeck(browser, base, deckId, { width: 1280, height: 720 });
      const printed = await printFromMenu(page, 'Download hand-out (PDF)');
      const folder = scratch(outDir, deckId, 'handout');
      const file = join(folder, `${deckId}-hand-out.pdf`);
      await printed.pdf({ path: file, format: 'A4', printBackground: true });
      await context.close();
      return pdfSheet(file, folder, join(outDir, `${deckId}-handout.png`), '4x', '595x+6+6', '72');
    },

    /** The PowerPoint made in the browser, as LibreOffice Impress renders it. */
    async pptx(browser, base, deckId) {
      const { context, page } = await openDeck(browser, base, deckId, { width: 1280, height: 720 });
      const menu = page.locator('details[data-take-along]');
      await menu.getByText('Downloaden', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        menu.getByRole('button', { name: /^Download als PowerPoint/ }).click(),
      ]);
      const folder = scratch(outDir, deckId, 'pptx');
      const file = join(folder, `${deckId}.pptx`);
      await download.saveAs(file);
      await context.close();
      // Own LibreOffice profile, so that a running Impress or test does not clash with this one.
      const profile = pathToFileURL(resolve(folder, 'lo-profile')).href;
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, file],
        { stdio: 'pipe', timeout: 240_000 },
      );
      const pdf = join(folder, basename(file).replace(/\.pptx$/, '.pdf'));
      return pdfSheet(pdf, folder, join(outDir, `${deckId}-pptx.png`), '4x', '640x+6+6');
    },
  };
}
