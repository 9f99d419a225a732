// Used at build time: a projected slide's HTML made fit to be shown a second time on a page as
// a miniature: without its reading text (as in the deck), without ids and the ARIA references
// to them (so that the page's own copy of the slide keeps its ids unique), and without links:
// a miniature is a picture, often itself inside a link, and a link inside a link is invalid
// HTML that the parser tears apart. Links become spans that keep the link colour.
import { splitReadingText } from './reading-text';

export function miniatureHtml(html: string): string {
  return splitReadingText(html)
    .projected.replace(/\s(?:id|aria-labelledby|aria-describedby|for)="[^"]*"/g, '')
    .replace(/<a\b([^>]*)>/g, (_tag, attributes: string) => {
      const kept = attributes.replace(/\s(?:href|rel|target|class)="[^"]*"/g, '');
      const className = /\sclass="([^"]*)"/.exec(attributes)?.[1];
      return `<span class="${className === undefined ? '' : `${className} `}miniature__link"${kept}>`;
    })
    .replace(/<\/a>/g, '</span>');
}
