// Own key figures and own charts: made in the builder (typed and pasted), carried by the share
// link into the player, the PowerPoint (a native chart, its numbers read from the chart XML),
// the PDF (print view, read back with pdftotext) and the hand-out. Nothing typed becomes markup.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { BuilderPage } from './support/builder-page';
import { DeckPlayer } from './support/deck-player';
import {
  convertToPdf,
  numberedParts,
  pdfPages,
  pdfText,
  squash,
  xmlParagraphs,
  zipPart,
  zipParts,
} from './support/export-files';

const payload = '<img src=x onerror="window.__hacked=1">';
const figure = {
  title: 'Geboren in onze gemeente',
  value: '1.250',
  label: `kinderen ${payload}`,
  date: '2024',
  source: 'CBS Statline, 2025',
};
/** Two columns as a spreadsheet copies them: a heading line, label TAB value, Dutch numbers. */
const pastedTable = 'Wijk\tGeboorten\nCentrum\t1.250\nNoord\t980,5\nZuid\t12,5\n';
const chartRows: Array<[string, number]> = [
  ['Centrum', 1250],
  ['Noord', 980.5],
  ['Zuid', 12.5],
];

async function addOwn(page: Page, layout: 'Kerncijfer' | 'Grafiek', title: string): Promise<void> {
  await page.getByRole('button', { name: 'Voeg een eigen slide toe' }).click();
  await page.getByRole('radio', { name: layout }).check();
  await page.getByLabel('Titel van de slide', { exact: true }).fill(title);
}

/** Pastes text into the focused field the way a visitor does: through the clipboard and Ctrl+V. */
async function paste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

