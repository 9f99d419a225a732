// The builder's first screen, "Mijn presentaties" (several decks, rename, duplicate, delete with
// undo, a deck as a .json file), saved data that cannot be read (kept aside, never discarded, in the
// builder and in "Voeg toe"), the strip numbered as the player numbers, reordering by mouse, and
// the builder at 320 px. Used as a visitor would: by labels, roles and what is on screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { BuilderPage } from './support/builder-page';
import { DeckPlayer } from './support/deck-player';

const decksDir = join(import.meta.dirname, '..', '..', 'content', 'decks');
const readyMade = readdirSync(decksDir)
  .filter((file) => file.endsWith('.yaml'))
  .map(
    (file) =>
      yaml.load(readFileSync(join(decksDir, file), 'utf8')) as {
        id: string;
        title: string;
        slides: string[];
        durationMinutes: number;
      },
  );

const home = (page: Page) => page.getByRole('heading', { name: 'Hoe wil je beginnen?' });
const myDecks = (page: Page) => page.locator('[data-my-decks] > li h4');
const homeStatus = (page: Page) => page.locator('[data-home-status]');

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test('the first screen asks how to start: empty, each ready-made deck, or on with the saved deck', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const builder = new BuilderPage(page);
  await page.goto('/maak/');
  await expect(home(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jouw presentatie' })).toBeHidden();
  // Nothing saved yet: nothing to go on with.
  await expect(page.getByRole('button', { name: 'Verder met mijn presentatie' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);
  // Each ready-made deck: its cover miniature, its slide count and duration, and its slides when chosen.
  for (const deck of readyMade) {
    const card = page
      .locator('.home__deck')
      .filter({ has: page.getByRole('heading', { name: deck.title, exact: true }) });
    await expect(card.locator('.miniature')).toBeVisible();
    await expect(card).toContainText(
      `${deck.slides.length} slides · ongeveer ${deck.durationMinutes} minuten`,
    );
    await card.getByRole('button', { name: `Begin hiermee: ${deck.title}` }).click();
    await expect(page.getByRole('heading', { name: 'Jouw presentatie' })).toBeVisible();
    await expect(page.locator('[data-chosen] > li')).toHaveCount(deck.slides.length);
    expect(
      await page
        .locator('[data-chosen] > li')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['item'])),
    ).toEqual(deck.slides);
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(deck.title);
    await page.getByRole('button', { name: 'Mijn presentaties' }).click();
    await expect(home(page)).toBeVisible();
  }
  // Every deck started is kept: the last one is open, the others wait in "Mijn presentaties".
  await expect(myDecks(page)).toHaveText(readyMade.map((d) => d.title).reverse());
  const last = readyMade.at(-1)!;
  await expect(page.locator('[data-continue-what]')).toHaveText(
    `${last.title}: ${last.slides.length} slides.`,
  );

  // "Leeg": an empty deck; the one worked on goes to the shelf.
  await page.getByRole('button', { name: 'Leeg', exact: true }).click();
  expect(await builder.titles()).toEqual([]);
  await expect(page.locator('[data-deck-summary]')).toHaveText(
    'Naamloze presentatie: 2 slides (met omslag en afsluiting) · ongeveer 1 minuut',
  );
  const added = await builder.addBySearch('Heckman');

  // A reload in a new visit: the first screen again, and "Verder" goes on with the same deck.
  const fresh = await page.context().newPage();
  await fresh.goto('/maak/');
  await expect(home(fresh)).toBeVisible();
  await expect(fresh.locator('[data-continue-what]')).toHaveText('Naamloze presentatie: 1 slide.');
  await fresh.getByRole('button', { name: 'Verder met mijn presentatie' }).click();
  expect(await new BuilderPage(fresh).titles()).toEqual([added]);
  await expect(myDecks(fresh)).toHaveCount(readyMade.length + 1);
});

test('Mijn presentaties: two decks renamed, duplicated, deleted and brought back, after a reload too', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Titel', { exact: true }).fill('Voor de raad');
  const first = await builder.addBySearch('Heckman');
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  await page.getByRole('button', { name: 'Leeg', exact: true }).click();
  await page.getByLabel('Titel', { exact: true }).fill('Voor de wijkteams');
  const second = await builder.addBySearch('Roseboom');
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  await expect(myDecks(page)).toHaveText(['Voor de wijkteams', 'Voor de raad']);

  // Rename the deck on the shelf.
  await page.getByRole('button', { name: 'Hernoem Voor de raad' }).click();
  await page.getByLabel('Nieuwe naam').fill('Voor de gemeenteraad');
  await page.getByRole('button', { name: 'Bewaar naam' }).click();
  await expect(homeStatus(page)).toHaveText('De naam is nu Voor de gemeenteraad.');
  // Duplicate the open one.
  await page.getByRole('button', { name: 'Dupliceer Voor de wijkteams' }).click();
  await expect(myDecks(page)).toHaveText([
    'Voor de wijkteams',
    'Voor de wijkteams (kopie)',
    'Voor de gemeenteraad',
  ]);
  // Delete one, and undo.
  await page.getByRole('button', { name: 'Verwijder Voor de gemeenteraad' }).click();
  await expect(homeStatus(page)).toHaveText('Voor de gemeenteraad is verwijderd. Ongedaan maken');
  await expect(myDecks(page)).toHaveText(['Voor de wijkteams', 'Voor de wijkteams (kopie)']);
  await expect(page.getByRole('button', { name: 'Haal Voor de gemeenteraad terug' })).toBeFocused();
  await page.getByRole('button', { name: 'Haal Voor de gemeenteraad terug' }).click();
  await expect(myDecks(page)).toHaveText([
    'Voor de wijkteams',
    'Voor de wijkteams (kopie)',
    'Voor de gemeenteraad',
  ]);
  // Delete the open one: the next takes its place; undo brings it back as the open deck.
  await page.getByRole('button', { name: 'Verwijder Voor de wijkteams', exact: true }).click();
  await expect(myDecks(page)).toHaveText(['Voor de wijkteams (kopie)', 'Voor de gemeenteraad']);
  await page.getByRole('button', { name: 'Haal Voor de wijkteams terug' }).click();
  await expect(myDecks(page)).toHaveText([
    'Voor de wijkteams',
    'Voor de wijkteams (kopie)',
    'Voor de gemeenteraad',
  ]);
  expect(await axeViolations(page)).toEqual([]);

  // All of it survives a reload; opening the renamed one shows its slide.
  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(myDecks(page)).toHaveText([
    'Voor de wijkteams',
    'Voor de wijkteams (kopie)',
    'Voor de gemeenteraad',
  ]);
  await page.getByRole('button', { name: 'Open Voor de gemeenteraad' }).click();
  expect(await builder.titles()).toEqual([first]);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Voor de gemeenteraad');
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  await page.getByRole('button', { name: 'Open Voor de wijkteams', exact: true }).click();
  expect(await builder.titles()).toEqual([second]);
});

