// Used in the browser: the visitor's own slides as slide sections, with the same markup as every
// library slide (h2.slide-title, .slide-content, footer.slide-sources, aside.notes), so the
// player, the hand-out and the exports treat them like any slide. Text only, via textContent.
import type { RemixDeck } from '../../lib/remix/link';
import type { ClosingFields, CoverFields, OwnTextSlide } from '../../lib/remix/own-slides';

export const ownCoverId = 'mijn-omslag';
export const ownClosingId = 'mijn-afsluiting';
export const ownSlideId = (key: string): string => `mijn-slide-${key.slice(1)}`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

function section(
  id: string,
  layout: 'cover' | 'end' | 'default',
  title: string,
  content: Node[],
  notes: string,
): HTMLElement {
  const wrapper = el('section', '');
  wrapper.id = id;
  wrapper.dataset['slideId'] = id;
  wrapper.dataset['ownSlide'] = layout;
  wrapper.dataset['layout'] = layout;
  const view = el(
    'div',
    `slide-view own-slide own-slide--${layout}`,
    el('h2', 'slide-title', title),
    el('div', 'slide-content', ...content),
    el('footer', 'slide-sources', el('p', '', 'Eigen slide van de presentator.')),
  );
  view.dataset['slideKind'] = 'own';
  view.dataset['layout'] = layout;
  const aside = el('aside', 'notes', el('p', '', notes));
  wrapper.append(view, aside);
  return wrapper;
}

const joined = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ');

/** The cover: the deck title with subtitle, presenter, organisation, date and place. */
export function coverSection(title: string, cover: CoverFields): HTMLElement {
  const content: Node[] = [];
  if (cover.subtitle !== '') content.push(el('p', 'own-cover__subtitle', cover.subtitle));
  const who = joined(cover.presenter, cover.organisation);
  if (who !== '') content.push(el('p', 'own-cover__presenter', who));
  const when = joined(cover.date, cover.place);
  if (when !== '') content.push(el('p', 'own-cover__when', when));
  return section(
    ownCoverId,
    'cover',
    title,
    content,
    'Omslag: stel jezelf voor en vertel waar je presentatie over gaat.',
  );
}

/** The closing slide: a thank-you, the contact line and the website, all as text. */
export function closingSection(closing: ClosingFields): HTMLElement {
  const content: Node[] = [];
  if (closing.contact !== '') content.push(el('p', 'own-closing__contact', closing.contact));
  if (closing.website !== '') content.push(el('p', 'own-closing__website', closing.website));
  return section(
    ownClosingId,
    'end',
    'Dank je wel',
    content,
    'Afsluiting: nodig uit tot vragen en laat zien hoe men je bereikt.',
  );
}

/** An own text slide: its title and bullets. */
export function textSection(slide: OwnTextSlide): HTMLElement {
  const content: Node[] =
    slide.bullets.length === 0 ? [] : [el('ul', '', ...slide.bullets.map((bullet) => el('li', '', bullet)))];
  return section(
    ownSlideId(slide.key),
    'default',
    slide.title || 'Eigen slide',
    content,
    'Eigen slide van de presentator.',
  );
}

/**
 * The sections of a deck in order: cover (when the deck has a title), the slides (library
 * sections from `library`, own slides built here), closing slide. Repeated slides get ids
 * with a number, so every section id stays unique.
 */
export function deckSections(
  deck: RemixDeck,
  slides: readonly string[],
  library: ReadonlyMap<string, HTMLElement | undefined>,
): HTMLElement[] {
  const sections: HTMLElement[] = [];
  if (deck.cover !== undefined) sections.push(coverSection(deck.title, deck.cover));
  const own = new Map((deck.own ?? []).map((slide) => [slide.key, slide]));
  const seen = new Map<string, number>();
  for (const item of slides) {
    const ownSlide = own.get(item);
    const made = ownSlide !== undefined ? textSection(ownSlide) : library.get(item);
    if (made === undefined) continue;
    const id = made.id;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const copy = count === 1 && ownSlide !== undefined ? made : (made.cloneNode(true) as HTMLElement);
    if (count > 1) copy.id = `${id}-${count}`;
    sections.push(copy);
  }
  if (deck.closing !== undefined) sections.push(closingSection(deck.closing));
  return sections;
}