async function buildDeck(page: Page): Promise<BuilderPage> {
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Titel', { exact: true }).fill('Cijfers voor de raad');
  await addOwn(page, 'Kerncijfer', figure.title);
  const problems = page.locator('[data-own-problems]');
  // Each missing part is named, in Dutch; the preview says the source is missing.
  await expect(problems).toHaveText(
    'Vul het kerncijfer in. Zeg wat het getal telt. Geef de datum of het jaar waarop het getal slaat. Vermeld de bron van het getal.',
  );
  await page.getByLabel('Het getal', { exact: true }).fill(figure.value);
  await page.getByLabel('Wat het getal telt', { exact: true }).fill(figure.label);
  await page.getByLabel('Datum of jaar').fill(figure.date);
  const preview = page.locator('[data-preview]');
  await expect(preview.locator('.slide-source-line')).toHaveText(
    'Bron ontbreekt: de presentator heeft geen bron vermeld.',
  );
  await expect(problems).toHaveText('Vermeld de bron van het getal.');
  await page.getByLabel('Bron van het getal').fill(figure.source);
  await expect(problems).toHaveText('');
  await expect(preview.locator('.fact__value')).toHaveText(figure.value);
  await expect(preview.locator('.fact__label')).toContainText(payload);
  await page.getByRole('button', { name: 'Klaar met deze slide' }).click();

  await addOwn(page, 'Grafiek', 'Geboorten per wijk');
  const table = page.getByLabel('Cijfers: per regel een naam en een getal');
  // A bad paste: three columns and a word where a number goes, each named by its line.
  await table.focus();
  await paste(page, 'Wijk\tGeboorten\nCentrum\t1.250\t7\nNoord\tveel');
  await expect(problems).toContainText('Regel 2 heeft 3 kolommen. Gebruik er twee: een naam en een getal.');
  await expect(problems).toContainText('Regel 3: “veel” is geen getal. Schrijf bijvoorbeeld 12,5 of 1.250.');
  await table.fill('');
  await paste(page, pastedTable);
  await expect(table).toHaveValue(pastedTable);
  await expect(problems).toHaveText('Vermeld de bron van de cijfers.');
  await page.getByLabel('Bron van de cijfers').fill('GGD-monitor 2024');
  await expect(problems).toHaveText('');
  // Drawn in the preview by the kit's chart code (once it is in view), with the table as its text alternative.
  await preview.scrollIntoViewIfNeeded();
  await expect(preview.locator('figure[data-own-chart]')).toHaveAttribute('data-chart-state', 'drawn');
  await expect(preview.locator('figure[data-own-chart] tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: 'Klaar met deze slide' }).click();
  await expect(page.locator('[data-chosen] .chosen__title')).toHaveText([
    `Eigen slide: ${figure.title}`,
    'Eigen slide: Geboorten per wijk',
  ]);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  return builder;
}

test.describe('Own key figures and charts', () => {
  test('are made in the builder, typed and pasted, with Dutch messages, and play from the share link', async ({
    page,
  }) => {
    const builder = await buildDeck(page);
    // After a reload the deck is still there (saved in the browser).
    await page.reload();
    await builder.pastFirstScreen();
    await expect(page.locator('[data-chosen] .chosen__title')).toHaveCount(2);
    const link = await builder.shareLink();

    const deck = new DeckPlayer(page);
    await deck.open(new URL(link).pathname + new URL(link).search);
    const fact = page.locator('section[data-own-slide="fact"]');
    await expect(fact.locator('.fact__value')).toHaveText(figure.value);
    await expect(fact.locator('.fact__label')).toHaveText(`${figure.label} (${figure.date})`);
    await expect(fact.locator('.slide-source-line')).toHaveText(`Bron: ${figure.source}`);
    // The source once on the stage: in the source line, not again under the figure.
    await deck.open(`${new URL(link).pathname}${new URL(link).search}#/mijn-slide-1`);
    await expect(fact.locator('.slide-source-line')).toBeVisible();
    await expect(fact.locator('.fact__source')).toBeHidden();
    const chart = page.locator('section[data-own-slide="chart"]');
    await expect(chart.locator('.slide-title')).toHaveText('Geboorten per wijk');
    await expect(chart.locator('.slide-source-line')).toHaveText('Bron: GGD-monitor 2024');
    const rows = await chart
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ['Centrum', '1.250'],
      ['Noord', '980,5'],
      ['Zuid', '12,5'],
    ]);
    // On the chart slide (a deep link to it), the player draws it with the kit's chart code.
    await deck.open(`${new URL(link).pathname}${new URL(link).search}#/mijn-slide-2`);
    await deck.expectCurrent('mijn-slide-2');
    await expect(chart.locator('figure[data-own-chart]')).toHaveAttribute('data-chart-state', 'drawn');
    expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('go into the PowerPoint as a native chart with the typed numbers, into the PDF and the hand-out', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await buildDeck(page);
    const menu = page.locator('details[data-take-along]');
    await menu.getByText('Downloaden', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: /^Download als PowerPoint/ }).click(),
    ]);
    const file = testInfo.outputPath('eigen.pptx');
    await download.saveAs(file);
    const charts = zipParts(file).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const xml = zipPart(file, charts[0]!);
    const values = [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].flatMap((m) =>
      [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
    );
    expect(values).toEqual(chartRows.map(([, value]) => value));
    const labels = [
      ...(/<c:cat>[\s\S]*?<\/c:cat>/.exec(xml)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map((m) => m[1]);
    expect(labels).toEqual(chartRows.map(([label]) => label));
    const slideTexts = zipParts(file)
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .map((p) => xmlParagraphs(zipPart(file, p)).join(' | '));
    const factSlide = slideTexts.find((t) => t.includes(figure.title)) ?? '';
    expect(factSlide).toContain(figure.value);
    expect(factSlide).toContain('kinderen <img src=x onerror="window.__hacked=1">');
    expect(factSlide).toContain(`Bron: ${figure.source}`);
    // As Impress shows it: the key figure's source once (in the source line), the chart's values
    // as numbers in its own number format.
    const impress = convertToPdf(file, testInfo.outputPath('impress'));
    const pages = Array.from({ length: pdfPages(impress) }, (_, at) => squash(pdfText(impress, at + 1)));
    const factPage = pages.find((t) => t.includes(figure.title)) ?? '';
    expect(factPage).toContain(figure.value);
    expect(factPage.split(`Bron: ${figure.source}`)).toHaveLength(2);
    expect(xml).toContain('formatCode="[$-413]#,##0.0"');

    // The PDF: the player's print view of the builder's link.
    const pdfHref = await menu.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
    const printView = await page.context().newPage();
    await printView.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset['printed'] = 'true';
      };
    });
    await printView.goto(pdfHref!);
    await expect(printView.locator('html[data-printed="true"]')).toHaveCount(1, { timeout: 45_000 });
    await expect(printView.locator('figure[data-own-chart]')).toHaveAttribute('data-chart-state', 'drawn');
    const pdf = testInfo.outputPath('eigen.pdf');
    await printView.emulateMedia({ media: 'print' });
    await printView.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = squash(pdfText(pdf));
    for (const words of [
      figure.value,
      figure.title,
      `Bron: ${figure.source}`,
      'Geboorten per wijk',
      'Bron: GGD-monitor 2024',
    ])
      expect(text).toContain(words);

    // The hand-out: both own slides, each with its source.
    const handoutHref = await menu
      .getByRole('link', { name: 'Download hand-out (PDF)' })
      .getAttribute('href');
    const handout = await page.context().newPage();
    await handout.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset['printed'] = 'true';
      };
    });
    await handout.goto(handoutHref!);
    await expect(handout.locator('html[data-handout-ready="true"]')).toHaveCount(1, { timeout: 45_000 });
    const own = handout.locator('.handout-slide[data-slide-id^="mijn-slide-"]');
    await expect(own).toHaveCount(2);
    await expect(own.first()).toContainText(`Bron: ${figure.source}`);
    await expect(own.nth(1).locator('.handout-chart-print')).toHaveCount(1);
    expect(await handout.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  });
});

