// Used in the browser on the remix player only (/presenteer/), as a plain async script early in the
// page's head that runs as soon as it has arrived, long before the player's modules: it starts
// fetching the slides a readable link (?slides=id,id,…) names, so they arrive while the rest of the
// page and the player's code load, instead of after them. The slide index comes inside the page
// (<script type="application/json" data-slide-index>, just above this script), so no request waits
// for another: only ids the index knows are fetched (a link full of unknown ids costs no request),
// at most as many as the player fetches at once. The player (src/client/remix/player.ts) takes the
// index and these pages over from `window.kitEarlyRemix`; short links (?v=2) wait for the player.
// The pages are kept as text: the player parses them once its first slide (the cover) is up, so
// that parsing ten pages never holds up the first slide.
// Only where the slides come first (a deep link, the print view, the phone view): on the stage the
// player shows the deck's own cover first and fetches the slides once the cover is up. Ten fetches
// started here held that cover up by 8-10 % (npm run bench -- --timing, interleaved: ready 1.10×
// the ready-made deck with them, 1.01-1.03× without), for slides that are wanted only after it.
// (The cover's id and the phone query repeat src/lib/deck/sequence.ts and src/client/deck/phone.ts;
// were they to drift, only where the fetches start would change.)
(function () {
  'use strict';
  // The player got there first (it then fetches everything itself).
  if (globalThis.kitEarlyRemix !== undefined) return;
  var carried = globalThis.document.querySelector('script[type="application/json"][data-slide-index]');
  var json;
  if (carried !== null) {
    try {
      json = JSON.parse(carried.textContent || '');
    } catch {
      json = undefined;
    }
  }
  var index =
    json !== undefined
      ? Promise.resolve(json)
      : fetch('/slides/index.json')
          .then(function (response) {
            return response.ok ? response.json() : undefined;
          })
          .catch(function () {
            return undefined;
          });
  var pages = new Map();
  globalThis.kitEarlyRemix = { index: index, pages: pages };
  var location = globalThis.location;
  var coverFirst =
    !/print-pdf/i.test(location.search) &&
    ['', '#', '#/', '#/0', '#/begin'].indexOf(location.hash) !== -1 &&
    !globalThis.matchMedia('(max-width: 600px) and (orientation: portrait)').matches;
  var list = new URLSearchParams(location.search).get('slides');
  if (list === null || coverFirst) return;
  var wanted = list.split(',').slice(0, 16);
  var fetchKnown = function (data) {
    var slides = data && typeof data === 'object' ? data.slides : undefined;
    if (!slides || typeof slides !== 'object') return;
    wanted.forEach(function (raw) {
      var id = raw.trim();
      if (!Object.prototype.hasOwnProperty.call(slides, id) || pages.has(id)) return;
      pages.set(
        id,
        fetch('/slides/' + id + '/presenteer/')
          .then(function (response) {
            return response.ok ? response.text() : undefined;
          })
          .catch(function () {
            return undefined;
          }),
      );
    });
  };
  // With the index in the page, the fetches start now, while the page is still being read.
  if (json !== undefined) fetchKnown(json);
  else void index.then(fetchKnown);
})();
