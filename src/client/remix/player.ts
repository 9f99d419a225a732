// Used in the browser: fills the remix player with the deck in its link. The link is first
// checked against the small slide index (carried in the remix page; elsewhere /slides/index.json):
// unknown ids are named without a single fetch, renamed ids follow the redirect map, and slides
// changed since the link was made are listed. Only the chosen library slides are fetched, each
// from its own single-slide page. The player shows the cover first (remixCover), then fetches the
// rest; where slides come first (deep link, print, phone), the remix page starts those fetches
// before the player's code has loaded (public/remix/early.js).
import { decodeRemixLink, maxRemixSlides, setDefaultSlideIndex, type RemixDeck } from '../../lib/remix/link';
import {
  checkDeck,
  parseSlideIndex,
  slideIndexPath,
  unknownNotice,
  unreadableNotice,
  updatedLead,
  updatedOn,
  updatedOnSuffix,
  type CheckedDeck,
  type SlideIndex,
} from '../../lib/remix/slide-index';
import { isOwnKey } from '../../lib/remix/own-slides';
import { hyphenateOwnText } from '../hyphenation/own-text';
import { coverSection, deckSections, ownCoverId } from './own-sections';
import { framedSections, generatedSections } from '../deck/frame';
import { stepId } from '../../lib/deck/sequence';

// The browser queues what its connections cannot take yet, so the next request starts as soon as one
// ends, even while this thread is busy; a cap keeps a 1,000-slide deck from opening 1,000 at once.
const parallelFetches = 16;

/** A slide page's text as fetched (undefined when it cannot be had). */
type SlidePage = string | undefined;

/** What public/remix/early.js started before this module ran: the slide index and slide pages. */
interface EarlyRemix {
  index: Promise<unknown>;
  pages: Map<string, Promise<string | undefined>>;
}
/**
 * The early fetches, read when first needed. When this module gets there first, it leaves a mark so
 * that early.js, arriving later, starts nothing twice.
 */
function earlyRemix(): EarlyRemix | undefined {
  const host = window as { kitEarlyRemix?: EarlyRemix | 'taken' };
  const found = host.kitEarlyRemix;
  if (found === undefined) host.kitEarlyRemix = 'taken';
  return found === undefined || found === 'taken' ? undefined : found;
}

/** A slide page's text (early.js may have fetched it), or undefined when it cannot be had. */
async function fetchSlidePage(id: string): Promise<SlidePage> {
  const early = earlyRemix();
  const started = early?.pages.get(id);
  if (started !== undefined) {
    early?.pages.delete(id);
    return started;
  }
  const response = await fetch(`/slides/${id}/presenteer/`).catch(() => undefined);
  if (response === undefined || !response.ok) return undefined;
  return response.text().catch(() => undefined);
}

function slideSection(id: string, page: SlidePage): HTMLElement | undefined {
  if (page === undefined) return undefined;
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  const section = [...parsed.querySelectorAll<HTMLElement>('section[data-slide-id]')].find(
    (candidate) => candidate.dataset['slideId'] === id,
  );
  // Moved, not copied: the parsed page is not used again.
  return section === undefined ? undefined : document.adoptNode(section);
}

/**
 * Fetches each distinct id once, a few at a time (also used by the exports), or takes over the
 * fetch early.js started. The pages are parsed once all are in, so parsing one never holds up the
 * next request.
 */
export async function fetchSlides(ids: readonly string[]): Promise<Map<string, HTMLElement | undefined>> {
  const distinct = [...new Set(ids.filter((id) => !isOwnKey(id)))];
  const pages = new Map<string, SlidePage>();
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const id = distinct[next++]!;
      pages.set(id, await fetchSlidePage(id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelFetches, distinct.length) }, worker));
  return new Map(distinct.map((id) => [id, slideSection(id, pages.get(id))]));
}

let indexLoad: Promise<SlideIndex | undefined> | undefined;

/** The index the remix page carries (read by early.js too), or undefined on other pages. */
function carriedIndex(): Promise<unknown> | undefined {
  const carried = document.querySelector('script[type="application/json"][data-slide-index]');
  return carried === null ? undefined : Promise.resolve(carried.textContent ?? '').then(JSON.parse);
}

/** The slide index, read once; undefined when it cannot be had (then every id is fetched). */
export function loadSlideIndex(): Promise<SlideIndex | undefined> {
  indexLoad ??= (
    earlyRemix()?.index ??
    carriedIndex() ??
    fetch(slideIndexPath).then((response) =>
      response.ok ? (response.json() as Promise<unknown>) : undefined,
    )
  )
    .then((data) => (data === undefined ? undefined : parseSlideIndex(data)))
    .catch(() => undefined);
  return indexLoad;
}
// Short links (v=2) name slides by codes looked up in the index: every page that loads this
// module (player, builder, hand-out) reads them.
setDefaultSlideIndex(loadSlideIndex);

