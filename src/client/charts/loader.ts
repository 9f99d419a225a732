// Used in the browser on pages that show a chart (Chart.astro adds it): loads the chart code
// only then, and draws each chart as it comes into view. In a deck the reveal.js plugin
// (reveal-plugin.ts) draws them instead, when their slide becomes current.
export function drawPageCharts(): void {
  // Room for horizontal bars on a phone (Chart.astro): the counts arrive as data attributes.
  for (const canvas of document.querySelectorAll<HTMLElement>('[data-chart-names][data-chart-bars]')) {
    canvas.style.setProperty('--chart-names', canvas.dataset['chartNames'] ?? '');
    canvas.style.setProperty('--chart-bars', canvas.dataset['chartBars'] ?? '');
  }
  if (document.querySelector('.reveal') !== null || document.querySelector('figure[data-chart]') === null)
    return;
  void import('./charts').then(({ drawWhenVisible }) => drawWhenVisible(document));
}
