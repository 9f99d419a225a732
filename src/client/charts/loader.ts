// Used in the browser on pages that show a chart (Chart.astro adds it): loads the chart code
// only then, and draws each chart as it comes into view. In a deck the reveal.js plugin
// (reveal-plugin.ts) draws them instead, when their slide becomes current.
/**
 * Room for horizontal bars on a phone (Chart.astro): the counts arrive as data attributes. The
 * deck player calls this too, before it lays its slides out (its script runs first).
 */
export function sizeChartBars(root: ParentNode = document): void {
  for (const canvas of root.querySelectorAll<HTMLElement>('[data-chart-names][data-chart-bars]')) {
    canvas.style.setProperty('--chart-names', canvas.dataset['chartNames'] ?? '');
    canvas.style.setProperty('--chart-bars', canvas.dataset['chartBars'] ?? '');
  }
}

export function drawPageCharts(): void {
  sizeChartBars();
  if (document.querySelector('.reveal') !== null || document.querySelector('figure[data-chart]') === null)
    return;
  void import('./charts').then(({ drawWhenVisible }) => drawWhenVisible(document));
}
