// Used in the browser on pages that show a chart (Chart.astro adds it): loads the chart code
// only then, and draws each chart as it comes into view. In a deck the reveal.js plugin
// (reveal-plugin.ts) draws them instead, when their slide becomes current.
export function drawPageCharts(): void {
  if (document.querySelector('.reveal') !== null || document.querySelector('figure[data-chart]') === null)
    return;
  void import('./charts').then(({ drawWhenVisible }) => drawWhenVisible(document));
}
