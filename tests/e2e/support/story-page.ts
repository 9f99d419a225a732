// The story page's chapters far down are not rendered until a reader comes near them or jumps
// (content-visibility in src/styles/story.css), and `innerText` and axe skip what is not
// rendered. Tests that read the whole story render every chapter first, as a reader scrolling
// through would see it.
import type { Page } from '@playwright/test';

export async function renderEveryChapter(page: Page): Promise<void> {
  await page.locator('[data-chapter]').evaluateAll((chapters) => {
    for (const chapter of chapters)
      if (chapter instanceof HTMLElement) chapter.style.contentVisibility = 'visible';
  });
}