test('a deck downloaded as a .json file opens again, and a wrong file gets a Dutch message', async ({
  page,
}, testInfo) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Titel', { exact: true }).fill('Voor de raad');
  await builder.addBySearch('Heckman');
  await builder.addOwnSlide('Wat we in Zwolle al doen', ['Een lokale coalitie sinds 2019']);
  const titles = await builder.titles();
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als bestand: Voor de raad' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('voor-de-raad.json');
  const file = testInfo.outputPath('voor-de-raad.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    kind: 'kansrijke-start-presentatie',
    version: 1,
  });

  // Another browser opens the file.
  const other = await page.context().browser()!.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/maak/');
  await fresh.getByLabel('Open een bestand (.json)').setInputFiles(file);
  await expect(fresh.getByRole('heading', { name: 'Jouw presentatie' })).toBeVisible();
  expect(await new BuilderPage(fresh).titles()).toEqual(titles);
  await expect(fresh.getByLabel('Titel', { exact: true })).toHaveValue('Voor de raad');
  await expect(fresh.locator('[data-deck-live]')).toHaveText(
    'Voor de raad geopend uit voor-de-raad.json: 2 slides.',
  );

  // A file that is no deck changes nothing and says why.
  await fresh.getByRole('button', { name: 'Mijn presentaties' }).click();
  const wrong = testInfo.outputPath('boodschappen.json');
  writeFileSync(wrong, '{"melk": 2}');
  await fresh.getByLabel('Open een bestand (.json)').setInputFiles(wrong);
  await expect(fresh.locator('[data-home-status]')).toHaveText(
    'boodschappen.json: Dit bestand is geen presentatie uit de verhaalkit.',
  );
  await expect(myDecks(fresh)).toHaveText(['Voor de raad']);
  await other.close();
});

