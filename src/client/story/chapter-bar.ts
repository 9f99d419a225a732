// Used in the browser: the chapter bar names the chapter being read (one IntersectionObserver
// over the chapters), marks it in the list and says the reading time left: the prose words of the
// chapters still ahead (src/lib/story/reading.ts: no tables, panels, buttons or hidden text).
import { proseWords, readingMinutes } from '../../lib/story/reading';

/** Runs `task` when the browser has a moment (soon, in any case). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 0);
}

export function startChapterBar(root: Document): void {
  const bar = root.querySelector<HTMLElement>('[data-story-bar]');
  if (bar === null) return;
  const chapters = [...root.querySelectorAll<HTMLElement>('[data-chapter]')];
  // Counting the prose walks every node of the page: one chapter per idle moment, not all at
  // once while the page loads (a phone was busy for a tenth of a second before it could answer).
  const words: number[] = [];
  const counted = () => words.length === chapters.length;
  const current = bar.querySelector<HTMLElement>('[data-bar-current]');
  const left = bar.querySelector<HTMLElement>('[data-bar-left]');
  const menu = bar.querySelector('details');
  let shown = 0;
  const show = (index: number) => {
    const chapter = chapters[index];
    if (chapter === undefined) return;
    shown = index;
    if (current !== null) current.textContent = chapter.dataset['chapterLabel'] ?? '';
    const remaining = words.slice(index).reduce((sum, count) => sum + count, 0);
    if (left !== null && counted()) left.textContent = `nog ${readingMinutes(remaining)} min`;
    for (const link of bar.querySelectorAll<HTMLAnchorElement>('[data-bar-link]')) {
      if (link.dataset['barLink'] === chapter.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    bar.dataset['current'] = chapter.id;
  };
  show(0);
  const countNext = () => {
    const chapter = chapters[words.length];
    if (chapter !== undefined) {
      words.push(proseWords(chapter));
      whenIdle(countNext);
      return;
    }
    bar.dataset['words'] = String(words.reduce((sum, count) => sum + count, 0));
    show(shown);
  };
  whenIdle(countNext);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries)
        if (entry.isIntersecting) show(chapters.indexOf(entry.target as HTMLElement));
    },
    { rootMargin: '-20% 0px -79% 0px' },
  );
  for (const chapter of chapters) observer.observe(chapter);
  // A jump closes the list, so that it does not cover the text.
  bar.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a') !== null && menu !== null)
      menu.open = false;
  });
}
