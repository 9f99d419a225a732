// The charts as they are on disk (datasets, the slides that show them, the decks those slides
// are in), and a page object that waits for a chart to be drawn and reads its canvas and table.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { expect, type Locator, type Page } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..', '..');

export type Point = number | [number, number] | null;

export interface DiskChart {
  id: string;
  title: string;
  x: Array<string | number>;
  xTitle: string;
  series: Array<{ label: string; values: Point[] }>;
  /** Slides that show the chart. */
  slides: string[];
  /** Ready-made decks with one of those slides, with the slide. */
  decks: Array<{ deck: string; slide: string }>;
}

const yamlIn = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => yaml.load(readFileSync(join(root, folder, file), 'utf8')) as Record<string, unknown>);

/** Every dataset in content/datasets/, with where it is shown. */
export function chartsOnDisk(): DiskChart[] {
  const slideCharts = readdirSync(join(root, 'slides'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(root, 'slides', file), 'utf8');
      const id = /^id:\s*(\S+)/m.exec(text)?.[1] ?? file;
      return { id, charts: [...text.matchAll(/<Chart\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!) };
    });
  const decks = yamlIn('content/decks') as Array<{ id: string; slides: string[] }>;
  return yamlIn('content/datasets').map((raw) => {
    const data = raw as {
      id: string;
      title: string;
      originalTitle?: { text: string; lang: string };
      x: { title: string; values: Array<string | number> };
      series: Array<{ label: string; values: Point[] }>;
    };
    const slides = slideCharts.filter((slide) => slide.charts.includes(data.id)).map((slide) => slide.id);
    return {
      id: data.id,
      // The Dutch title; ChartFigure allows the original beside it where it is shown (pages, not the stage).
      title: data.title,
      x: data.x.values,
      xTitle: data.x.title,
      series: data.series.map(({ label, values }) => ({ label, values })),
      slides,
      decks: decks.flatMap((deck) =>
        slides.filter((slide) => deck.slides.includes(slide)).map((slide) => ({ deck: deck.id, slide })),
      ),
    };
  });
}

/** Reads a table cell back into a value: "8–13" → [8, 13], "11,9" → 11.9, "–" → null. */
export function parseCell(text: string): Point {
  const clean = text.trim();
  if (clean === '–') return null;
  const numbers = clean.split('–').map((part) => Number(part.replace(/\./g, '').replace(',', '.')));
  return numbers.length === 2 ? [numbers[0]!, numbers[1]!] : numbers[0]!;
}

export class ChartFigure {
  readonly figure!: Locator;

  /** A chart figure found some other way than by its title (such as a story scene's). */
  static of(figure: Locator): ChartFigure {
    const chart = Object.create(ChartFigure.prototype) as ChartFigure;
    (chart as { figure: Locator }).figure = figure;
    return chart;
  }

  /** `includeHidden` finds it also on a slide that reveal.js hides from assistive technology. */
  constructor(scope: Page | Locator, title: string, options: { includeHidden?: boolean } = {}) {
    // The name is the Dutch title, followed by the original title where a chart has one
    // (a projected slide leaves the original out).
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.figure = scope.getByRole('figure', {
      name: new RegExp(`^${escaped}(?: ?\\(origineel: .*\\))?$`),
      includeHidden: options.includeHidden ?? false,
    });
  }

  async expectDrawn(): Promise<void> {
    await expect(this.figure).toHaveAttribute('data-chart-state', 'drawn');
  }

  /** How many times the chart has animated (0 when it was drawn without motion). */
  async animations(): Promise<number> {
    return Number((await this.figure.getAttribute('data-chart-animations')) ?? '0');
  }

  /** The canvas's size and how many of its pixels are painted (not transparent). */
  canvasPixels(): Promise<{ width: number; height: number; painted: number }> {
    return this.figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha]! > 0) painted += 1;
      return { width: canvas.width, height: canvas.height, painted };
    });
  }

  async expectPainted(): Promise<void> {
    await this.expectDrawn();
    const { width, height, painted } = await this.canvasPixels();
    expect(width * height).toBeGreaterThan(100 * 100);
    // Axes, lines or bars and labels cover well over 2% of a drawn chart; a blank canvas has 0.
    expect(painted / (width * height)).toBeGreaterThan(0.02);
  }

  /** Opens the table with the keyboard, as a keyboard user would, and reads it. */
  async readTable(): Promise<{ columns: string[]; rows: Array<{ header: string; cells: string[] }> }> {
    const summary = this.figure.locator('summary', { hasText: 'Tabel met de cijfers' });
    await summary.focus();
    await summary.press('Enter');
    const table = this.figure.getByRole('table', { name: /Eenheid:/ });
    await expect(table).toBeVisible();
    const columns = await table.getByRole('columnheader').allTextContents();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        header: tr.querySelector('th')?.textContent ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
    return { columns, rows };
  }
}
