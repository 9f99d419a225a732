// Issue 19 "Reading-page leftovers" and issue 25: a projected slide is not a reading page. No
// deck shows navigation links or document wording on the wall ("Terug naar de leeswijzer",
// "(externe link naar …)", "Klik op de tekst", "Wat vind je in dit document?"), nor puts it in the
// presenter's notes or the printed hand-out's reading text. The slide pages keep them.
import { readyMadeDeckIds } from './support/site-pages';
import { renderEveryChapter } from './support/story-page';
import { expect, test } from '@playwright/test';

const deckIds = readyMadeDeckIds();

/** Wording that belongs to a reading page (a document with links), not to a talk. */
const readingPageWords = [
  /terug naar de leeswijzer/i,
  /externe link naar/i,
  /klik op de tekst/i,
  /navigeer direct/i,
  /\bdit document\b/i,
  /wat vind je in/i,
  /link terug naar/i,
];

function found(text: string): string[] {
  return readingPageWords.filter((words) => words.test(text)).map(String);
}

test.use({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

for (const deckId of deckIds) {
  test(`"${deckId}" projects no reading-page wording and keeps it out of notes and hand-out`, async ({
    page,
  }) => {
    await page.goto(`/decks/${deckId}/`);
    await expect(page.locator('html[data-deck-complete="true"]')).toHaveCount(1);
    const slides = await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
      const out: { id: string; stage: string; notes: string }[] = [];
      for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides > section')) {
        // What the audience sees: the present slide's rendered text (innerText skips the hidden
        // notes aside, and reads a slide that is not shown as raw text, so each is shown in turn).
        window.location.hash = `#/${section.id}`;
        for (let i = 0; i < 200 && !section.classList.contains('present'); i += 1) await frame();
        await frame();
        const notes = section.querySelector('aside.notes')?.textContent ?? '';
        out.push({ id: section.id, stage: section.innerText, notes });
      }
      return out;
    });
    expect(slides.length).toBeGreaterThan(2);
    const onStage = slides.flatMap((s) => found(s.stage).map((w) => `${s.id} (dia): ${w}`));
    const inNotes = slides.flatMap((s) => found(s.notes).map((w) => `${s.id} (notities): ${w}`));
    await page.goto(`/decks/${deckId}/hand-out/`);
    await expect(page.locator('html[data-handout-prepared]')).toHaveCount(1);
    const handout = await page.locator('.handout-slide').evaluateAll((articles) =>
      articles.map((a) => ({
        id: a.getAttribute('data-slide-id') ?? '',
        text: a.querySelector<HTMLElement>('.handout-slide__text')?.innerText ?? '',
        miniature: a.querySelector<HTMLElement>('.handout-slide__miniature')?.innerText ?? '',
      })),
    );
    expect(handout.length).toBeGreaterThan(2);
    const inHandout = handout.flatMap((s) =>
      found(`${s.miniature}\n${s.text}`).map((w) => `${s.id} (hand-out): ${w}`),
    );
    expect([...onStage, ...inNotes, ...inHandout]).toEqual([]);
  });
}

test('the slide pages keep the document wording and the back link for a reader', async ({ page }) => {
  await page.goto('/slides/waarom-investeren/');
  await expect(page.locator('main')).toContainText('Klik op de tekst');
  await page.goto('/slides/eerste-1000-dagen/');
  await expect(page.locator('main')).toContainText('Terug naar de leeswijzer');
});

test('the story ends as a closing, without the document wording of the reading guide', async ({ page }) => {
  await page.goto('/verhaal/');
  // The story is a web page: its links may say where they go; it is no document.
  await renderEveryChapter(page);
  const story = await page.locator('main').innerText();
  expect(story).not.toMatch(/\bdit document\b/i);
  expect(story).not.toMatch(/wat vind je in/i);
  const closing = page.locator('[data-chapter="verder"] .story-section').last();
  await expect(closing.locator('.slide-title')).toHaveText('Kansrijke Start');
  await expect(closing).toContainText('www.kansrijkestartnl.nl');
  await page.goto('/slides/leeswijzer/');
  await expect(page.locator('main')).toContainText('Dit document is in afstemming');
});
