// Page object for the deck builder (/maak/), used as a visitor would: by labels and roles.
import { expect, type Page } from '@playwright/test';

export class BuilderPage {
  constructor(readonly page: Page) {}

  /** Opens the builder and, from its first screen, goes on with the saved deck (or an empty one). */
  async open(): Promise<void> {
    await this.page.goto('/maak/');
    await this.pastFirstScreen();
  }

  /** On the first screen: "Verder met mijn presentatie" when there is one, otherwise "Leeg". */
  async pastFirstScreen(): Promise<void> {
    const start = this.page.getByRole('heading', { name: 'Hoe wil je beginnen?' });
    const work = this.page.getByRole('heading', { name: 'Jouw presentatie' });
    await expect(start.or(work)).toBeVisible();
    if (await start.isVisible()) {
      const more = this.page.getByRole('button', { name: 'Verder met mijn presentatie' });
      await (
        (await more.isEnabled()) ? more : this.page.getByRole('button', { name: 'Leeg', exact: true })
      ).click();
    }
    await expect(work).toBeVisible();
  }

  /** The chosen slides as the list shows them. */
  titles(): Promise<string[]> {
    return this.page.locator('[data-chosen] .chosen__title').allTextContents();
  }

  get live() {
    return this.page.locator('[data-deck-live]');
  }

  /** Searches, waits for the answer, and adds the first slide found; returns its title. */
  async addBySearch(words: string): Promise<string> {
    await this.page.getByLabel('Zoek een slide').fill(words);
    await expect(this.page.locator('[data-pick-status]')).toContainText(`gevonden voor “${words}”`);
    const first = this.page.getByRole('button', { name: /^Voeg toe: / }).first();
    const title = ((await first.getAttribute('aria-label')) ?? '').replace(/^Voeg toe: /, '');
    await first.click();
    await expect(this.live).toContainText(`${title} is toegevoegd`);
    return title;
  }

  async addOwnSlide(title: string, bullets: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Voeg een eigen slide toe' }).click();
    await expect(this.page.getByLabel('Titel van de slide')).toBeFocused();
    await this.page.getByLabel('Titel van de slide').fill(title);
    for (const [index, bullet] of bullets.entries())
      await this.page.getByLabel(`Punt ${index + 1}`, { exact: true }).fill(bullet);
    await this.page.getByRole('button', { name: 'Klaar met deze slide' }).click();
  }

  async fillCover(
    fields: Partial<Record<'Ondertitel' | 'Je naam' | 'Organisatie' | 'Datum' | 'Plaats', string>>,
  ) {
    const details = this.page.locator('details[data-cover-details]');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await this.page.getByText('Omslag: ondertitel, naam, organisatie, datum en plaats').click();
    for (const [label, value] of Object.entries(fields))
      await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async fillClosing(contact: string, website: string) {
    await this.page.getByText('Afsluiting: contactgegevens en website').click();
    await this.page.getByLabel('Contact', { exact: true }).fill(contact);
    await this.page.getByLabel('Website', { exact: true }).fill(website);
  }

  async shareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Deel', exact: true }).click();
    const field = this.page.getByLabel('Link naar jouw presentatie');
    await expect(field).toHaveValue(/\/presenteer\/\?/);
    return field.inputValue();
  }
}
