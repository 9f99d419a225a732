// Used in the browser: shrinks a slide's text until it fits the slide, for the dense slides of
// the original deck (lists of actions, the A–D ladder). Never below 55% of the theme's size.

const smallest = 0.55;
const step = 0.05;

/** Fits one slide section to `height` (reveal's configured slide height). */
export function fitSlide(section: HTMLElement, height: number): void {
  section.style.fontSize = '';
  let size = 1;
  while (section.scrollHeight > height + 1 && size > smallest) {
    size = Math.round((size - step) * 100) / 100;
    section.style.fontSize = `${size}em`;
  }
}