test('the builder’s PowerPoint and hand-out have the slides the player shows: cover with its subtitle, dividers, closing slides', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/maak/');
  await page.evaluate(() =>
    localStorage.setItem(
      'verhaalkit:mijn-presentatie',
      JSON.stringify({
        version: 2,
        title: 'Voor de raad',
        slides: ['eerste-1000-dagen', 'ambassadeur-tessa-roseboom', '_1'],
        cover: {
          subtitle: 'Wijkavond Noord',
          presenter: 'Ans de Vries',
          organisation: '',
          date: '',
          place: '',
        },
        closing: { contact: 'ans@example.nl', website: '' },
        own: [{ key: '_1', title: 'Onze aanpak', bullets: ['Samen met de wijk'] }],
      }),
    ),
  );
  const builder = new BuilderPage(page);
  await builder.open();
  const present = await page.locator('a[data-present]').getAttribute('href');
  const player = await page.context().newPage();
  await new DeckPlayer(player).open(present!);
  const shown = await player
    .locator('.reveal .slides > section')
    .evaluateAll((sections) =>
      sections.map((s) => s.querySelector('.slide-title')?.textContent?.trim() ?? ''),
    );
  // Cover, a divider per part, the two library slides, the own slide, the own closing and "Meer weten?".
  expect(shown).toHaveLength(8);
  expect(shown.at(-1)).toBe('Meer weten?');
  await player.close();

  const menu = page.locator('details[data-take-along]');
  await menu.getByText('Downloaden', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: /^Download als PowerPoint/ }).click(),
  ]);
  const file = testInfo.outputPath('raad.pptx');
  await download.saveAs(file);
  const slides = numberedParts(zipParts(file), /^ppt\/slides\/slide(\d+)\.xml$/).map((p) =>
    xmlParagraphs(zipPart(file, p)).join(' | '),
  );
  expect(slides).toHaveLength(shown.length);
  expect(slides[0]).toContain('Voor de raad');
  expect(slides[0]).toContain('Wijkavond Noord');
  expect(slides[0]).toContain('Ans de Vries');
  expect(slides.at(-1)).toContain('Meer weten?');

  const handoutHref = await menu.getByRole('link', { name: 'Download hand-out (PDF)' }).getAttribute('href');
  const handout = await page.context().newPage();
  await handout.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset['printed'] = 'true';
    };
  });
  await handout.goto(handoutHref!);
  await expect(handout.locator('html[data-handout-ready="true"]')).toHaveCount(1, { timeout: 45_000 });
  const articles = handout.locator('.handout-slide');
  await expect(articles).toHaveCount(shown.length);
  await expect(articles.first().locator('.handout-slide__stage')).toContainText('Wijkavond Noord');
  await expect(articles.last()).toContainText('Meer weten?');
});

test('a link with a renamed slide, made against older content, says in player and builder which slides were updated', async ({
  page,
}) => {
  const redirects = load(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'redirects.yaml'), 'utf8'),
  ) as Record<string, string[]>;
  const [oldId, targets] = Object.entries(redirects).find(([, to]) => to.length > 0)!;
  const index = (await (await page.request.get('/slides/index.json')).json()) as {
    slides: Record<string, { t: string }>;
  };
  const titles = targets.map((id) => index.slides[id]!.t);
  const lead = targets.length === 1 ? '1 slide is bijgewerkt' : `${targets.length} slides zijn bijgewerkt`;
  // The link names the old id with the version it had then.
  const link = `/presenteer/?titel=Oud&slides=${oldId}&versies=AAAA`;
  const deck = new DeckPlayer(page);
  await deck.open(link);
  await expect(page.locator('.reveal .slides > section').nth(1)).toHaveAttribute('id', targets[0]!);
  const notice = page.locator('[data-updated-notice]');
  await expect(notice).toContainText(`${lead} sinds deze link is gemaakt:`);
  for (const [at, title] of titles.entries())
    await expect(notice.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'href',
      `/slides/${targets[at]}/`,
    );
  await page.goto(`/maak/${link.slice('/presenteer/'.length)}`);
  const builderNotice = page.locator('[data-builder-notice] [data-updated-notice]');
  await expect(builderNotice).toContainText(`${lead} sinds deze link is gemaakt:`);
  for (const title of titles) await expect(builderNotice).toContainText(title);
  await expect(page.locator('[data-chosen] .chosen__title')).toHaveText(titles);
});

