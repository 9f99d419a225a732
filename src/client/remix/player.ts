// Used in the browser: fills the remix player with the slides named in its link, fetching
// only those slides (each from its own single-slide page), then hands over to the deck player.
import { decodeRemix, type RemixDeck } from '../../lib/remix/link';
import { slideCount } from '../../lib/content/text';
import { resolveOldIds } from '../../lib/content/redirects';
import { pageRedirects } from '../deck/redirects';

const parallelFetches = 6;

async function fetchSlide(id: string): Promise<HTMLElement | undefined> {
  const response = await fetch(`/slides/${id}/presenteer/`).catch(() => undefined);
  if (response === undefined || !response.ok) return undefined;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const section = page.querySelector<HTMLElement>(`section[data-slide-id="${id}"]`);
  return section === null ? undefined : document.importNode(section, true);
}

/** Fetches each distinct id once, a few at a time, keeping the deck's order (also used by the exports). */
export async function fetchSlides(ids: readonly string[]): Promise<Map<string, HTMLElement | undefined>> {
  const distinct = [...new Set(ids)];
  const found = new Map<string, HTMLElement | undefined>();
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const id = distinct[next++]!;
      found.set(id, await fetchSlide(id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelFetches, distinct.length) }, worker));
  return found;
}

function notice(container: HTMLElement, lines: string[], withBuilderLink: boolean): void {
  container.replaceChildren();
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    container.append(p);
  }
  if (withBuilderLink) {
    const p = document.createElement('p');
    const link = document.createElement('a');
    link.href = '/maak/';
    link.textContent = 'Maak je eigen presentatie in de bouwdoos';
    p.append(link);
    container.append(p);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Sluit melding';
  close.addEventListener('click', () => container.setAttribute('hidden', ''));
  if (!withBuilderLink) container.append(close);
  container.removeAttribute('hidden');
}

function setTitle(deck: RemixDeck): void {
  document.title = `${deck.title} · Presentatie · Kansrijke Start verhaalkit`;
  const heading = document.querySelector('.deck-heading');
  if (heading !== null) heading.textContent = deck.title;
  document.querySelector('.reveal')?.setAttribute('aria-label', `Presentatie: ${deck.title}`);
}

/** Builds the remix into `slides`; false when there is nothing to present (the notice explains). */
export async function loadRemix(
  slidesContainer: HTMLElement,
  noticeContainer: HTMLElement,
): Promise<boolean> {
  const result = decodeRemix(window.location.search);
  if (!result.ok) {
    notice(
      noticeContainer,
      [result.message, 'Vraag de afzender om een nieuwe link, of stel zelf een presentatie samen.'],
      true,
    );
    return false;
  }
  setTitle(result.deck);
  // Links made before a slide was split or renamed show the slide(s) that replaced it.
  result.deck.slides = resolveOldIds(result.deck.slides, pageRedirects());
  const found = await fetchSlides(result.deck.slides);
  const seen = new Map<string, number>();
  for (const id of result.deck.slides) {
    const section = found.get(id);
    if (section === undefined) continue;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const copy = count === 1 ? section : (section.cloneNode(true) as HTMLElement);
    if (count > 1) copy.id = `${id}-${count}`;
    slidesContainer.append(copy);
  }
  const missing = [...new Set(result.deck.slides.filter((id) => found.get(id) === undefined))];
  const problems: string[] = [];
  if (missing.length > 0)
    problems.push(
      `${slideCount(missing.length)} niet gevonden: ${missing.join(', ')}. De rest wordt getoond.`,
    );
  if (result.unreadable.length > 0) {
    problems.push(
      `${result.unreadable.length === 1 ? 'Eén deel' : `${result.unreadable.length} delen`} van de link ${result.unreadable.length === 1 ? 'is' : 'zijn'} geen slide en ${result.unreadable.length === 1 ? 'is' : 'zijn'} overgeslagen: ${result.unreadable.join(', ')}`,
    );
  }
  if (slidesContainer.children.length === 0) {
    notice(
      noticeContainer,
      ['Geen enkele slide uit deze link bestaat (nog) in de verhaalkit.', ...problems],
      true,
    );
    return false;
  }
  if (problems.length > 0) notice(noticeContainer, problems, false);
  return true;
}
