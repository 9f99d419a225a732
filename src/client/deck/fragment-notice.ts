// Used in the browser: lands a deck on the slide its `#` fragment names (src/lib/deck/fragment.ts)
// before reveal.js or the phone view reads it, and says in Dutch when the fragment names no
// slide of the deck. The notice joins the remix player's notice box, or gets one of its own.
import { landingFor } from '../../lib/deck/fragment';
import type { Redirects } from '../../lib/content/redirects';

/** True when `id` is a slide of the deck (or an element inside one). */
export function isDeckSlide(root: HTMLElement, id: string): boolean {
  const element = document.getElementById(id);
  return element !== null && root.contains(element) && element.closest('.slides section') !== null;
}

/** Shows `text` in the deck's notice box, with a button that closes it. */
export function showDeckNotice(text: string): void {
  let box = document.querySelector<HTMLElement>('[data-remix-notice]');
  if (box === null) {
    box = document.createElement('div');
    box.className = 'remix-notice';
    box.setAttribute('role', 'status');
    box.dataset['remixNotice'] = '';
    document.querySelector('.reveal')?.before(box);
  }
  const p = document.createElement('p');
  p.dataset['fragmentNotice'] = '';
  p.textContent = text;
  const close = box.querySelector(':scope > button');
  if (close === null) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Sluit melding';
    const target = box;
    button.addEventListener('click', () => target.setAttribute('hidden', ''));
    box.replaceChildren(p, button);
  } else close.before(p);
  box.removeAttribute('hidden');
}

/** Replaces the address's fragment where it names no slide of the deck; shows why. */
export function landOnFragment(root: HTMLElement, redirects: Redirects): void {
  const landing = landingFor(window.location.hash, (id) => isDeckSlide(root, id), redirects);
  if (landing.keep) return;
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}${landing.hash}`);
  if (landing.notice !== undefined) showDeckNotice(landing.notice);
}
