/*
 * Loaded (not deferred) in the head of the search page only. When the page opens with a query or filters in its URL,
 * it marks <html> (kb-zoekt, kb-laadt, kb-filtert) so the stylesheet shows the results area from the first paint and
 * holds the place of the first results until they are drawn. (The manifest is preloaded by the head itself.)
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
})();
