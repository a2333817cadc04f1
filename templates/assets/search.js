/*
 * Kennisbank search page. Loads the precomputed lunr index (written by `kennisbank build`, identical to what
 * lunr.js 2.3.9 with the Dutch pipeline would build) once, lazily, and queries it with lunr's own query API:
 *  - every word is searched as lunr would (Dutch stemmer), the word being typed also as a prefix;
 *  - when nothing matches, the same words are tried with a typo allowance (fuzzy) and the page says so;
 *  - +word must occur, -word must not; other special characters are ignored, so input never breaks a query.
 * Facets (theme, type, school type, region) filter the results; query and filters live in the URL.
 */
(function () {
  'use strict';

  var root = document.getElementById('kb-zoeken');
  if (!root || !window.lunr) return;
  var diacriticsUrl = new URL('search/diacritics.js', document.currentScript.src).href;
  var foldDiacritics = null;

  var FACETS = [
    { key: 'theme', param: 'thema', legend: "Thema" },
    { key: 'type', param: 'soort', legend: 'Soort' },
    { key: 'school_types', param: 'schoolsoort', legend: 'Schoolsoort' },
    { key: 'region', param: 'regio', legend: 'Regio' }
  ];
  var DEBOUNCE_MS = 180;
  var PAGE_SIZE = 20;

  var form = document.getElementById('kb-zoekformulier');
  var input = document.getElementById('kb-zoekterm');
  var layout = root.querySelector('.search-layout');
  var filters = document.getElementById('kb-filters');
  var status = document.getElementById('kb-zoekstatus');
  var list = document.getElementById('kb-resultaten');
  var empty = document.getElementById('kb-geen-resultaten');
  var more = document.getElementById('kb-meer-resultaten');

  var index = null;
  var data = null;
  var loading = null;
  var timer = null;
  var selected = {};
  FACETS.forEach(function (f) { selected[f.key] = new Set(); });

  layout.hidden = false;

  function load() {
    if (!loading) {
      status.textContent = 'Zoekindex laden…';
      list.setAttribute('aria-busy', 'true');
      var early = window.kennisbankSearchData;
      window.kennisbankSearchData = null;
      // The index's pipelines include our registered diacritic folding: lunr.Index.load needs it registered first.
      var folding = import(diacriticsUrl).then(function (module) {
        module.registerDiacriticFolding(lunr);
        foldDiacritics = module.foldDiacritics;
      });
      loading = Promise.all([(early || Promise.reject()).catch(function () {
        return Promise.all([fetch(root.dataset.indexUrl).then(json), fetch(root.dataset.documentsUrl).then(json)]);
      }), folding]).then(function (loaded) {
        var results = loaded[0];
        index = lunr.Index.load(results[0]);
        data = results[1];
        list.removeAttribute('aria-busy');
        buildFilters();
      }).catch(function () {
        list.removeAttribute('aria-busy');
        status.textContent = 'De zoekindex kon niet worden geladen. Probeer het later opnieuw, of kijk per thema hieronder.';
        loading = null;
        throw new Error('index not loaded');
      });
    }
    return loading;
  }

  function json(response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }

  // --- Query ---------------------------------------------------------------------------------------------

  function fold(text) {
    return foldDiacritics(text);
  }

  /** Splits user input into words with their presence (+ required, - excluded), as lunr tokens would split. */
  function parseWords(text) {
    return text.toLowerCase().split(/[\s\-]+/).map(function (raw) {
      var presence = raw.charAt(0) === '+' ? lunr.Query.presence.REQUIRED
        : raw.charAt(0) === '-' ? lunr.Query.presence.PROHIBITED : lunr.Query.presence.OPTIONAL;
      var word = raw.replace(/[^0-9a-z\u00c0-\u024f']/g, '').replace(/^'+|'+$/g, '');
      return { word: word, presence: presence };
    }).filter(function (w) { return w.word.length > 0; });
  }

  var stems = new Map();

  /** The index term a word becomes: lunr.nl's trimmer and stemmer, as at indexing time (stop words give null). Memoized. */
  function stem(word) {
    if (stems.has(word)) return stems.get(word);
    var result = stemUncached(word);
    stems.set(word, result);
    return result;
  }

  function stemUncached(word) {
    var token = new lunr.Token(word, {});
    token = lunr.nl.trimmer(token);
    if (token) token = new lunr.Token(fold(token.toString()), {});
    if (!token || !lunr.nl.stopWordFilter(token)) return null;
    var stemmed = lunr.nl.stemmer(token);
    return stemmed ? stemmed.toString() : null;
  }

  function run(words, typing, fuzzy) {
    return index.query(function (q) {
      words.forEach(function (w, i) {
        var term = stem(w.word);
        var prefix = typing && i === words.length - 1 && w.presence !== lunr.Query.presence.PROHIBITED;
        if (term) {
          q.term(term, { usePipeline: false, presence: prefix ? lunr.Query.presence.OPTIONAL : w.presence, boost: 10 });
          if (fuzzy && term.length > 3)
            q.term(term, { usePipeline: false, editDistance: term.length > 7 ? 2 : 1, presence: lunr.Query.presence.OPTIONAL });
        }
        if (prefix)
          q.term(fold(w.word), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, presence: lunr.Query.presence.OPTIONAL });
      });
    });
  }

  function search(text, typing) {
    var words = parseWords(text);
    if (words.length === 0) return { words: words, hits: null, fuzzy: false };
    var hits = run(words, typing, false);
    var fuzzy = false;
    if (hits.length === 0 && words.some(function (w) { return w.presence !== lunr.Query.presence.PROHIBITED; })) {
      hits = run(words, typing, true);
      fuzzy = hits.length > 0;
    }
    return { words: words, hits: hits, fuzzy: fuzzy };
  }

  // --- Facets --------------------------------------------------------------------------------------------

  function valuesOf(doc, facet) {
    var value = doc[facet.key];
    if (value === null || value === undefined) return [];
    return Array.isArray(value) ? value : [value];
  }

  function matches(doc, exceptFacet) {
    return FACETS.every(function (f) {
      if (f === exceptFacet || selected[f.key].size === 0) return true;
      return valuesOf(doc, f).some(function (v) { return selected[f.key].has(v); });
    });
  }

  function buildFilters() {
    filters.textContent = '';
    FACETS.forEach(function (facet) {
      var fieldset = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = facet.legend;
      fieldset.appendChild(legend);
      Object.keys(data.labels[facet.key]).forEach(function (value) {
        var id = 'kb-filter-' + facet.param + '-' + value;
        var label = document.createElement('label');
        label.htmlFor = id;
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = facet.param;
        box.value = value;
        box.addEventListener('change', function () {
          if (box.checked) selected[facet.key].add(value); else selected[facet.key].delete(value);
          update(false, true);
        });
        var text = document.createElement('span');
        text.textContent = data.labels[facet.key][value];
        var count = document.createElement('span');
        count.className = 'facet-count';
        label.append(box, text, count);
        fieldset.appendChild(label);
      });
      filters.appendChild(fieldset);
    });
  }

  function updateFacetCounts(candidates) {
    FACETS.forEach(function (facet) {
      var counts = {};
      candidates.forEach(function (doc) {
        if (!matches(doc, facet)) return;
        valuesOf(doc, facet).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      filters.querySelectorAll('input[name="' + facet.param + '"]').forEach(function (box) {
        var n = counts[box.value] || 0;
        box.checked = selected[facet.key].has(box.value);
        var count = box.parentNode.querySelector('.facet-count');
        count.textContent = '(' + n + ')';
        box.parentNode.classList.toggle('is-empty', n === 0 && !box.checked);
      });
    });
  }

  // --- Results -------------------------------------------------------------------------------------------

  function highlight(element, text, stems, prefix) {
    element.textContent = '';
    text.split(/([0-9A-Za-z\u00c0-\u024f']+)/).forEach(function (part, i) {
      var isWord = i % 2 === 1;
      var hit = isWord && (stems.has(stem(part.toLowerCase())) || (prefix && fold(part.toLowerCase()).indexOf(prefix) === 0));
      if (hit) {
        var mark = document.createElement('mark');
        mark.textContent = part;
        element.appendChild(mark);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
  }

  function render(result, typing) {
    var words = result.words;
    var candidates;
    if (result.hits === null) {
      candidates = selectedCount() > 0 ? Object.keys(data.documents).map(function (ref) { return data.documents[ref]; }) : [];
      candidates.sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : 0; });
    } else {
      candidates = result.hits.map(function (hit) { return data.documents[hit.ref]; });
    }
    updateFacetCounts(candidates);
    var shown = candidates.filter(function (doc) { return matches(doc, null); });

    var queryStems = new Set();
    words.forEach(function (w) {
      if (w.presence === lunr.Query.presence.PROHIBITED) return;
      var s = stem(w.word);
      if (s) queryStems.add(s);
    });
    var last = words[words.length - 1];
    var prefix = typing && last && last.presence !== lunr.Query.presence.PROHIBITED ? fold(last.word) : null;

    list.textContent = '';
    current = { shown: shown, stems: queryStems, prefix: prefix, count: 0 };
    showMore();


    empty.hidden = !(shown.length === 0 && (result.hits !== null || selectedCount() > 0));
    if (result.hits === null && selectedCount() === 0) {
      status.textContent = '';
    } else if (shown.length === 0) {
      status.textContent = selectedCount() > 0
        ? 'Geen artikelen gevonden met deze filters. Haal een of meer filters weg.'
        : 'Geen artikelen gevonden voor ‘' + input.value.trim() + '’.';
    } else {
      var count = shown.length === 1 ? '1 artikel gevonden' : shown.length + ' artikelen gevonden';
      status.textContent = result.fuzzy
        ? 'Niets gevonden met precies deze spelling; ' + count + ' met een woord dat erop lijkt.'
        : count + (words.length ? ' voor ‘' + input.value.trim() + '’' : '') + '.';
    }
  }

  var current = null;

  /** Shows the next PAGE_SIZE results: drawing (and highlighting) hundreds of results at once would delay the first ones. */
  function showMore() {
    var next = current.shown.slice(current.count, current.count + PAGE_SIZE);
    next.forEach(function (doc) {
      var item = document.createElement('li');
      item.className = 'card';
      var heading = document.createElement('h3');
      heading.className = 'card-title';
      var link = document.createElement('a');
      link.href = doc.url;
      highlight(link, doc.title, current.stems, current.prefix);
      heading.appendChild(link);
      var summary = document.createElement('p');
      summary.className = 'card-summary';
      highlight(summary, doc.summary, current.stems, current.prefix);
      var meta = document.createElement('p');
      meta.className = 'card-meta';
      var time = document.createElement('time');
      time.dateTime = doc.date;
      time.textContent = doc.date_label;
      meta.append(data.labels.theme[doc.theme] + ' · ' + data.labels.type[doc.type] + ' · ', time);
      item.append(heading, summary, meta);
      list.appendChild(item);
    });
    current.count += next.length;
    var rest = current.shown.length - current.count;
    more.hidden = rest <= 0;
    more.textContent = 'Toon ' + Math.min(rest, PAGE_SIZE) + ' resultaten meer (van ' + rest + ')';
  }

  function selectedCount() {
    return FACETS.reduce(function (n, f) { return n + selected[f.key].size; }, 0);
  }

  // --- URL state -----------------------------------------------------------------------------------------

  function toUrl() {
    var params = new URLSearchParams();
    var q = input.value.trim();
    if (q) params.set('q', q);
    FACETS.forEach(function (f) {
      Array.from(selected[f.key]).sort().forEach(function (v) { params.append(f.param, v); });
    });
    var query = params.toString();
    return location.pathname + (query ? '?' + query : '');
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    FACETS.forEach(function (f) { selected[f.key] = new Set(params.getAll(f.param)); });
  }

  function update(typing, push) {
    load().then(function () {
      render(search(input.value, typing), typing);
      var url = toUrl();
      if (url !== location.pathname + location.search) {
        if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
      }
    }).catch(function () { /* the status line already says what went wrong */ });
  }

  more.addEventListener('click', function () {
    var first = current.count;
    showMore();
    var link = list.children[first] && list.children[first].querySelector('a');
    if (link) link.focus();
  });

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(true, false); }, DEBOUNCE_MS);
  });
  input.addEventListener('focus', function () { load().catch(function () {}); }, { once: true });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    update(false, true);
  });
  window.addEventListener('popstate', function () {
    fromUrl();
    load().then(function () { render(search(input.value, false), false); }).catch(function () {});
  });

  fromUrl();
  if (location.search) update(false, false);
})();