test('an own key figure without a source says so on the slide and when it is exported', async ({
  page,
}, testInfo) => {
  await page.goto('/maak/');
  await page.evaluate(() =>
    localStorage.setItem(
      'verhaalkit:mijn-presentatie',
      JSON.stringify({
        version: 2,
        title: 'Zonder bron',
        slides: ['_1'],
        own: [
          {
            key: '_1',
            kind: 'figure',
            title: 'Ons cijfer',
            value: '42',
            label: 'gezinnen',
            date: '2024',
            source: '',
          },
        ],
      }),
    ),
  );
  await new BuilderPage(page).open();
  await expect(page.locator('[data-preview] .slide-source-line')).toHaveText(
    'Bron ontbreekt: de presentator heeft geen bron vermeld.',
  );
  const menu = page.locator('details[data-take-along]');
  await menu.getByText('Downloaden', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: /^Download als PowerPoint/ }).click(),
  ]);
  await expect(menu.locator('[data-take-along-status]')).toHaveText(
    'Klaar: zonder-bron.pptx staat in je downloads. Let op: je eigen slide “Ons cijfer” heeft geen bron; op de slide staat “Bron ontbreekt”. Vul de bron in de bouwdoos in.',
  );
  const file = testInfo.outputPath('zonder-bron.pptx');
  await download.saveAs(file);
  const texts = numberedParts(zipParts(file), /^ppt\/slides\/slide(\d+)\.xml$/).map((p) =>
    xmlParagraphs(zipPart(file, p)).join(' | '),
  );
  expect(texts.find((t) => t.includes('Ons cijfer'))).toContain('Bron ontbreekt');
});

test('an own slide is typed into where it is shown, the preview, and the editor follows', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByRole('button', { name: 'Voeg een eigen slide toe' }).click();
  const preview = page.locator('[data-preview]');
  const title = preview.getByRole('textbox', { name: 'Titel (typ in het voorbeeld)' });
  await title.click();
  await page.keyboard.type('Onze wijk <b>telt</b>');
  await expect(page.getByLabel('Titel van de slide', { exact: true })).toHaveValue('Onze wijk <b>telt</b>');
  await expect(page.locator('[data-chosen] .chosen__title')).toHaveText([
    'Eigen slide: Onze wijk <b>telt</b>',
  ]);
  await expect(preview.locator('b')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Kerncijfer' }).check();
  await preview.getByRole('textbox', { name: 'Getal (typ in het voorbeeld)' }).click();
  await page.keyboard.type('1.250');
  await preview.getByRole('textbox', { name: 'Wat het telt (typ in het voorbeeld)' }).click();
  await page.keyboard.type('kinderen');
  await expect(page.getByLabel('Het getal', { exact: true })).toHaveValue('1.250');
  await expect(page.getByLabel('Wat het getal telt', { exact: true })).toHaveValue('kinderen');
  await expect(page.locator('[data-own-problems]')).toHaveText(
    'Geef de datum of het jaar waarop het getal slaat. Vermeld de bron van het getal.',
  );
  // Done: the preview is a picture again.
  await page.getByRole('button', { name: 'Klaar met deze slide' }).click();
  await expect(preview.getByRole('textbox')).toHaveCount(0);
  await expect(preview.locator('.fact__value')).toHaveText('1.250');
  // Opened again: the preview holds the slide's text, ready to be typed into.
  await page.getByRole('button', { name: /^Bewerk Eigen slide/ }).click();
  await expect(preview.getByRole('textbox', { name: 'Titel (typ in het voorbeeld)' })).toHaveText(
    'Onze wijk <b>telt</b>',
  );
  await expect(preview.getByRole('textbox', { name: 'Getal (typ in het voorbeeld)' })).toHaveText('1.250');
});
