// Used at build time: a projected slide's HTML made fit to be shown a second time on a page as
// a miniature: without its reading text (as in the deck), and without ids and the ARIA
// references to them, so that the page's own copy of the slide keeps its ids unique.
import { splitReadingText } from './reading-text';

export function miniatureHtml(html: string): string {
  return (
    splitReadingText(html)
      .projected.replace(/\s(?:id|aria-labelledby|aria-describedby|for)="[^"]*"/g, '')
      // A link without href is a placeholder; rel and target need an href (valid HTML), so they go too.
      .replace(/<a\b[^>]*>/g, (tag) => tag.replace(/\s(?:href|rel|target)="[^"]*"/g, ''))
  );
}
