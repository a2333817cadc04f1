/*
 * Loaded (not deferred) in the head of the search page only. When the page opens with a query or filters in its
 * URL, it asks for the search manifest at once (the head preloads it, so this reads that one download), while the
 * rest of the page and lunr.js still load; pageStore (search/shard-store.js) hands it to early-shards.js and page.js.
 * Without a query the page reads the preloaded manifest on first focus.
 * It also marks <html> (kb-zoekt, kb-laadt, kb-filtert) so the stylesheet shows the results area from the first paint
 * and holds the place of the first results until they are drawn.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var filtered = ['thema', 'soort', 'schoolsoort', 'regio'].some(function (p) { return params.has(p); });
  if (!filtered && !params.get('q')) return;
  // Before the first paint, so the results area (and the row of active filters) has its place from the start
  // instead of pushing the page down when the results arrive.
  document.documentElement.classList.add('kb-zoekt', 'kb-laadt');
  if (filtered) document.documentElement.classList.add('kb-filtert');
  window.kennisbankSearchManifest = fetch(document.currentScript.dataset.manifestUrl).then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  });
  // A failed early download is retried by the page; do not report it as unhandled here.
  window.kennisbankSearchManifest.catch(function () {});
})();
