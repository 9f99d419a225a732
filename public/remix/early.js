// Used in the browser on the remix player only (/presenteer/), as a plain script that runs as soon
// as it has arrived, long before the player's modules: it starts fetching the slides a readable link
// (?slides=id,id,…) names, so they arrive while the player's code loads, instead of after it.
// Only ids the slide index knows are fetched (a link full of unknown ids costs no request), at
// most as many as the player fetches at once. The player (src/client/remix/player.ts) takes the
// index and these pages over from `window.kitEarlyRemix`; short links (?v=2) wait for the player.
// Each page is parsed as soon as it arrives, while the player's code still loads, so the player
// finds documents, not text, and parsing ten pages never holds up its first slide.
(function () {
  'use strict';
  // The player got there first (it then fetches everything itself).
  if (globalThis.kitEarlyRemix !== undefined) return;
  var params = new URLSearchParams(globalThis.location.search);
  var list = params.get('slides');
  var index = fetch('/slides/index.json')
    .then(function (response) {
      return response.ok ? response.json() : undefined;
    })
    .catch(function () {
      return undefined;
    });
  var pages = new Map();
  globalThis.kitEarlyRemix = { index: index, pages: pages };
  if (list === null) return;
  var wanted = list.split(',').slice(0, 16);
  void index.then(function (json) {
    var slides = json && typeof json === 'object' ? json.slides : undefined;
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
          .then(function (html) {
            return html === undefined ? undefined : new DOMParser().parseFromString(html, 'text/html');
          })
          .catch(function () {
            return undefined;
          }),
      );
    });
  });
})();
