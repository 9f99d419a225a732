import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { DeckPlayer } from './support/deck-player';
import { BuilderPage } from './support/builder-page';
import { zipPart, zipParts } from './support/export-files';
import { distDir } from './support/site-pages';

const xmlText = (xml: string) =>
  xml
    .replace(/<\/a:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Fails the test on any alert/confirm/prompt: nothing a visitor types may ever run. */
function noDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('a professional makes a deck with a cover and an own slide, reorders, undoes, shares, presents and exports it', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Two slides from the library, filtered by argument (named, not numbered).
  await page.goto('/slides/');
  const argument = page.getByLabel('Argument');
  await expect(argument.locator('option[value="2"]')).toHaveText(/^2\. \S.+/);
  await argument.selectOption('2');
  await expect(page).toHaveURL(/\?argument=2$/);
  const visible = page.locator('[data-library] li[data-entry]:not([hidden])');
  await expect(page.locator('[data-library-count]')).toHaveText(/slides? van \d+/);
  const titles: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const card = visible.nth(i);
    titles.push((await card.getByRole('heading').textContent())!.trim());
    await card.getByRole('button', { name: /Voeg toe/ }).click();
    await expect(card.getByRole('status')).toContainText(`${i + 1} slide`);
  }

  // A title, a cover and one own text slide.
  const builder = new BuilderPage(page);
  await builder.open();
  expect(await builder.titles()).toEqual(titles);
  await page.getByLabel('Titel', { exact: true }).fill('Kansrijke Start voor de gemeenteraad');
  await builder.fillCover({
    'Je naam': 'Anna de Vries',
    Organisatie: 'Gemeente Zwolle',
    Datum: '12 maart 2027',
    Plaats: 'Zwolle',
  });
  await builder.addOwnSlide('Wat we in Zwolle al doen', [
    'Een lokale coalitie sinds 2019',
    'Prenataal huisbezoek in elke wijk',
  ]);
  const own = 'Eigen slide: Wat we in Zwolle al doen';
  expect(await builder.titles()).toEqual([...titles, own]);
  // Counted as the player counts: the cover, the three slides and the closing slide.
  await expect(page.locator('[data-deck-summary]')).toHaveText(
    /^Kansrijke Start voor de gemeenteraad: 5 slides \(met omslag en afsluiting\)/,
  );

  // Reorder by keyboard, then undo with Ctrl+Z and redo by keyboard.
  await page.getByRole('button', { name: `Zet ${own} een plaats omhoog` }).focus();
  await page.keyboard.press('Enter');
  await expect(builder.live).toHaveText(`${own} staat nu op plaats 2 van 3.`);
  expect(await builder.titles()).toEqual([titles[0], own, titles[1]]);
  await page.keyboard.press('Control+z');
  await expect(builder.live).toHaveText(`Ongedaan gemaakt: ${own} verplaatst.`);
  expect(await builder.titles()).toEqual([...titles, own]);
  await page.getByRole('button', { name: `Zet ${own} een plaats omhoog` }).focus();
  await page.keyboard.press('Enter');
  const order = [titles[0], own, titles[1]];
  expect(await builder.titles()).toEqual(order);
  await page.reload();
  expect(await builder.titles()).toEqual(order);

  // Share, open in a fresh browser context: the cover with the typed title comes first.
  const link = await builder.shareLink();
  expect(link).toMatch(
    /\/presenteer\/\?titel=Kansrijke\+Start\+voor\+de\+gemeenteraad&slides=[a-z0-9-]+,_1,[a-z0-9-]+&versies=[\w-]{8}&eigen=[jz][\w-]+$/,
  );
  testInfo.annotations.push({ type: 'link', description: `${link.length} characters` });
  const fresh = await browser.newContext({ reducedMotion: 'reduce', acceptDownloads: true });
  const other = await fresh.newPage();
  const deck = new DeckPlayer(other);
  await deck.open(link);
  await deck.expectCurrent('begin');
  await expect(
    deck.current.getByRole('heading', { name: 'Kansrijke Start voor de gemeenteraad' }),
  ).toBeVisible();
  await expect(deck.current).toContainText('Anna de Vries · Gemeente Zwolle');
  await expect(deck.current).toContainText('12 maart 2027 · Zwolle');
  // Titles as read, without the soft hyphens that only serve line breaks (src/lib/hyphenation).
  const shownTitles = await other.locator('.reveal .slides > section .slide-title').allTextContents();
  expect(shownTitles.map((title) => title.replaceAll('\u00AD', ''))).toEqual([
    'Kansrijke Start voor de gemeenteraad',
    titles[0],
    'Wat we in Zwolle al doen',
    titles[1],
    'Meer weten?',
  ]);

  // Present: on to the own slide.
  await other.keyboard.press('ArrowRight');
  await other.keyboard.press('ArrowRight');
  await deck.expectCurrent('mijn-slide-1');
  await expect(deck.current.getByRole('listitem')).toHaveText([
    'Een lokale coalitie sinds 2019',
    'Prenataal huisbezoek in elke wijk',
  ]);
  expect(await axeViolations(other)).toEqual([]);

  // Export to PowerPoint: the own slides are in it.
  await other.locator('details[data-take-along] summary').click();
  const [download] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Download als PowerPoint' }).click(),
  ]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const slides = zipParts(file)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  expect(slides).toHaveLength(5);
  const text = slides.map((part) => xmlText(zipPart(file, part)));
  expect(text[0]).toContain('Kansrijke Start voor de gemeenteraad');
  expect(text[0]).toContain('Anna de Vries · Gemeente Zwolle');
  expect(text[2]).toContain('Wat we in Zwolle al doen');
  expect(text[2]).toContain('Prenataal huisbezoek in elke wijk');
  await fresh.close();
});

