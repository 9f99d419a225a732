// Used in the browser: the offline file of a deck that has none prebuilt (a remix, one slide, the
// builder's deck): the prebuilt template, which holds every style, font and script, filled with
// the deck's slide sections.
import { fillOfflineTemplate } from '../../lib/export/offline-html';

const templateUrl = '/offline/deck-sjabloon.txt';

export async function buildOfflineHtml(title: string, sections: Element[]): Promise<Blob> {
  const response = await fetch(templateUrl);
  if (!response.ok) throw new Error('het sjabloon voor offline bestanden ontbreekt op de site.');
  const html = fillOfflineTemplate(
    await response.text(),
    title,
    sections.map((section) => section.outerHTML).join(''),
    window.location.origin,
  );
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}
