// Used in the browser: the offline file of a deck that has none prebuilt (a remix, one slide, the
// builder's deck): the prebuilt template, which holds every style, font and script, filled with
// the deck's slide sections.
import { fillOfflineTemplate } from '../../lib/export/offline-html';

const templateUrl = '/offline/deck-sjabloon.txt';

/**
 * A section as markup without the style attributes reveal.js and Chart.js set while it was
 * shown: the offline file's policy allows no style attributes, and both set them again there.
 */
function withoutRuntimeStyles(section: Element): string {
  const copy = section.cloneNode(true) as Element;
  for (const element of [copy, ...copy.querySelectorAll('[style]')]) element.removeAttribute('style');
  return copy.outerHTML;
}

export async function buildOfflineHtml(title: string, sections: Element[]): Promise<Blob> {
  const response = await fetch(templateUrl);
  if (!response.ok) throw new Error('het sjabloon voor offline bestanden ontbreekt op de site.');
  const html = fillOfflineTemplate(
    await response.text(),
    title,
    sections.map(withoutRuntimeStyles).join(''),
    window.location.origin,
  );
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}
