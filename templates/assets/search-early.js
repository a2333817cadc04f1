/*
 * Loaded (not deferred) in the head of the search page only. When the page opens with a query or filters in its
 * URL, it starts downloading the search index at once, while the rest of the page and lunr.js still load;
 * search.js picks up these downloads. Without a query nothing is fetched: the index loads on first focus instead.
 */
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  if (!['q', 'thema', 'soort', 'schoolsoort', 'regio'].some(function (p) { return params.has(p); })) return;
  var script = document.currentScript;
  function get(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }
  window.kennisbankSearchData = Promise.all([get(script.dataset.indexUrl), get(script.dataset.documentsUrl)]);
  // A failed early download is retried by search.js; do not report it as unhandled here.
  window.kennisbankSearchData.catch(function () {});
})();