test('starting anew keeps the deck worked on, removing own work asks first, and every change can be undone', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addBySearch('Heckman');
  const [mine] = await builder.titles();
  // A ready-made deck from the first screen: the deck worked on so far goes to "Mijn presentaties".
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  await page.getByRole('button', { name: 'Begin hiermee: Het verhaal', exact: true }).click();
  await expect(builder.live).toContainText('Je vorige presentatie staat bij Mijn presentaties.');
  await expect.poll(async () => (await builder.titles()).length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Mijn presentaties' }).click();
  await page.getByRole('button', { name: 'Open Naamloze presentatie' }).click();
  expect(await builder.titles()).toEqual([mine]);

  // Removing an own slide with text asks; removing a library slide is undone with Ctrl+Z.
  await builder.addOwnSlide('Lokaal', ['Een punt']);
  await page.getByRole('button', { name: 'Verwijder Eigen slide: Lokaal' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nee, terug' }).click();
  expect(await builder.titles()).toEqual([mine, 'Eigen slide: Lokaal']);
  await page.getByRole('button', { name: `Verwijder ${mine}` }).click();
  expect(await builder.titles()).toEqual(['Eigen slide: Lokaal']);
  await page.keyboard.press('Control+z');
  expect(await builder.titles()).toEqual([mine, 'Eigen slide: Lokaal']);
  await page.reload();
  expect(await builder.titles()).toEqual([mine, 'Eigen slide: Lokaal']);
});

test('on a 320 px wide phone the library and the builder need no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addBySearch('Heckman');
  await builder.addOwnSlide('Een heel lange titel zonder spaties: '.concat('x'.repeat(100)), ['punt']);
  await page.getByLabel('Zoek een slide').fill('');
  await page
    .getByRole('button', { name: /^Voeg toe: / })
    .first()
    .click();
  await page.getByRole('button', { name: 'Deel', exact: true }).click();
  for (const path of ['/maak/', '/slides/']) {
    if (path !== '/maak/') await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});

test('a slide changed since the link was made is named with the day it was updated, in player and builder', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addBySearch('Heckman');
  await builder.addBySearch('Roseboom');
  const [changed = '', kept = ''] = await builder.titles();
  const link = await builder.shareLink();
  const changedId = /slides=([a-z0-9-]+),/.exec(link)![1]!;
  // The build records the day of each slide's content: the last commit of its file.
  const built = (await (await page.request.get('/slides/index.json')).json()) as {
    slides: Record<string, { t: string; v: string; d?: string }>;
  };
  const day = built.slides[changedId]!.d ?? '';
  const file = readdirSync(join(import.meta.dirname, '..', '..', 'slides')).find((name) =>
    readFileSync(join(import.meta.dirname, '..', '..', 'slides', name), 'utf8').includes(
      `\nid: ${changedId}\n`,
    ),
  )!;
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  if (git(['rev-parse', '--is-shallow-repository']) === 'false')
    expect(day).toBe(git(['log', '-1', '--format=%cs', '--', `slides/${file}`]));
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const spoken = `${date} ${new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)))} ${year}`;
  // The same build, but the first slide has been edited since the link was made: in the index
  // the builder fetches and in the one the player's page carries.
  type Index = { slides: Record<string, { t: string; v: string }> };
  const edited = (index: Index) => {
    index.slides[changedId]!.v = index.slides[changedId]!.v === 'AAAA' ? 'BBBB' : 'AAAA';
    return index;
  };
  await page.route('**/slides/index.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: edited((await response.json()) as Index) });
  });
  await page.route(
    (url) => url.pathname === '/presenteer/',
    async (route) => {
      const response = await route.fetch();
      const carried = /(<script type="application\/json" data-slide-index>)(.*?)(<\/script>)/s;
      const body = (await response.text()).replace(
        carried,
        (_, open: string, json: string, close: string) =>
          `${open}${JSON.stringify(edited(JSON.parse(json) as Index)).replace(/</g, '\\u003c')}${close}`,
      );
      expect(body).not.toBe(await response.text());
      await route.fulfill({ response, body });
    },
  );
  const deck = new DeckPlayer(page);
  await deck.open(link);
  const notice = page.locator('[data-updated-notice]');
  await expect(notice).toHaveText(
    `1 slide is bijgewerkt sinds deze link is gemaakt: ${changed} (bijgewerkt op ${spoken}).`,
  );
  await expect(notice.getByRole('link', { name: changed })).toHaveAttribute('href', `/slides/${changedId}/`);
  expect(kept).not.toBe(changed);
  // On the slide itself the presenter's notes say so; the unchanged slide's notes do not.
  await expect(
    page.locator(`section[data-slide-id="${changedId}"] aside.notes [data-updated-on]`),
  ).toHaveText(`Deze slide is bijgewerkt op ${spoken}, na het maken van deze link.`);
  await expect(page.locator('aside.notes [data-updated-on]')).toHaveCount(1);

  // "Bewerk deze presentatie" takes the link into the builder (the deck saved here is the same,
  // so it is not kept twice) and says the same about the updated slide.
  await page.getByRole('link', { name: 'Bewerk deze presentatie' }).focus();
  await page.getByRole('link', { name: 'Bewerk deze presentatie' }).click();
  await expect(page).toHaveURL(/\/maak\/$/);
  const builderNotice = page.locator('[data-builder-notice] [data-updated-notice]');
  await expect(builderNotice).toHaveText(
    `1 slide is bijgewerkt sinds deze link is gemaakt: ${changed} (bijgewerkt op ${spoken}).`,
  );
  await expect(builderNotice.getByRole('link', { name: changed })).toHaveAttribute(
    'href',
    `/slides/${changedId}/`,
  );
  expect(await builder.titles()).toEqual([changed, kept]);
  // The preview of that slide says it too.
  await expect(page.locator('[data-preview-caption]')).toContainText(
    `${changed}. Deze slide is bijgewerkt op ${spoken}, na het maken van de link.`,
  );
});

