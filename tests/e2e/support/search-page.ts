// Page object for the search page, found by role and label as a visitor would.
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  get field(): Locator {
    return this.page.getByRole('search', { name: 'Zoeken in de verhaalkit' }).getByRole('searchbox');
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem');
  }

  /** Waits until the status reports results for `query`, and returns how many it counted. */
  async count(query: string): Promise<number> {
    // The first query loads the search index (wasm): allow a loaded machine its time.
    await expect(this.status).toContainText(`voor “${query}”`, { timeout: 15_000 });
    const text = (await this.status.textContent()) ?? '';
    return text.startsWith('Geen') ? 0 : Number.parseInt(text, 10);
  }

  async search(query: string): Promise<number> {
    await this.field.fill(query);
    await this.field.press('Enter');
    return this.count(query);
  }

  /** Result links in order, as their addresses. */
  async resultHrefs(): Promise<string[]> {
    return this.results
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  /** The labels under the result titles ("Presentatieslide · Uit het verhaal", "Ambassadeur · Zorg"). */
  resultLabels(): Promise<string[]> {
    return this.results.locator('.meta').allTextContents();
  }

  /** The excerpts under the results, as text. */
  resultExcerpts(): Promise<string[]> {
    return this.results.locator('.search-result__excerpt').allTextContents();
  }
}