/** A deck's sections in order (own slides included), with what could not be shown and what changed. */
export async function remixSections(
  deck: RemixDeck,
  withCover = true,
): Promise<{ sections: HTMLElement[]; checked: CheckedDeck }> {
  const index = await loadSlideIndex();
  const checked: CheckedDeck =
    index === undefined ? { slides: deck.slides, unknown: [], changed: [] } : checkDeck(deck, index);
  const found = await fetchSlides(checked.slides);
  const missing = [...found].filter(([, section]) => section === undefined).map(([id]) => id);
  return {
    sections: deckSections(deck, checked.slides, found, withCover),
    checked: { ...checked, unknown: [...checked.unknown, ...missing] },
  };
}

let templateLoad: Promise<HTMLTemplateElement | undefined> | undefined;

/** The player's generated slides (cover, dividers, closing): this page's, or the player page's. */
function generatedTemplate(): Promise<HTMLTemplateElement | undefined> {
  const here = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]');
  if (here !== null) return Promise.resolve(here);
  templateLoad ??= fetch('/presenteer/')
    .then(async (response) => {
      if (!response.ok) return undefined;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const found = page.querySelector('template[data-generated-slides]');
      return found === null ? undefined : (document.importNode(found, true) as HTMLTemplateElement);
    })
    .catch(() => undefined);
  return templateLoad;
}

/**
 * A deck's sections exactly as the player projects them: the cover (the deck's own, with its
 * subtitle and presenter lines), dividers between parts, the slides, the own closing slide and
 * the player's closing slide. The builder's PowerPoint and the hand-out use this, so they count
 * and show the same slides as the player.
 */
export async function playerSections(
  deck: RemixDeck,
): Promise<{ sections: HTMLElement[]; checked: CheckedDeck }> {
  const [{ sections, checked }, template] = await Promise.all([
    remixSections(deck, false),
    generatedTemplate(),
  ]);
  const generated = template === undefined ? new Map<string, HTMLElement>() : generatedSections(template);
  if (deck.cover !== undefined) generated.set(ownCoverId, markedOwn(coverSection(deck.title, deck.cover)));
  for (const section of sections) if (section.dataset['ownSlide'] === 'end') markedOwn(section);
  return { sections: framedSections(sections, generated, deck.title), checked };
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/**
 * The "bijgewerkt sinds deze link" notice: a lead sentence and a link to each changed slide, with
 * the day its current content dates from when the build knew it.
 */
export function updatedNotice(changed: CheckedDeck['changed']): HTMLParagraphElement {
  const p = paragraph(`${updatedLead(changed.length)} `);
  p.dataset['updatedNotice'] = '';
  changed.slice(0, 10).forEach(({ id, title, date }, index) => {
    if (index > 0) p.append(', ');
    const link = document.createElement('a');
    link.href = `/slides/${id}/`;
    link.textContent = title;
    p.append(link, updatedOnSuffix(date));
  });
  if (changed.length > 10) p.append(` en nog ${changed.length - 10} andere`);
  p.append('.');
  return p;
}

function notice(container: HTMLElement, lines: Array<string | HTMLElement>, withBuilderLink: boolean): void {
  container.replaceChildren(...lines.map((line) => (typeof line === 'string' ? paragraph(line) : line)));
  if (withBuilderLink) {
    const p = document.createElement('p');
    const link = document.createElement('a');
    link.href = '/maak/';
    link.textContent = 'Maak je eigen presentatie in de bouwdoos';
    p.append(link);
    container.append(p);
  } else {
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Sluit melding';
    close.addEventListener('click', () => container.setAttribute('hidden', ''));
    container.append(close);
  }
  container.removeAttribute('hidden');
}

/**
 * On each slide changed since the link, the presenter's notes open with "Deze slide is bijgewerkt
 * op …" (seen in the speaker view, not by the audience).
 */
function noteUpdates(slidesContainer: HTMLElement, changed: CheckedDeck['changed']): void {
  for (const { id, date } of changed) {
    const line = updatedOn(date);
    const section = [...slidesContainer.querySelectorAll<HTMLElement>('section[data-slide-id]')].find(
      (candidate) => candidate.dataset['slideId'] === id,
    );
    const notes = section?.querySelector('aside.notes');
    if (line === '' || notes === null || notes === undefined) continue;
    const p = paragraph(`${line}, na het maken van deze link.`);
    p.dataset['updatedOn'] = '';
    notes.prepend(p);
  }
}

function setTitle(deck: RemixDeck): void {
  document.title = `${deck.title} · Presentatie · Kansrijke Start verhaalkit`;
  const heading = document.querySelector('.deck-heading');
  if (heading !== null) heading.textContent = deck.title;
  document.querySelector('.reveal')?.setAttribute('aria-label', `Presentatie: ${deck.title}`);
}

/** Puts the deck's own cover (title and the presenter's fields) where the player takes its cover from. */
function useOwnCover(deck: RemixDeck): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]');
  const generated = template?.content.querySelector('section[data-generated="cover"]');
  if (deck.cover === undefined || generated === null || generated === undefined) return;
  generated.replaceWith(coverSection(deck.title, deck.cover));
}

/**
 * A small "eigen presentatie" mark on the cover (in the player's template) and the closing slide
 * (among `slides`) whose text comes from the link, so that nobody takes a maker's text for an
 * announcement of the programme.
 */
