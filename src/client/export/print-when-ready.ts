// Used in the browser: "Download als PDF" and the hand-out open a page with `afdrukken` in the
// address; this prints it once it is complete: reveal.js's print layout done (decks), every
// chart drawn in its final state, fonts loaded. `data-print-ready` tells tests the same moment.

const until = async (ready: () => boolean, timeout = 15_000): Promise<void> => {
  const started = performance.now();
  while (!ready() && performance.now() - started < timeout)
    await new Promise((resolve) => setTimeout(resolve, 50));
};
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Room kept free under a slide's last line on its page, in CSS pixels. */
const pageFoot = 12;

/**
 * Fits every slide to its print page once reveal's print layout stands: the slide's text gets
 * smaller until its sources end on the page, and a slide that reveal centred too low moves up.
 * The player fits slides before that layout, which is not the room the page gives.
 */
export function fitPrintPages(): void {
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .pdf-page')) {
    const section = page.querySelector<HTMLElement>(':scope > section');
    const view = section?.querySelector<HTMLElement>('.slide-view');
    if (section == null || view == null) continue;
    const limit = page.clientHeight - pageFoot;
    const bottom = () => view.getBoundingClientRect().bottom - page.getBoundingClientRect().top;
    const top = () => section.getBoundingClientRect().top - page.getBoundingClientRect().top;
    // First move it up as far as needed (not above the page), then shrink what still overflows.
    if (bottom() > limit) section.style.top = `${Math.max(0, top() - (bottom() - limit))}px`;
    let size = parseFloat(section.style.fontSize) || 1;
    while (bottom() > limit && size > 0.4) {
      size = Math.round((size - 0.025) * 1000) / 1000;
      section.style.fontSize = `${size}em`;
    }
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
