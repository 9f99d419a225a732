// Page object for the reveal.js deck player, asserting on reveal's own state classes
// (a slide that is no longer current stays "visible" to Playwright).
import { expect, type Page, type Locator } from '@playwright/test';

export class DeckPlayer {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
  }

  /** The slide reveal.js shows now. */
  get current(): Locator {
    return this.page.locator('.reveal .slides > section.present');
  }

  async expectCurrent(slideId: string): Promise<void> {
    await expect(this.current).toHaveAttribute('id', slideId);
    await expect(this.current).not.toHaveAttribute('aria-hidden', 'true');
  }

  /** Ids of the deck's slides from the kit, without the cover, dividers and end the player adds. */
  slideIds(): Promise<string[]> {
    return this.page
      .locator('.reveal .slides > section:not([data-generated])')
      .evaluateAll((sections) => sections.map((s) => s.id));
  }

  /** Ids of every projected slide, the generated ones included. */
  allIds(): Promise<string[]> {
    return this.page
      .locator('.reveal .slides > section')
      .evaluateAll((sections) => sections.map((s) => s.id));
  }
}
