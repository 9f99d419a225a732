// Used in the browser: "Download als PDF" and the hand-out open a page with `afdrukken` in the
// address; this prints it once it is complete: reveal.js's print layout done (decks), every
// chart drawn in its final state, fonts loaded. `data-print-ready` tells tests the same moment.

const until = async (ready: () => boolean, timeout = 15_000): Promise<void> => {
  const started = performance.now();
  while (!ready() && performance.now() - started < timeout)
    await new Promise((resolve) => setTimeout(resolve, 50));
};
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

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
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length > 0) {
    const { mountCharts } = await import('../charts/charts');
    mountCharts(document, { animate: false });
    await until(() => figures.every((figure) => figure.dataset['chartState'] === 'drawn'));
  }
  await document.fonts.ready;
  await frame();
  await frame();
  document.documentElement.dataset['printReady'] = 'true';
  window.print();
}