test('a link opened in an empty builder is taken over at once, renamed slides followed', async ({ page }) => {
  const redirects = yaml.load(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'redirects.yaml'), 'utf8'),
  ) as Record<string, string[]>;
  const [oldId, targets] = Object.entries(redirects).find(([, to]) => to.length > 0)!;
  await page.goto(`/maak/?titel=Overgenomen&slides=${oldId},onbekende-slide`);
  const builder = new BuilderPage(page);
  await expect.poll(() => builder.titles()).toHaveLength(targets.length);
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Overgenomen');
  await expect(page.locator('[data-builder-notice]')).toContainText('onbekende-slide');
  await expect(page).toHaveURL(/\/maak\/$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the library and the builder show true miniatures, and the builder previews the selected slide live', async ({
  page,
}) => {
  await page.goto('/slides/');
  const cards = page.locator('[data-library] li[data-entry]');
  const count = await cards.count();
  expect(count).toBeGreaterThan(50);
  // Every card has a miniature of its own slide (its title on the miniature), and no link sits in another.
  await expect(
    page.locator('[data-library] li[data-entry] .card-preview .miniature .slide-view'),
  ).toHaveCount(count);
  expect(await page.locator('a a').count()).toBe(0);
  const first = cards.first();
  expect((await first.locator('.miniature .slide-title').textContent())?.trim()).toBe(
    (await first.getByRole('heading').textContent())?.trim(),
  );
  // A chart on a miniature is drawn once it is scrolled to.
  const chart = page.locator('[data-library] .miniature figure[data-chart]').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'drawn');

  const builder = new BuilderPage(page);
  await builder.open();
  const heckman = await builder.addBySearch('Heckman');
  const roseboom = await builder.addBySearch('Roseboom');
  const thumbs = page.locator('[data-chosen] .chosen__thumb .miniature .slide-view');
  await expect(thumbs).toHaveCount(2);
  await expect(thumbs.first().locator('.slide-title')).toHaveText(heckman);
  expect(roseboom).not.toBe(heckman);
  // The picker shows miniatures too.
  await expect(
    page.locator('[data-pick-list] .pick-list__thumb .miniature .slide-view').first(),
  ).toBeVisible();

  const preview = page.locator('[data-preview]');
  const caption = page.locator('[data-preview-caption]');
  await page.getByRole('button', { name: `Zet ${heckman} een plaats omlaag` }).focus();
  // Numbered as the player numbers it, cover and dividers counted (builder-decks.spec.ts).
  await expect(caption).toHaveText(
    new RegExp(`^Slide \\d+ van \\d+: ${heckman.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`),
  );
  await expect(preview.locator('.slide-title')).toHaveText(heckman);

  // Typing the title shows the cover, changing as one types.
  await page.getByLabel('Titel', { exact: true }).fill('Voor de raad');
  await expect(preview.locator('.layout-cover .slide-title')).toHaveText('Voor de raad');
  await builder.fillCover({ 'Je naam': 'Anna de Vries' });
  await expect(preview.locator('.cover__presenter')).toHaveText('Anna de Vries');

  // An own slide is previewed while it is written, and its miniature in the list follows.
  await page.getByRole('button', { name: 'Voeg een eigen slide toe' }).click();
  await page.getByLabel('Titel van de slide').fill('<b>Lokaal</b>');
  await page.getByLabel('Punt 1', { exact: true }).fill('Wijkteams');
  await expect(preview.locator('.slide-title')).toHaveText('<b>Lokaal</b>');
  await expect(preview.locator('li')).toHaveText(['Wijkteams']);
  await expect(page.locator('[data-chosen] > li').nth(2).locator('.chosen__thumb .slide-title')).toHaveText(
    '<b>Lokaal</b>',
  );
  expect(await preview.locator('b').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('5,000 unknown ids are named without fetching a single slide, ten by name', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\/slides\/[^/]+\/presenteer\//.test(request.url())) fetched.push(request.url());
  });
  const ids = Array.from({ length: 5000 }, (_, i) => `bestaat-niet-${i}`);
  // Most servers refuse so long an address (414); the page itself is tested by serving it directly.
  const html = readFileSync(join(distDir, 'presenteer', 'index.html'), 'utf8');
  await page.route(
    (url) => url.pathname === '/presenteer/',
    (route) => route.fulfill({ contentType: 'text/html', body: html }),
  );
  // A guard against work that grows with the square of the list (minutes, not seconds), not a
  // speed target: speed is measured by `npm run bench`, and the codec's linear time is unit tested
  // (remix-link.test.ts). A loaded two-core machine takes up to 10 s here.
  const started = Date.now();
  await page.goto(`/presenteer/?slides=leeswijzer,${ids.join(',')}`);
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1, { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
  await expect(page.locator('[data-remix-notice]')).toContainText(
    `999 slides uit deze link bestaan niet (meer) in de verhaalkit: ${ids.slice(0, 10).join(', ')} en nog 989 andere.`,
  );
  await expect(page.locator('[data-remix-notice]')).toContainText(
    'De link noemt meer dan 1000 slides; de overige 4001 zijn niet getoond.',
  );
  expect(fetched.map((url) => new URL(url).pathname)).toEqual(['/slides/leeswijzer/presenteer/']);
});

