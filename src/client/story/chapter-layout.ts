// Used in the browser: chapters far from the screen are not laid out while the page loads
// (`content-visibility: auto` in story.css, a placeholder height until the reader comes near),
// which saves most of a phone's work at the start. A jump would land off its target as the
// chapters above it took their real height, so before any jump (a link to a place on the page,
// a deep link, a hash typed in the address bar, back/forward or reload, printing) the chapters
// up to the target are laid out for real. Without JavaScript every chapter is laid out from the
// start (story-no-script.css).

/** Lays out, for real, every chapter before `target` and the chapter holding it (all for null). */
export function layOutUpTo(root: Document, target: Element | null): void {
  for (const chapter of root.querySelectorAll<HTMLElement>('[data-chapter]')) {
    if (target !== null && chapter !== target && !chapter.contains(target)) {
      // Chapters after the target keep waiting for the reader.
      if (chapter.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) break;
    }
    chapter.dataset['laidOut'] = '';
  }
}

/** The element the page's address points at, if any. */
function hashTarget(root: Document, hash: string): Element | null {
  if (hash.length < 2) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the id up as written.
  }
  return root.getElementById(id);
}

/** Lays out what a jump to `hash` needs and scrolls to its target; false when there is none. */
function jumpTo(root: Document, hash: string): boolean {
  const target = hashTarget(root, hash);
  if (target === null) return false;
  layOutUpTo(root, target);
  target.scrollIntoView();
  return true;
}

export function startChapterLayout(root: Document): void {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // Back, forward and reload restore a scroll position measured on the real heights.
  if (navigation !== undefined && navigation.type !== 'navigate') layOutUpTo(root, null);
  else if (!jumpTo(root, window.location.hash) && window.scrollY > 0) layOutUpTo(root, null);
  // A click on a link to a place on this page: lay out before the browser scrolls.
  root.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href*="#"]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.pathname !== window.location.pathname || link.origin !== window.location.origin) return;
      const target = hashTarget(root, link.hash);
      if (target !== null) layOutUpTo(root, target);
    },
    { capture: true },
  );
  // A hash typed or set by a script: the browser has scrolled already; scroll again once laid out.
  window.addEventListener('hashchange', () => jumpTo(root, window.location.hash));
  window.addEventListener('beforeprint', () => layOutUpTo(root, null));
}
