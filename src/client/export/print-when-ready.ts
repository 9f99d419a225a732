// Used in the browser: "Download als PDF" and the hand-out open a page with `afdrukken` in the
// address; this prints it once it is complete: reveal.js's print layout done (decks), every
// chart drawn in its final state, fonts loaded. `data-print-ready` tells tests the same moment.

const until = async (ready: () => boolean, timeout = 15_000): Promise<void> => {
  const started = performance.now();
  while (!ready() && performance.now() - started < timeout)
    await new Promise((resolve) => setTimeout(resolve, 50));
};
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Places every slide on its print page once reveal's print layout stands: the whole 1280×720
 * stage on the page, at the size it is projected. Nothing is shrunk: the slides are written to
 * fit the stage (tests/e2e/slide-budget.spec.ts), and the stage is the same in print
 * (src/styles/deck-print.css). A slide that reveal placed lower than its page allows (a page
 * smaller than the stage plus its margin) moves up, never above the page's top.
 */
export function fitPrintPages(): void {
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .pdf-page')) {
    const section = page.querySelector<HTMLElement>(':scope > section');
    if (section == null) continue;
    const pageBox = page.getBoundingClientRect();
    const box = section.getBoundingClientRect();
    const over = box.bottom - pageBox.bottom;
    if (over > 0) section.style.top = `${Math.max(0, box.top - pageBox.top - over)}px`;
  }
}

export async function printWhenReady(): Promise<void> {
  if (document.querySelector('.reveal') !== null) {
    // The deck page itself must be in print view; otherwise there is nothing to wait for.
    if (!/print-pdf/i.test(window.location.search)) return;
    await until(
      () =>
        document.querySelector('.reveal .pdf-page') !== null ||
        document.documentElement.dataset['deckReady'] === 'leeg',
    );
  }
  await document.fonts.ready;
  fitPrintPages();
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length > 0) {
    const { mountCharts } = await import('../charts/charts');
    mountCharts(document, { animate: false });
    await until(() => figures.every((figure) => figure.dataset['chartState'] === 'drawn'));
  }
  await document.fonts.ready;
  // Drawn charts take their final room: fit again, and let charts follow their new size.
  fitPrintPages();
  await frame();
  await frame();
  fitPrintPages();
  await frame();
  document.documentElement.dataset['printReady'] = 'true';
  window.print();
}
