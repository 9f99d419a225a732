// The ambassadors page: everyone without JavaScript, filtered by sector with it, in the address.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ambassadorCount = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'ambassadors')).filter(
  (f) => f.endsWith('.yaml'),
).length;

test.describe('the ambassadors page', () => {
  test('shows every ambassador with headline, quote and a link to their slide', async ({ page }) => {
    await page.goto('/ambassadeurs/');
    const items = page.locator('.ambassador-list > li');
    await expect(items).toHaveCount(ambassadorCount);
    const roseboom = page.locator('li#tessa-roseboom');
    await expect(roseboom.locator('blockquote')).toContainText('Kinderen zijn onze toekomst');
    await roseboom.getByRole('link', { name: 'Bekijk de slide van Tessa Roseboom' }).click();
    await expect(page).toHaveURL(/\/slides\/ambassadeur-tessa-roseboom\/$/);
  });

  test('filters by sector and keeps the sector in the address', async ({ page }) => {
    await page.goto('/ambassadeurs/');
    const filter = page.getByRole('group', { name: 'Toon ambassadeurs uit' });
    await filter.getByRole('radio', { name: /^Gemeente/ }).check();
    await expect(page).toHaveURL(/\?sector=gemeente$/);
    const visible = page.locator('.ambassador-list > li:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(ambassadorCount);
    for (const text of await visible.locator('.meta').allTextContents())
      expect(text).toBe('Sector: Gemeente');
    await expect(page.getByRole('status')).toHaveText(`${shown} van ${ambassadorCount} ambassadeurs`);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await filter.getByRole('radio', { name: /^Alle sectoren/ }).check();
    await expect(page).toHaveURL(/\/ambassadeurs\/$/);
    await expect(visible).toHaveCount(ambassadorCount);
  });

  test('opens with the sector from the address, and ignores one it does not know', async ({ page }) => {
    await page.goto('/ambassadeurs/?sector=sociaal+domein');
    await expect(page.getByRole('radio', { name: /^Sociaal domein/ })).toBeChecked();
    for (const text of await page.locator('.ambassador-list > li:visible .meta').allTextContents())
      expect(text).toBe('Sector: Sociaal domein');
    await page.goto('/ambassadeurs/?sector=%3Cb%3Enep%3C%2Fb%3E');
    await expect(page.getByRole('radio', { name: /^Alle sectoren/ })).toBeChecked();
    await expect(page.locator('.ambassador-list > li:visible')).toHaveCount(ambassadorCount);
  });
});

test.describe('the ambassadors page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows everyone and no filter that could not work', async ({ page }) => {
    await page.goto('/ambassadeurs/?sector=gemeente');
    await expect(page.locator('.ambassador-list > li:visible')).toHaveCount(ambassadorCount);
    await expect(page.getByRole('group', { name: 'Toon ambassadeurs uit' })).toBeHidden();
  });
});