for (const [kind, stored, says] of [
  ['corrupt', '{"version":2,"title":"Voor de raad","slides":["titel"', 'de gegevens zijn beschadigd'],
  [
    'newer',
    '{"version":99,"title":"Voor de raad","slides":["titel"],"charts":[1]}',
    'nieuwere versie van de verhaalkit',
  ],
] as const) {
  test(`a ${kind} saved deck is kept aside and offered as a download, in the builder`, async ({ page }) => {
    await page.addInitScript((raw) => {
      if (sessionStorage.getItem('planted') === null) {
        localStorage.setItem('verhaalkit:mijn-presentatie', raw);
        sessionStorage.setItem('planted', '1');
      }
    }, stored);
    await page.goto('/maak/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('Er is niets weggegooid: een kopie staat apart bij Mijn presentaties');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('link', { name: 'Download de onleesbare presentatie' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^onleesbare-presentatie-[\d-]+\.json$/);
    expect(readFileSync(await download.path(), 'utf8')).toBe(stored);
    // Kept aside byte for byte, listed with a download, and a new deck started.
    const aside = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('verhaalkit:onleesbaar:'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(aside).toEqual([stored]);
    await expect(myDecks(page)).toHaveText([
      /^Onleesbare presentatie, apart gezet op \d+ \w+ 20\d\d om \d\d:\d\d$/,
    ]);
    await page.getByRole('button', { name: 'Leeg', exact: true }).click();
    await new BuilderPage(page).addBySearch('Heckman');
    await page.reload();
    await expect(page.getByRole('alert')).toBeHidden();
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('verhaalkit:onleesbaar:')).length,
      ),
    ).toBe(1);
  });
}

test('"Voeg toe" on a slide page keeps an unreadable saved deck aside before it starts a new one', async ({
  page,
}) => {
  const stored = '{"version":99,"title":"Van morgen","slides":["titel"]}';
  await page.goto('/slides/hersenontwikkeling/');
  await page.evaluate((raw) => localStorage.setItem('verhaalkit:mijn-presentatie', raw), stored);
  await page
    .getByRole('button', { name: /Voeg toe aan mijn presentatie/ })
    .first()
    .click();
  const status = page.locator('[data-add-status]').first();
  await expect(status).toContainText(
    'Je opgeslagen presentatie komt uit een nieuwere versie van de verhaalkit',
  );
  await expect(status).toContainText('Er is niets weggegooid');
  await expect(status).toContainText('Toegevoegd. Je presentatie heeft nu 1 slide.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    status.getByRole('link', { name: 'Download de onleesbare presentatie' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(stored);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('verhaalkit:onleesbaar:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual([stored]);
  // Storage that cannot keep a copy: nothing is overwritten.
  await page.evaluate((raw) => {
    localStorage.setItem('verhaalkit:mijn-presentatie', raw);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call below
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('verhaalkit:onleesbaar:')) throw new DOMException('vol', 'QuotaExceededError');
      real.call(this, key, value);
    };
  }, stored);
  await page
    .getByRole('button', { name: /Voeg toe aan mijn presentatie/ })
    .first()
    .click();
  await expect(status).toContainText('Apart zetten lukte niet');
  expect(await page.evaluate(() => localStorage.getItem('verhaalkit:mijn-presentatie'))).toBe(stored);
});

test('the strip numbers slides as the player does, the cover counted, and reorders by mouse and keyboard', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1440, height: 900 });
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Titel', { exact: true }).fill('Genummerd');
  const a = await builder.addBySearch('Heckman');
  const b = await builder.addBySearch('Roseboom');
  const c = await builder.addBySearch('armoede');
  // The strip's numbers and the preview's caption count the cover and any part dividers.
  await page.locator('[data-chosen] > li').nth(1).locator('.chosen__title').click();
  const caption = page.locator('[data-preview-caption]');
  await expect(caption).toHaveText(new RegExp(`^Slide \\d+ van \\d+: ${b}\\.$`));
  const [, number, total] = /^Slide (\d+) van (\d+)/.exec((await caption.textContent())!)!;
  expect(Number(number)).toBeGreaterThanOrEqual(3);
  await expect(page.locator('[data-chosen] > li').nth(1)).toHaveJSProperty('value', Number(number));
  await expect(page.locator('[data-strip-closing-number]')).toHaveText(total!);
  // Drag the third slide by its handle to the top.
  const handle = page.locator('[data-chosen] > li').nth(2).locator('.chosen__handle');
  const target = page.locator('[data-chosen] > li').nth(0);
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1)
    await page.mouse.move(from.x + from.width / 2, from.y + ((to.y + 5 - from.y) * step) / 10);
  // Rest on the first slide's top edge as a hand does: on a loaded machine the browser may
  // coalesce the moves above, and the list only shifts on a drag event over the target.
  // A pause after each move lets the browser send its drag event before the next one.
  for (const dy of [to.height / 2, to.height / 3, 8, 4]) {
    await page.mouse.move(from.x + from.width / 2, to.y + dy, { steps: 3 });
    await page.waitForTimeout(60);
  }
  await page.mouse.up();
  await expect.poll(() => builder.titles()).toEqual([c, a, b]);
  await expect(builder.live).toHaveText(`${c} staat nu op plaats 1 van 3.`);
  // And back by keyboard.
  await page.getByRole('button', { name: `Zet ${c} een plaats omlaag` }).focus();
  await page.keyboard.press('Enter');
  expect(await builder.titles()).toEqual([a, c, b]);
  await expect(page.getByRole('button', { name: `Zet ${c} een plaats omlaag` })).toBeFocused();

  // The player shows each slide under the builder's number, the closing slide last.
  const shown = await page
    .locator('[data-chosen] > li')
    .evaluateAll((items) =>
      items.map((li) => [(li as HTMLLIElement).dataset['item']!, (li as HTMLLIElement).value] as const),
    );
  const last = Number(await page.locator('[data-strip-closing-number]').textContent());
  const href = (await page.locator('[data-present]').getAttribute('href'))!;
  const player = new DeckPlayer(page);
  for (const [id, value] of shown) {
    await player.open(`${href}#/${id}`);
    await player.expectCurrent(id);
    await expect(page.locator('.reveal .slide-number')).toHaveText(`${value} / ${last}`);
  }
});

