// The ambassadors deck as a presenter projects it: a wall of voices that leads into every quote,
// a divider per sector naming its voices, and quote slides that read the same way every time
// (headline, quote, person, in the vertical middle of the slide, with one quotation mark).
import { expect, test, type Page } from '@playwright/test';
import { DeckPlayer } from './support/deck-player';

const deckPath = '/decks/ambassadeurs-aan-het-woord/';

test.use({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });

async function ambassadorIds(deck: DeckPlayer): Promise<string[]> {
  return (await deck.slideIds()).filter((id) => id.startsWith('ambassadeur-'));
}

async function goTo(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => (window.location.hash = `#/${slideId}`), id);
  await expect(page.locator(`.reveal .slides > section.present#${id}`)).toHaveCount(1);
}

test('the wall of voices names every ambassador of the deck and leads into their quote', async ({ page }) => {
  const deck = new DeckPlayer(page);
  await deck.open(`${deckPath}#/stemmen`);
  await deck.expectCurrent('stemmen');
  const ambassadors = await ambassadorIds(deck);
  expect(ambassadors).toHaveLength(41);
  const names = deck.current.locator('.voices__names a');
  const targets = await names.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect([...targets].sort()).toEqual(ambassadors.map((id) => `#/${id}`).sort());
  // Every name is on the slide, none cut off by its edges.
  const slide = (await deck.current.boundingBox())!;
  for (const box of await names.evaluateAll((links) =>
    links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.top).toBeGreaterThanOrEqual(slide.y);
    expect(box.bottom).toBeLessThanOrEqual(slide.y + slide.height);
    expect(box.right).toBeLessThanOrEqual(slide.x + slide.width);
  }

  await deck.current.getByRole('link', { name: 'Lian Smits' }).click();
  await deck.expectCurrent('ambassadeur-lian-smits');
  await expect(page).toHaveURL(/#\/ambassadeur-lian-smits$/);

  await goTo(page, 'stemmen');
  await deck.current.getByRole('link', { name: 'Zorgverzekeraar' }).click();
  await deck.expectCurrent('sector-zorgverzekeraar');
});

test('each sector has one divider, and it names the voices that follow it', async ({ page }) => {
  const deck = new DeckPlayer(page);
  await deck.open(deckPath);
  const order = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.id,
      sector: section.getAttribute('data-sector'),
      title: section.querySelector('.slide-title')?.textContent.trim() ?? '',
      names: [...section.querySelectorAll('.sector__names a')].map((a) => a.textContent.trim()),
      speaker: section.querySelector('.quote__name')?.textContent.trim() ?? null,
    })),
  );
  const dividers = order.filter((step) => step.sector !== null);
  expect(dividers.map((step) => step.title)).toEqual([
    'Wetenschap',
    'Zorg',
    'Jeugdgezondheidszorg',
    'Gemeente',
    'Sociaal domein',
    'Kinderopvang en onderwijs',
    'Zorgverzekeraar',
    'Maatschappelijke organisatie',
    'Ervaringsdeskundige',
  ]);
  // The wall comes before the first divider; every quote stands after its own sector's divider.
  expect(order.findIndex((step) => step.id === 'stemmen')).toBeLessThan(
    order.findIndex((step) => step.sector !== null),
  );
  let divider: (typeof order)[number] | undefined;
  const heard = new Map<string, string[]>();
  for (const step of order) {
    if (step.sector !== null) divider = step;
    else if (step.speaker !== null && step.id.startsWith('ambassadeur-')) {
      expect(divider, step.id).toBeDefined();
      heard.set(divider!.id, [...(heard.get(divider!.id) ?? []), step.speaker]);
    }
  }
  for (const { id, names } of dividers) expect(heard.get(id), id).toEqual(names);
});

test('every quote slide shows headline, quote and person in that order, centred, with one quotation mark', async ({
  page,
}) => {
  const deck = new DeckPlayer(page);
  await deck.open(deckPath);
  await page.evaluate(() => document.fonts.ready);
  const problems: string[] = [];
  for (const id of await ambassadorIds(deck)) {
    await goTo(page, id);
    const measured = await deck.current.evaluate((section) => {
      const view = section.querySelector<HTMLElement>('.slide-view')!;
      const parts = ['.slide-title', '.quote--ambassador blockquote', '.quote__person'].map((selector) =>
        view.querySelector(selector)?.getBoundingClientRect(),
      );
      const quote = view.querySelector('.quote--ambassador blockquote');
      const text = quote?.textContent.trim() ?? '';
      return {
        box: view.getBoundingClientRect().toJSON() as DOMRect,
        parts: parts.map((rect) => (rect === undefined ? null : { top: rect.top, bottom: rect.bottom })),
        opening: (/^['"‘“„❝]+/.exec(text)?.[0] ?? '').length,
        drawnMark: quote === null ? 'none' : getComputedStyle(quote, '::before').content,
      };
    });
    const [headline, quote, person] = measured.parts;
    if (headline === null || quote === null || person === null) {
      problems.push(`${id}: headline, quote or person missing`);
      continue;
    }
    if (!(headline!.bottom <= quote!.top && quote!.bottom <= person!.top))
      problems.push(`${id}: not headline, quote, person from top to bottom`);
    // Vertically balanced: the space above the headline and below the person differ by less
    // than an eighth of the slide (the bottom band holds the source line).
    const above = headline!.top - measured.box.top;
    const below = measured.box.bottom - person!.bottom;
    if (Math.abs(above - below) > measured.box.height / 8)
      problems.push(`${id}: ${Math.round(above)} px above, ${Math.round(below)} px below`);
    if (measured.opening > 1 || !['none', 'normal'].includes(measured.drawnMark))
      problems.push(`${id}: more than one opening quotation mark`);
  }
  expect(problems).toEqual([]);
});
