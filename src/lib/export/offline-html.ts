// Used at build time (src/integrations/offline-decks.ts) and in the browser (remix offline
// export): the one self-contained HTML file of a deck, made from a template that already holds
// every style, font and script, plus the deck's slide sections.

/** Where the slide sections go in the template. */
export const slidesMarker = '<!--kit:offline-slides-->';
/** Stands for the deck title (HTML-escaped) in the template. */
export const titleMarker = '<!--kit:offline-title-->';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The template around the slides: styles and the classic script inline, nothing to fetch. */
export function offlineTemplate({
  css,
  js,
  siteUrl,
  policy,
}: {
  css: string;
  js: string;
  siteUrl: string;
  /** The file's Content-Security-Policy, made from the exact inline script and style it holds. */
  policy?: (inline: { script: string; style: string }) => string;
}): string {
  // Inside <style> and <script> only their own end tag could break out; escape it.
  const safeCss = css.replace(/<\/style/gi, '<\\/style');
  const safeJs = js.replace(/<\/script/gi, '<\\/script');
  const csp = policy?.({ script: safeJs, style: safeCss });
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    ...(csp === undefined
      ? []
      : [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`]),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${titleMarker} · Presentatie (offline) · Kansrijke Start verhaalkit</title>`,
    `<meta name="description" content="Presentatie: ${titleMarker}. Werkt zonder internet.">`,
    `<style>${safeCss}</style>`,
    '</head>',
    '<body>',
    `<h1 class="deck-heading">${titleMarker}</h1>`,
    // Without the site's address (a build without SITE_URL) there is nowhere to link back to.
    ...(siteUrl === ''
      ? []
      : [
          `<nav class="deck-exit" aria-label="Verlaat de presentatie"><a href="${escapeHtml(siteUrl)}/">Naar de verhaalkit (online)</a></nav>`,
        ]),
    `<div class="reveal" role="main" aria-label="Presentatie: ${titleMarker}"><div class="slides">${slidesMarker}</div></div>`,
    `<script>${safeJs}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Links to other pages of the site lead to the site online; links within the deck stay. */
export function absoluteLinks(html: string, siteUrl: string): string {
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, (_, attribute: string) => `${attribute}${siteUrl}/`);
}

/** Scripts in the slides are the site's module scripts (the file has its own); chart data stays. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*\btype="application\/json")[^>]*>[\s\S]*?<\/script>/g, '');
}

/** The offline file of a deck: the template with its title and slide sections filled in. */
export function fillOfflineTemplate(
  template: string,
  title: string,
  sectionsHtml: string,
  siteUrl: string,
): string {
  const sections = absoluteLinks(withoutScripts(sectionsHtml), siteUrl);
  return template
    .split(titleMarker)
    .join(escapeHtml(title))
    .replace(slidesMarker, () => sections);
}

/** The slide sections of a built deck page, as HTML, in order. */
export function deckSections(pageHtml: string): string[] {
  return [...pageHtml.matchAll(/<section\b[^>]*\bdata-slide-id="[^"]*"[^>]*>[\s\S]*?<\/section>/g)].map(
    (m) => m[0],
  );
}