test('at 320 px the builder is one column, the preview first, without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/maak/');
  await expect(home(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await new BuilderPage(page).pastFirstScreen();
  const builder = new BuilderPage(page);
  await builder.addBySearch('Heckman');
  await builder.addOwnSlide('Een heel lange titel zonder spaties: '.concat('x'.repeat(100)), ['punt']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const preview = await box('[data-preview]');
  const strip = await box('.builder__strip');
  const library = await box('.builder__add');
  expect(preview.width).toBeGreaterThan(240);
  expect(preview.y + preview.height).toBeLessThanOrEqual(strip.y);
  expect(strip.y + strip.height).toBeLessThanOrEqual(library.y);
  expect(Math.abs(strip.x - preview.x)).toBeLessThan(30);
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a deck too long for a link says so before sharing and offers the deck as a file', async ({
  page,
}, testInfo) => {
  // Library slides alone always fit (a long link names them by four-character codes); twenty own
  // slides full of text that does not compress do not.
  const ids = readyMade.flatMap((d) => d.slides);
  const library = Array.from({ length: 600 }, (_, i) => ids[i % ids.length]!);
  let seed = 7;
  const noise = (length: number) =>
    Array.from({ length }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCodePoint(0x4e00 + (seed % 20000));
    }).join('');
  const own = Array.from({ length: 20 }, (_, i) => ({
    key: `_${i + 1}`,
    title: noise(100),
    bullets: Array.from({ length: 6 }, () => noise(150)),
  }));
  const slides = [...library, ...own.map((slide) => slide.key)];
  await page.goto('/maak/');
  await page.evaluate(
    ({ list, ownSlides }) =>
      localStorage.setItem(
        'verhaalkit:mijn-presentatie',
        JSON.stringify({ version: 2, title: 'Alles', slides: list, own: ownSlides }),
      ),
    { list: slides, ownSlides: own },
  );
  await page.reload();
  await page.getByRole('button', { name: 'Verder met mijn presentatie' }).click();
  const note = page.locator('[data-too-long]');
  await expect(note).toBeVisible();
  await expect(note).toContainText(
    /^Deze presentatie is te groot voor een link \([\d.]+ tekens, een link mag er hoogstens 15\.000 hebben\)/,
  );
  await expect(page.getByRole('button', { name: 'Deel', exact: true })).toBeDisabled();
  await expect(page.locator('[data-present]')).toHaveAttribute('aria-disabled', '');
  await expect(page.locator('[data-present]')).not.toHaveAttribute('href', /./);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    note.getByRole('button', { name: 'Download als bestand (.json)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('alles.json');
  const file = testInfo.outputPath('alles.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { slides: string[]; own: Record<string, unknown> };
  expect(saved.slides).toEqual(slides);
  expect(Object.keys(saved.own)).toHaveLength(20);
  // Removing slides until the link fits brings the link back.
  await page.evaluate(() => {
    const deck = JSON.parse(localStorage.getItem('verhaalkit:mijn-presentatie')!) as { slides: string[] };
    localStorage.setItem(
      'verhaalkit:mijn-presentatie',
      JSON.stringify({ ...deck, slides: deck.slides.slice(0, 20) }),
    );
  });
  await page.reload();
  await expect(page.locator('[data-present]')).toHaveAttribute('href', /^\/presenteer\/\?/);
  await expect(note).toBeHidden();
  await expect(page.getByRole('button', { name: 'Deel', exact: true })).toBeEnabled();
});
