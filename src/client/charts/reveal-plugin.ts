// Used in the browser: a reveal.js plugin that draws a slide's charts when the slide becomes
// current, animated unless motion is unwelcome, and every chart in its final state in print
// view (`?print-pdf`). The chart code is only loaded when the deck has a chart.
import type { RevealApi, RevealPlugin } from 'reveal.js';

type Charts = typeof import('./charts');

const hasChart = (root: ParentNode | null | undefined): root is ParentNode =>
  root?.querySelector('figure[data-chart]') != null;

export default function ChartPlugin(): RevealPlugin {
  let charts: Promise<Charts> | undefined;
  const load = () => (charts ??= import('./charts'));
  return {
    id: 'charts',
    init(deck: RevealApi) {
      const root = deck.getRevealElement();
      if (root === null) return;
      if (/print-pdf/i.test(window.location.search)) {
        // reveal lays the slides out as pages first; draw once they are in place.
        deck.on('pdf-ready', () => {
          if (hasChart(root)) void load().then(({ mountCharts }) => mountCharts(root, { animate: false }));
        });
        return;
      }
      // reveal reports the first slide both as ready and as changed: animate it once.
      let shown: HTMLElement | undefined;
      const show = (slide: HTMLElement | undefined) => {
        if (slide === shown) return;
        shown = slide;
        if (hasChart(slide)) void load().then(({ showCharts }) => showCharts(slide));
      };
      deck.on('ready', () => show(deck.getCurrentSlide()));
      deck.on('slidechanged', (event) =>
        show((event as Event & { currentSlide?: HTMLElement }).currentSlide),
      );
      // The overview shows every slide at once: draw the charts there without motion.
      deck.on('overviewshown', () => {
        if (hasChart(root)) void load().then(({ mountCharts }) => mountCharts(root, { animate: false }));
      });
    },
  };
}
