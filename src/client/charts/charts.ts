// Used in the browser: draws charts with Chart.js from the dataset embedded in each chart's
// markup (see Chart.astro), so the same markup works wherever a slide is inserted. Loaded on
// demand, only where a chart is shown (loader.ts on pages, reveal-plugin.ts in decks).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';
import type { Dataset } from '../../schemas/dataset';
import { chartAnimation, chartConfig, type ChartTheme } from '../../lib/charts/config';
import { seriesStyle } from '../../lib/charts/style';
import { overlayPlugin, patternFill } from './canvas';

// Only what our line and bar charts use, so that the rest of Chart.js is left out of the bundle.
Chart.register(
  LineController,
  BarController,
  LineElement,
  PointElement,
  BarElement,
  CategoryScale,
  LinearScale,
);

const figureSelector = 'figure[data-chart]';

export interface MountOptions {
  /** Animate the first drawing (default true); never under reduced motion, in print or print view. */
  animate?: boolean;
}

/** False under prefers-reduced-motion, in reveal.js's print view (`?print-pdf`) and while printing. */
export function motionAllowed(): boolean {
  return (
    !window.matchMedia('(prefers-reduced-motion: reduce)').matches &&
    !window.matchMedia('print').matches &&
    !/print-pdf/i.test(window.location.search)
  );
}

function figuresIn(root: ParentNode): HTMLElement[] {
  const own = root instanceof HTMLElement && root.matches(figureSelector) ? [root] : [];
  return [...own, ...root.querySelectorAll<HTMLElement>(figureSelector)];
}

function chartOf(figure: HTMLElement): Chart | undefined {
  const canvas = figure.querySelector('canvas');
  return canvas === null ? undefined : Chart.getChart(canvas);
}

/** Tests and exports wait for `data-chart-state="drawn"`; `data-chart-animations` counts the animations. */
function markStart(figure: HTMLElement, animate: boolean): void {
  figure.dataset['chartState'] = animate ? 'animating' : 'drawn';
  if (animate)
    figure.dataset['chartAnimations'] = String(Number(figure.dataset['chartAnimations'] ?? '0') + 1);
}

function themeOf(figure: HTMLElement): ChartTheme {
  const style = getComputedStyle(figure);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const ink = token('--ink', '#1d2a3a');
  return {
    series: [0, 1, 2, 3].map((index) => token(seriesStyle(index).colourVar, ink)),
    ink,
    paper: token('--paper', '#ffffff'),
    grid: token('--chart-grid', '#d5d9e0'),
    band: token('--chart-band', '#f4f0f6'),
    // The canvas's box sets the size (a projected slide draws chart text at 20 stage px).
    font: () => {
      const now = getComputedStyle(figure.querySelector('.chart__canvas') ?? figure);
      return { family: now.fontFamily, size: Math.round(parseFloat(now.fontSize)) };
    },
  };
}

/**
 * Records on the canvas the font sizes Chart.js resolved for its axes (ticks and titles) and
 * the overlay labels, as `data-font-sizes`, so that tests can check chart text is readable.
 */
function fontRecorder(overlaySize: number) {
  return {
    id: 'kit-font-recorder',
    afterDraw(chart: Chart) {
      const sizes = new Set<number>([overlaySize]);
      for (const scale of Object.values(chart.scales)) {
        type Text = { display?: boolean; font?: { size?: number } };
        const { ticks, title } = scale.options as unknown as { ticks: Text; title?: Text };
        if (ticks.display !== false && ticks.font?.size !== undefined) sizes.add(ticks.font.size);
        if (title?.display === true && title.font?.size !== undefined) sizes.add(title.font.size);
      }
      chart.canvas.dataset['fontSizes'] = [...sizes].sort((a, b) => a - b).join(' ');
    },
  };
}

/** Draws one chart, unless it is drawn already; returns its Chart.js instance. */
export function mountChart(figure: HTMLElement, options: MountOptions = {}): Chart | undefined {
  const existing = chartOf(figure);
  if (existing !== undefined) return existing;
  const canvas = figure.querySelector('canvas');
  const spec = figure.querySelector('script[data-chart-spec]');
  if (canvas === null || spec === null) return undefined;
  const dataset = JSON.parse(spec.textContent ?? '') as Dataset;
  const animate = (options.animate ?? true) && motionAllowed();
  const onAnimationComplete = () => {
    figure.dataset['chartState'] = 'drawn';
  };
  const { config, overlays } = chartConfig(dataset, themeOf(figure), {
    animate,
    fill: patternFill,
    onAnimationComplete,
  });
  markStart(figure, animate);
  // The assertion picks Chart's overload; without it TypeScript infers the chart type from the first member.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  return new Chart(canvas, {
    ...config,
    plugins: [overlayPlugin(overlays), fontRecorder(overlays.font().size)],
  } as ChartConfiguration);
}

/** Draws every chart under `root` that is not drawn yet; safe to call again on the same root. */
export function mountCharts(root: ParentNode, options: MountOptions = {}): Chart[] {
  return figuresIn(root).flatMap((figure) => mountChart(figure, options) ?? []);
}

/** Shows the charts under `root` as they come on screen: drawn the first time, animated again after that. */
export function showCharts(root: ParentNode): void {
  for (const figure of figuresIn(root)) {
    const chart = chartOf(figure);
    if (chart === undefined) {
      mountChart(figure);
      continue;
    }
    const animate = motionAllowed();
    chart.options.animation = animate
      ? chartAnimation(() => (figure.dataset['chartState'] = 'drawn'))
      : false;
    markStart(figure, animate);
    if (animate) chart.reset();
    chart.update(animate ? undefined : 'none');
  }
}

/** Draws each chart under `root` once a quarter of it is on screen, so that its animation is seen. */
export function drawWhenVisible(root: ParentNode): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        // The first report comes for every figure, also when barely on screen: wait for a quarter.
        if (!entry.isIntersecting || entry.intersectionRatio < 0.2 || !(entry.target instanceof HTMLElement))
          continue;
        observer.unobserve(entry.target);
        mountChart(entry.target);
      }
    },
    { threshold: 0.25 },
  );
  for (const figure of figuresIn(root)) observer.observe(figure);
}

function allCharts(): Array<{ chart: Chart; figure: HTMLElement }> {
  return Object.values(Chart.instances).flatMap((chart) => {
    const figure = chart.canvas.closest<HTMLElement>(figureSelector);
    return figure === null ? [] : [{ chart, figure }];
  });
}

// Printing shows every chart in its final state at the printed size, also those not yet scrolled to.
window.addEventListener('beforeprint', () => {
  mountCharts(document, { animate: false });
  for (const { chart, figure } of allCharts()) {
    chart.stop();
    chart.options.animation = false;
    markStart(figure, false);
    chart.resize();
    chart.update('none');
  }
});
window.addEventListener('afterprint', () => {
  for (const { chart } of allCharts()) chart.resize();
});

// Labels are measured with the font at hand; measure again once the site font has loaded. A canvas
// never asks for the plain-zero digits face (tokens.css, 'Kit Cijfers'), so it is loaded here.
const digitFaces = ['400', '700'].map((weight) =>
  document.fonts.load(`${weight} 16px 'Kit Cijfers'`, '0').catch(() => []),
);
void Promise.all([document.fonts.ready, ...digitFaces]).then(() => {
  for (const { chart, figure } of allCharts())
    if (figure.dataset['chartState'] === 'drawn') chart.update('none');
});
