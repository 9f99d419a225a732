// Used in the browser: a phone held upright shows the deck's slides one under the other,
// reflowed to the phone's width instead of a thin 16:9 strip, and a deep link `#/<id>` scrolls
// to its slide. Turning the phone sideways starts the presenting view.
import { fragmentId } from '../../lib/deck/fragment';

/** Upright and narrower than a slide can be read at 16:9 (reveal's scroll view would start here). */
export const phoneQuery = '(max-width: 600px) and (orientation: portrait)';

export function isUprightPhone(): boolean {
  return window.matchMedia(phoneQuery).matches;
}

/**
 * Calls `load` once, as soon as one of `figures` comes within a screen's height of the viewport
 * (scrolling down or up), so the chart code arrives just before a chart is seen, not with slide 1.
 */
function whenNear(figures: readonly Element[], load: () => void): void {
  if (figures.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}

/** Lays the deck out as a column of slides and lands on the slide of the deep link. */
export function startPhoneView(root: HTMLElement): void {
  document.documentElement.classList.add('deck-phone');
  const hint = document.querySelector<HTMLElement>('[data-rotate-hint]');
  hint?.removeAttribute('hidden');
  const sections = [...root.querySelectorAll<HTMLElement>('.slides > section')];
  for (const section of sections) {
    section.setAttribute(
      'aria-label',
      section.querySelector('.slide-title')?.textContent?.trim() ?? section.id,
    );
    section.setAttribute('role', 'group');
    section.setAttribute('aria-roledescription', 'slide');
  }
  whenNear([...root.querySelectorAll('figure[data-chart]')], () => {
    void import('../charts/charts').then(({ drawWhenVisible }) => drawWhenVisible(root));
  });
  const land = () => {
    const id = fragmentId(window.location.hash);
    const target = id === undefined ? null : document.getElementById(id);
    if (target !== null && root.contains(target)) target.scrollIntoView({ block: 'start' });
  };
  land();
  window.addEventListener('hashchange', land);
  // Turned sideways: present the deck as on a projector, on the same slide.
  window.matchMedia(phoneQuery).addEventListener('change', (event) => {
    if (!event.matches) window.location.reload();
  });
}