function markOwnText(deck: RemixDeck, slides?: ParentNode): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]');
  const fromLink = [
    deck.cover !== undefined ? template?.content.querySelector('section[data-own-slide="cover"]') : undefined,
    deck.closing !== undefined ? slides?.querySelector('section[data-own-slide="end"]') : undefined,
  ];
  for (const section of fromLink) if (section !== null && section !== undefined) markedOwn(section);
}

/** Adds the "eigen presentatie" mark to a section (once); returns the section. */
function markedOwn(section: Element): HTMLElement {
  if (section.querySelector('[data-own-mark]') === null) {
    const mark = document.createElement('p');
    mark.className = 'own-mark';
    mark.dataset['ownMark'] = '';
    mark.textContent = 'Eigen presentatie, niet van Kansrijke Start';
    section.querySelector('.slide-view')?.append(mark);
  }
  return section as HTMLElement;
}

interface RemixLoad {
  result: Awaited<ReturnType<typeof decodeRemixLink>>;
  /** The deck's sections, when the link could be read. */
  content?: Awaited<ReturnType<typeof remixSections>>;
}

let linkLoad: Promise<RemixLoad['result']> | undefined;
let remixLoad: Promise<RemixLoad> | undefined;

/** The page's link, read once. */
function readLink(): Promise<RemixLoad['result']> {
  linkLoad ??= decodeRemixLink(window.location.search, loadSlideIndex);
  return linkLoad;
}

/** Reads the link and fetches its slides, once. */
export function startRemixLoad(): Promise<RemixLoad> {
  remixLoad ??= readLink().then(async (result) =>
    result.ok ? { result, content: await remixSections(result.deck, false) } : { result },
  );
  return remixLoad;
}

/** Title, heading and "Bewerk deze presentatie" link of the deck in the link. */
function nameDeck(deck: RemixDeck): void {
  setTitle(deck);
  // "Bewerk deze presentatie": the builder takes the same link over (src/client/remix/builder.ts).
  document
    .querySelector<HTMLAnchorElement>('a[data-edit-remix]')
    ?.setAttribute('href', `/maak/${window.location.search}`);
}

/**
 * The remix's cover, framed as the player frames it, to be projected on its own while the slides
 * are still on their way (a presenter opening a link sees the first slide as soon as the ready-made
 * deck's). Undefined when the link opens on another slide, cannot be read or names no slide of the
 * library: then the player waits for the whole deck (a notice rarely replaces a cover shown).
 */
export async function remixCover(): Promise<HTMLElement | undefined> {
  // A link to a later slide opens on that slide, once it is there.
  const coverId = stepId({ kind: 'cover' });
  if (!['', '#', '#/', '#/0', `#/${coverId}`].includes(window.location.hash)) return undefined;
  const result = await readLink();
  if (!result.ok) return undefined;
  const index = await loadSlideIndex();
  if (index === undefined || checkDeck(result.deck, index).slides.length === 0) return undefined;
  const template = document.querySelector<HTMLTemplateElement>('template[data-generated-slides]');
  if (template === null) return undefined;
  nameDeck(result.deck);
  useOwnCover(result.deck);
  markOwnText(result.deck);
  await hyphenateOwnText();
  return framedSections([], generatedSections(template), result.deck.title).find(
    (section) => section.id === coverId,
  );
}

/**
 * Builds the remix into `slides` (in the page, or apart while its cover is already shown); false when
 * there is nothing to present (the notice explains).
 */
export async function loadRemix(
  slidesContainer: HTMLElement,
  noticeContainer: HTMLElement,
): Promise<boolean> {
  const { result, content } = await startRemixLoad();
  if (!result.ok) {
    notice(
      noticeContainer,
      [result.message, 'Vraag de afzender om een nieuwe link, of stel zelf een presentatie samen.'],
      true,
    );
    return false;
  }
  if (content === undefined) return false; // never: a readable link always has its content
  nameDeck(result.deck);
  // The player frames the deck itself (src/client/deck/frame.ts): its cover becomes ours.
  const { sections, checked } = content;
  slidesContainer.append(...sections);
  useOwnCover(result.deck);
  markOwnText(result.deck, slidesContainer);
  await hyphenateOwnText(slidesContainer);
  const problems: Array<string | HTMLElement> = [...result.problems];
  if (checked.unknown.length > 0) problems.push(unknownNotice(checked.unknown));
  const overLimit = (result.overLimit ?? 0) + (checked.overLimit ?? 0);
  if (overLimit > 0)
    problems.push(
      `De link noemt meer dan ${maxRemixSlides} slides; de overige ${overLimit} zijn niet getoond.`,
    );
  if (result.unreadableCount > 0) problems.push(unreadableNotice(result.unreadable, result.unreadableCount));
  if (sections.length === 0) {
    notice(
      noticeContainer,
      ['Geen enkele slide uit deze link bestaat (nog) in de verhaalkit.', ...problems],
      true,
    );
    return false;
  }
  if (checked.changed.length > 0) problems.push(updatedNotice(checked.changed));
  if (problems.length > 0) notice(noticeContainer, problems, false);
  noteUpdates(slidesContainer, checked.changed);
  return true;
}
