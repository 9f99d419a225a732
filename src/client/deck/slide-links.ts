// Used in the browser: points slide links at the slide on this page when it is here.

/** Rewrites `a[data-slide-link]` to an in-page target made by `hrefFor` when the slide exists on the page. */
export function retargetSlideLinks(root: ParentNode, hrefFor: (slideId: string) => string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-slide-link]')) {
    const id = link.dataset['slideLink'];
    if (id !== undefined && document.getElementById(id) !== null) link.href = hrefFor(id);
  }
}
