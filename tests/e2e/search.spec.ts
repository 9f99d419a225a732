// Search (Pagefind) in Chromium: ranking, ambassadors, filters, and loading only on use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import yaml from 'js-yaml';
import { expect, test, type Page } from '@playwright/test';
import { SearchPage } from './support/search-page';
import { builtPages, distDir, isDeckPage } from './support/site-pages';

const root = join(import.meta.dirname, '..', '..');

/** Requests for anything of Pagefind (script, WebAssembly, index) made by the page. */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) seen.push(request.url());
  });
  return seen;
}

test.describe('search', () => {
  test('loads nothing of Pagefind before the visitor uses search', async ({ page }) => {
    const requested = pagefindRequests(page);
    await page.goto('/');
    await page.goto('/verhaal/');
    await page.goto('/zoeken/');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    const search = new SearchPage(page);
    await search.field.focus();
    await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('offers a search field on every kind of site page', async ({ page }) => {
    for (const path of [
      '/',
      '/verhaal/',
      '/slides/',
      '/slides/titel/',
      '/ambassadeurs/',
      '/bronnen/',
      '/over/',
      '/decks/',
      '/maak/',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('search').getByRole('searchbox'), path).toHaveCount(1);
    }
  });

  test('opens from the field in the site header and puts the Heckman slide first for "Heckman"', async ({
    page,
  }) => {
    await page.goto('/');
    const header = page.getByRole('search', { name: 'Zoeken op de site' });
    await header.getByRole('searchbox', { name: 'Zoek in de verhaalkit' }).fill('Heckman');
    await header.getByRole('button', { name: 'Zoek' }).click();
    await expect(page).toHaveURL(/\/zoeken\/\?q=Heckman$/);
    const search = new SearchPage(page);
    expect(await search.count('Heckman')).toBeGreaterThan(0);
    // The slide about the return on investment cites Heckman and shows his curve.
    const [first] = await search.resultHrefs();
    expect(first).toMatch(/^\/(verhaal\/#|slides\/)financieel-aantrekkelijk\/?$/);
    await search.results.first().getByRole('link').click();
    await expect(
      page.getByRole('heading', {
        name: 'Investeren in een Kansrijke Start is ook financieel aantrekkelijk',
      }),
    ).toBeVisible();
  });

  test('labels results in words the public uses and starts each excerpt at a sentence', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/');
    expect(await search.search('hersenen')).toBeGreaterThan(0);
    const hrefs = await search.resultHrefs();
    const labels = await search.resultLabels();
    const excerpts = await search.resultExcerpts();
    expect(labels[hrefs.indexOf('/slides/hersenontwikkeling/')]).toBe('Presentatieslide · Uit het verhaal');
    for (const label of labels)
      expect(label).toMatch(/^(Uit het verhaal|Presentatieslide|Ambassadeur|Pagina)\b/);
    for (const label of labels) expect(label).not.toMatch(/^Slide\b/);
    // A sentence starts with a capital, a digit or an opening quote, never mid-sentence.
    for (const excerpt of excerpts) expect(excerpt).toMatch(/^[\p{Lu}\d‘“'"(€]/u);
    expect(excerpts.join(' ')).toMatch(/hersenen/i);

    expect(await search.search('Tessa Roseboom')).toBeGreaterThan(0);
    expect(await search.resultLabels()).toContain('Ambassadeur · Wetenschap');
  });

  test('lists a slide once, as its slide page, and opens it', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/');
    await search.search('Heckman');
    const hrefs = await search.resultHrefs();
    expect(hrefs).toContain('/slides/financieel-aantrekkelijk/');
    expect(hrefs.filter((href) => href.includes('financieel-aantrekkelijk'))).toHaveLength(1);
    await search.results
      .getByRole('link')
      .and(page.locator('[href="/slides/financieel-aantrekkelijk/"]'))
      .click();
    await expect(page).toHaveURL(/\/slides\/financieel-aantrekkelijk\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  for (const id of ['tessa-roseboom', 'wiro-gruisen']) {
    test(`finds the quote of ambassador ${id} by surname`, async ({ page }) => {
      const ambassador = yaml.load(
        readFileSync(join(root, 'content', 'ambassadors', `${id}.yaml`), 'utf8'),
      ) as { name: string; quote: string };
      const surname = ambassador.name.split(' ').at(-1)!;
      const search = new SearchPage(page);
      await page.goto('/zoeken/');
      expect(await search.search(surname)).toBeGreaterThan(0);
      const [first] = await search.resultHrefs();
      expect(first).toBe(`/slides/ambassadeur-${id}/`);
      await search.results.first().getByRole('link').click();
      await expect(page.getByRole('blockquote')).toContainText(ambassador.quote.slice(0, 60));
    });
  }

  test('narrows the results with the part and sector filters, and keeps them in the address', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/');
    const all = await search.search('kinderen');
    await page.getByLabel('Deel van het verhaal').selectOption({ label: 'Ambassadeurs aan het woord' });
    await expect(page).toHaveURL(/deel=ambassadeurs/);
    await expect.poll(async () => search.count('kinderen')).toBeLessThan(all);
    const inPart = await search.count('kinderen');
    expect(inPart).toBeGreaterThan(0);
    for (const label of await search.resultLabels()) expect(label).toMatch(/^Ambassadeur · /);

    await page.getByLabel('Sector van de ambassadeur').selectOption({ label: 'Gemeente' });
    await expect(page).toHaveURL(/deel=ambassadeurs&sector=gemeente/);
    await expect.poll(async () => search.count('kinderen')).toBeLessThan(inPart);
    for (const label of await search.resultLabels()) expect(label).toContain('Gemeente');
  });

  test('restores a search from the address, showing the typed text as text only', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/?q=kinderen&deel=ambassadeurs&sector=onbekend');
    await expect(search.field).toHaveValue('kinderen');
    await expect(page.getByLabel('Deel van het verhaal')).toHaveValue('ambassadeurs');
    await expect(page.getByLabel('Sector van de ambassadeur')).toHaveValue('');
    expect(await search.count('kinderen')).toBeGreaterThan(0);

    const typed = '<img src=x onerror="document.title=1">';
    await page.goto(`/zoeken/?q=${encodeURIComponent(typed)}`);
    await expect(search.status).toContainText(`voor “${typed}”`);
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('shows ten results at a time and moves focus to the first new one with "Meer resultaten"', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/');
    const total = await search.search('kinderen');
    expect(total, 'the kit has more than ten results for "kinderen"').toBeGreaterThan(10);
    await expect(search.results).toHaveCount(10);
    await page.getByRole('button', { name: 'Meer resultaten' }).click();
    await expect(search.results).toHaveCount(Math.min(20, total));
    await expect(search.results.nth(10).getByRole('link')).toBeFocused();
  });

  test('indexes the speaker notes of slide pages, which the story page does not show', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/');
    // "Burton" (Rea & Burton's critique of the Heckman curve) occurs only in that slide's notes.
    expect(await search.search('Burton')).toBe(1);
    expect(await search.resultHrefs()).toEqual(['/slides/financieel-aantrekkelijk/']);
  });

  test('indexes no deck player: they duplicate the slide pages', () => {
    const decks = builtPages().filter(isDeckPage);
    expect(decks.length).toBeGreaterThan(0);
    const indexed = decks.filter((path) =>
      readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('data-pagefind-body'),
    );
    expect(indexed).toEqual([]);
  });

  test('meets WCAG 2.1 AA with results and filters shown', async ({ page }) => {
    const search = new SearchPage(page);
    await page.goto('/zoeken/?q=kinderen&deel=ambassadeurs');
    expect(await search.count('kinderen')).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
