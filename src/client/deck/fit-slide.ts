// Used in the browser: shrinks a slide's text until it fits the slide, for the dense slides of
// the original deck (lists of actions, the A–D ladder). Never below 55% of the theme's size.

const smallest = 0.55;
const step = 0.05;

/**
 * The slide's natural content height, unscaled. The slide view normally stretches to the full
 * section (to push the sources down), and in print view sections are taller than the slide, so
 * the stretch is switched off while measuring.
 */
function contentHeight(section: HTMLElement): number {
  const view = section.querySelector<HTMLElement>('.slide-view');
  if (view === null) return section.scrollHeight;
  const before = view.style.minHeight;
  view.style.minHeight = '0';
  const style = getComputedStyle(section);
  const height = view.offsetHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  view.style.minHeight = before;
  return height;
}

/** Fits one slide section to `height` (reveal's configured slide height). */
export function fitSlide(section: HTMLElement, height: number): void {
  section.style.fontSize = '';
  let size = 1;
  while (contentHeight(section) > height + 1 && size > smallest) {
    size = Math.round((size - step) * 100) / 100;
    section.style.fontSize = `${size}em`;
  }
}