test('a 100,000-character link answers within a second and names the bad part briefly', async ({ page }) => {
  // Most servers refuse such an address (414); the page itself is tested by serving it directly.
  const html = readFileSync(join(distDir, 'presenteer', 'index.html'), 'utf8');
  await page.route(
    (url) => url.pathname === '/presenteer/',
    (route) => route.fulfill({ contentType: 'text/html', body: html }),
  );
  const long = 'A'.repeat(100_000);
  await page.goto(
    `/presenteer/?slides=leeswijzer,${long}&titel=${'<b onmouseover=alert(1)>x</b>'.repeat(100)}`,
  );
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1, { timeout: 5000 });
  const before = Date.now();
  await page.evaluate(() => document.title);
  expect(Date.now() - before).toBeLessThan(1000);
  const notice = (await page.locator('[data-remix-notice]').textContent()) ?? '';
  expect(notice).toContain(`Eén deel van de link is geen slide en is overgeslagen: ${'A'.repeat(40)}…`);
  expect(notice.length).toBeLessThan(400);
  await expect(page.locator('b[onmouseover]')).toHaveCount(0);
});

test('full browser storage gets a Dutch message and loses nothing already saved', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addBySearch('Heckman');
  const saved = await builder.titles();
  // Fill the rest of the storage until even one more character does not fit.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; chunk.length > 0;) {
      try {
        localStorage.setItem(`vulling-${(i += 1)}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
  await builder.addBySearch('Roseboom');
  await expect(page.getByRole('alert')).toContainText(
    'Je browser heeft geen ruimte meer om je presentatie te bewaren',
  );
  expect(await builder.titles()).toHaveLength(2);
  await page.reload();
  expect(await builder.titles()).toEqual(saved);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('vulling-')) localStorage.removeItem(key);
  });
});

test('script and HTML typed in every own field or put in a link are shown as text, never run', async ({
  page,
}) => {
  const dialogs = noDialogs(page);
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Titel', { exact: true }).fill(payload);
  await builder.fillCover({
    Ondertitel: payload,
    'Je naam': payload,
    Organisatie: payload,
    Datum: payload,
    Plaats: payload,
  });
  await builder.addOwnSlide(payload, [payload, payload]);
  await builder.fillClosing(payload, `javascript:alert(3)${payload}`);
  const link = await builder.shareLink();
  const deck = new DeckPlayer(page);
  await deck.open(link);
  await expect(page).toHaveTitle(`${payload.slice(0, 120)} · Presentatie · Kansrijke Start verhaalkit`);
  await expect(page.locator('#begin .slide-title')).toHaveText(payload);
  await expect(page.locator('#begin .cover__presenter')).toHaveText(`${payload} · ${payload}`);
  await expect(page.locator('#mijn-slide-1 li')).toHaveText([payload, payload]);
  await expect(page.locator('#mijn-afsluiting .end__website')).toHaveText(
    `javascript:alert(3)${payload}`.slice(0, 100),
  );
  await expect(page.locator('#mijn-afsluiting a')).toHaveCount(0);
  await expect(page.locator('img[src="x"], .reveal script:not([type="application/json"])')).toHaveCount(0);

  await deck.open(
    `/presenteer/?titel=${encodeURIComponent(payload)}&slides=leeswijzer,${encodeURIComponent('<img src=y onerror=alert(3)>')}`,
  );
  await expect(page.locator('[data-remix-notice]')).toContainText('<img src=y onerror=alert(3)>');
  await expect(page.locator('img[src="x"], img[src="y"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the library, the builder and the site search find the same slides for the same words', async ({
  page,
}) => {
  for (const words of ['Heckman', 'creeren', 'Roseboom', 'Dunedin']) {
    await page.goto(`/slides/?zoek=${encodeURIComponent(words)}`);
    await expect(page.locator('[data-library-count]')).toHaveText(/van \d+$/);
    const library = await page
      .locator('[data-library] li[data-entry]:not([hidden]) > h3')
      .allTextContents()
      .then((t) => t.map((s) => s.trim()).sort());
    expect(library.length, words).toBeGreaterThan(0);

    await new BuilderPage(page).open();
    await page.getByLabel('Zoek een slide').fill(words);
    await expect(page.locator('[data-pick-status]')).toContainText('gevonden voor');
    const builder = await page.locator('[data-pick-list] .pick-list__title > strong').allTextContents();

    await page.goto(`/zoeken/?q=${encodeURIComponent(words)}`);
    // The first query loads the search index (wasm): allow a loaded machine its time.
    await expect(page.getByRole('status').filter({ hasText: 'voor “' })).toBeVisible({ timeout: 15_000 });
    const site = await page.locator('.search-result__title').allTextContents();
    expect([...builder].sort(), words).toEqual(library);
    expect(site.map((s) => s.trim()).sort(), words).toEqual(library);
  }
});

test('site search shows each slide once, with words in its excerpts kept apart', async ({ page }) => {
  await page.goto('/zoeken/?q=taal');
  await expect(page.getByRole('status').filter({ hasText: 'voor “taal”' })).toBeVisible({ timeout: 15_000 });
  const links = await page
    .locator('.search-result__title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(3);
  expect(new Set(links).size).toBe(links.length);
  const excerpts = await page.locator('.search-result__excerpt').allTextContents();
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[a-z](Bron:|Taalrijk)/);
});

test('a link made before a slide was split plays the slides that replaced it, without a not-found notice', async ({
  page,
}) => {
  const deck = new DeckPlayer(page);
  await deck.open('/presenteer/?titel=Oud&slides=leeswijzer,vervolgaanpak-acties');
  expect(await deck.slideIds()).toEqual([
    'leeswijzer',
    'vervolgaanpak-acties-afspraken',
    'vervolgaanpak-acties-ondersteuning',
  ]);
  await expect(page.locator('[data-remix-notice]')).toBeHidden();
});

test('an empty or garbled link explains what happened and offers the builder', async ({ page }) => {
  for (const path of ['/presenteer/', '/presenteer/?slides=%%%,<b>', '/presenteer/?titel=Leeg&slides=']) {
    await page.goto(path);
    const notice = page.locator('[data-remix-notice]');
    await expect(notice).toContainText(/^Deze link/);
    await expect(
      notice.getByRole('link', { name: 'Maak je eigen presentatie in de bouwdoos' }),
    ).toHaveAttribute('href', '/maak/');
  }
});

test('a link with 500 slide ids plays', async ({ page }) => {
  const ids = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? 'waarom-investeren' : 'leeswijzer'));
  const deck = new DeckPlayer(page);
  await deck.open(`/presenteer/?slides=${ids.join(',')}`);
  // With the cover and the closing slide the player adds.
  await expect(page.locator('.reveal .slides > section')).toHaveCount(502);
  await expect(page.locator('.reveal .slide-number')).toHaveText('1 / 502');
});

test('corrupt saved data is reported and kept aside, never a broken page', async ({ page }) => {
  await page.goto('/maak/');
  await page.evaluate(() => localStorage.setItem('verhaalkit:mijn-presentatie', '{kapot'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'Je opgeslagen presentatie kon niet worden gelezen: de gegevens zijn beschadigd. Er is niets weggegooid',
  );
  await new BuilderPage(page).pastFirstScreen();
  await expect(page.locator('[data-deck-summary]')).toHaveText(
    'Naamloze presentatie: 2 slides (met omslag en afsluiting) · ongeveer 1 minuut',
  );
});

test('only the chosen slides are fetched, not the whole library', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/slides/')) fetched.push(path);
  });
  const deck = new DeckPlayer(page);
  await deck.open('/presenteer/?slides=waarom-investeren,leeswijzer');
  // The slide index comes inside the page: no request for it.
  expect(fetched.sort()).toEqual(['/slides/leeswijzer/presenteer/', '/slides/waarom-investeren/presenteer/']);
});

test('on the stage a remix asks for its slides once its cover is up; opened on a slide, while the page loads', async ({
  page,
}) => {
  // In the page: when the player said it was ready, and when each slide page was asked for.
  await page.addInitScript(() => {
    const host = window as unknown as { readyAt?: number };
    // The page's <html> is not there yet when this runs: watch the document for it.
    new MutationObserver(() => {
      if (host.readyAt === undefined && document.documentElement.dataset['deckReady'] !== undefined)
        host.readyAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });
  });
  // Which script asked for each slide page.
  const askedBy: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    if (/\/slides\/[^/]+\/presenteer\/$/.test(event.request.url))
      askedBy.push(new URL(event.initiator.stack?.callFrames[0]?.url ?? 'about:blank').pathname);
  });
  const deck = new DeckPlayer(page);
  const link = '/presenteer/?slides=leeswijzer,eerste-1000-dagen,hersenontwikkeling';
  await deck.open(link);
  const stage = await page.evaluate(() => ({
    readyAt: (window as unknown as { readyAt?: number }).readyAt ?? Number.NaN,
    slides: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/slides\/[^/]+\/presenteer\/$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(stage.slides).toHaveLength(3);
  // Fetches while the page loaded held the cover up; the slides are wanted only after it.
  expect(Math.min(...stage.slides)).toBeGreaterThan(stage.readyAt);
  expect(askedBy.filter((script) => script === '/remix/early.js')).toEqual([]);

  askedBy.length = 0;
  await page.goto('about:blank');
  await deck.open(`${link}#/hersenontwikkeling`);
  await deck.expectCurrent('hersenontwikkeling');
  // Here the slides come first: asked for while the page loads, before the player's code is in.
  expect(askedBy).toEqual(['/remix/early.js', '/remix/early.js', '/remix/early.js']);
});

test('a remix shows its cover at once and takes the steps pressed meanwhile once its slides are in', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The slides arrive late, as on a slow connection; the cover does not wait for them.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/slides\/[^/]+\/presenteer\/$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(
    '/presenteer/?titel=Kansrijk%20in%20Zwolle&slides=leeswijzer,eerste-1000-dagen,hersenontwikkeling',
  );
  await expect(page.locator('html[data-deck-ready="true"]')).toHaveCount(1);
  const deck = new DeckPlayer(page);
  await deck.expectCurrent('begin');
  await expect(deck.current.locator('.slide-title')).toHaveText('Kansrijk in Zwolle');
  await expect(page.locator('html[data-deck-complete]')).toHaveCount(0);
  expect(await deck.allIds()).toEqual(['begin']);
  // No "1 / 1" while the slides are on their way.
  await expect(page.locator('.reveal .slide-number')).toBeHidden();
  // Two steps forward while the slides are still on their way.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  release();
  await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  const ids = await deck.allIds();
  expect(ids[0]).toBe('begin');
  expect(ids).toEqual(expect.arrayContaining(['leeswijzer', 'eerste-1000-dagen', 'hersenontwikkeling']));
  await deck.expectCurrent(ids[2]!);
  await expect(page).toHaveURL(new RegExp(`#/${ids[2]!}$`));
  const slideNumber = (n: number) => new RegExp(`^\\s*${n}\\s*/\\s*${ids.length}\\s*$`);
  await expect(page.locator('.reveal .slide-number')).toHaveText(slideNumber(3));
  // Back to the cover: the deck is one deck, in the player's running order.
  await page.keyboard.press('Home');
  await deck.expectCurrent('begin');
  await expect(page.locator('.reveal .slide-number')).toHaveText(slideNumber(1));
});

test('the builder with its own-slide editor open meets WCAG 2.1 AA', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByRole('button', { name: 'Voeg een eigen slide toe' }).click();
  await page.getByText('Omslag: ondertitel, naam, organisatie, datum en plaats').click();
  await page.getByText('Afsluiting: contactgegevens en website').click();
  await expect(page.getByText('Geef je slide een titel.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
