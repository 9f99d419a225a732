// Page object for the reveal.js deck player, asserting on reveal's own state classes
// (a slide that is no longer current stays "visible" to Playwright).
import { expect, type Page, type Locator } from '@playwright/test';

export class DeckPlayer {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('html[data-deck-ready="true"]')).toHaveCount(1);
  }

  /** The slide reveal.js shows now. */
  get current(): Locator {
    return this.page.locator('.reveal .slides > section.present');
  }

  async expectCurrent(slideId: string): Promise<void> {
    await expect(this.current).toHaveAttribute('id', slideId);
    await expect(this.current).not.toHaveAttribute('aria-hidden', 'true');
  }

  slideIds(): Promise<string[]> {
    return this.page
      .locator('.reveal .slides > section')
      .evaluateAll((sections) => sections.map((s) => s.id));
  }
}
