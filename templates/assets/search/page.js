/*
 * The search page (/zoeken/): wires the search box, the filters, the results and the URL together. The index is
 * loaded in pieces (sharded-index.js): the manifest (preloaded by the head) on first focus or at once when the URL
 * has a query (then early-shards.js has already asked for the term shards of that query), and per query only the term
 * shards it needs. Query and filters live in the URL, so a search can be linked to and Back works.
 */
import { FACETS, countFacets, facetTable, passes } from './facets.js';
import { createShardedIndex } from './sharded-index.js';
import { documentsFor, documentsInTurn, pageStore } from './shard-store.js';
import { createStemmer, hitTest } from './query-words.js';
import { runQuery } from './query-run.js';
import { drawResults, moreLabel } from './results-view.js';
import { createSearchLayout } from './search-layout.js';
import { drawStatus, statusSegments } from './search-messages.js';
import { createSynonyms, readSynonymGroups } from './synonyms.js';
import { loadLunr, parsed } from './lunr-ready.js';

const DEBOUNCE_MS = 180;
const PAGE_SIZE = 20;
// Drawn as soon as their data are in: 6 cards reach below the fold on screens up to 1,440 px tall (a card is 170–450
// px), and their data files are one round of HTTP/1.1's six connections.
const FIRST_DRAWN = 6;
const LOADING = 'Zoekindex laden…';
const UNAVAILABLE = 'De zoekindex kon niet worden geladen. Probeer het later opnieuw, of kijk per thema hieronder.';

parsed().then(() => {
  const root = document.getElementById('kb-zoeken');
  if (root) loadLunr().then((lunr) => start(root, lunr), () => unavailable());
});

/** lunr could not be loaded: a search in the URL says so instead of holding the place of results. */
function unavailable() {
  document.documentElement.classList.remove('kb-laadt', 'kb-filtert');
  document.getElementById('kb-zoekstatus').textContent = UNAVAILABLE;
}

/** Resolves after the browser has painted what is drawn now. */
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function start(root, lunr) {
  const form = document.getElementById('kb-zoekformulier');
  const input = document.getElementById('kb-zoekterm');
  const filters = document.getElementById('kb-filters');
  const status = document.getElementById('kb-zoekstatus');
  const list = document.getElementById('kb-resultaten');
  const empty = document.getElementById('kb-geen-resultaten');
  const more = document.getElementById('kb-meer-resultaten');

  // Shared with early-shards.js, which may already have asked for the shards of the URL's query.
  const store = pageStore(root.dataset.manifestUrl);
  const index = createShardedIndex({ lunr, store });
  const stem = createStemmer(lunr);
  const synonyms = createSynonyms(readSynonymGroups(document), stem);
  // Loaded once the first cards are painted: only the cards in view get an excerpt, and not before SEEN_MS.
  let excerptModules = null;
  const excerpts = () => {
    excerptModules ||= afterPaint()
      .then(() => Promise.all([import('./excerpt-view.js'), import('./article-pages.js')]))
      .then(([view, pages]) => ({
        createExcerptView: view.createExcerptView,
        articles: pages.createArticlePages({
          fetchText: (url) => fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(url)))),
          parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
        }),
      }));
    return excerptModules;
  };
  const selected = {};
  for (const facet of FACETS) selected[facet.key] = new Set();

  let loading = null;
  let site = null;
  let timer = null;
  let generation = 0;
  let current = null;
  let filtersView = null;
  let filtersDrawn = false;

  const layout = createSearchLayout(document, {
    onRemove(filter) {
      selected[filter.key].delete(filter.value);
      update(true);
    },
    onClear() {
      for (const facet of FACETS) selected[facet.key].clear();
      update(true);
    },
  });

  function load() {
    if (!loading) {
      status.textContent = LOADING;
      list.setAttribute('aria-busy', 'true');
      loading = index.manifest().then((manifest) => {
        let facets = null;
        // Made when first read (the keep filter, or the first cards), not before the first search is run.
        site = { manifest, get facets() { return (facets ||= facetTable(manifest)); } };
        list.removeAttribute('aria-busy');
        if (status.textContent === LOADING) status.textContent = '';
      });
      loading.catch(() => {
        list.removeAttribute('aria-busy');
        status.textContent = UNAVAILABLE;
        loading = null;
      });
    }
    return loading;
  }

  function search(text) {
    return runQuery({ lunr, index, stem, synonyms, text, documents: (refs) => documentsFor(store, site.manifest, refs) });
  }

  function selectedCount() {
    return FACETS.reduce((n, f) => n + selected[f.key].size, 0);
  }

  /** Without words but with filters: every article, newest first. */
  async function everyArticleByDate() {
    const dates = await store.dates();
    const refs = [];
    let day = 0;
    for (let ref = 0; ref < dates.length; ref++) {
      day += dates[ref];
      refs.push({ ref: String(ref), day });
    }
    return refs.sort((a, b) => b.day - a.day).map((r) => r.ref);
  }

  async function render(result, token) {
    const { plan, ranking } = result;
    const chosen = {};
    for (const facet of FACETS) chosen[facet.key] = new Set(selected[facet.key]);
    const keep = selectedCount() === 0 ? null : (ref) => passes(site.facets.valuesOf(ref), chosen);
    // listed: the refs shown, in order, when not a ranking's (every article by date) or when filtered; total: how many.
    const view = { listed: null, total: 0, ranking, keep, isHit: hitTest(plan, stem), count: 0, token };
    // The first results' data starts loading first: the facets are counted once they are drawn (showFacets).
    const firstPage = ranking !== null ? nextPage(view) : null;
    let dated = null;
    if (ranking === null) dated = selectedCount() > 0 && plan.words.length === 0 ? await everyArticleByDate() : [];
    if (token !== generation) return;
    // A ranking's refs (every match; at 100,000 articles a common word's are nearly all) are made only when filters
    // need them before the first draw, else for the facet counts after it.
    const candidates = () => dated || ranking.refs;
    if (keep || dated) view.listed = keep ? candidates().filter(keep) : dated;
    view.total = view.listed ? view.listed.length : ranking.count;
    layout.show(plan.words.length > 0 || selectedCount() > 0, view.total, selected, site.manifest.labels);

    current = view;
    list.textContent = '';
    let facetsShown = null;
    await showMore(firstPage, () => { facetsShown = showFacets(candidates, token); });
    if (token !== generation) return;

    empty.hidden = !(view.total === 0 && (ranking !== null || (selectedCount() > 0 && plan.words.length === 0)));
    const correction = result.correction && { href: urlWith(result.correction.text), parts: result.correction.parts };
    drawStatus(status, statusSegments({
      text: input.value, plan, unmatched: result.unmatched, shown: view.total, filtered: selectedCount() > 0, correction,
    }));
    // The search is done (the list no longer busy) when the filter panel shows its counts too.
    await facetsShown;
  }

  /**
   * The filter panel with the counts of `candidates()` (every match of the search `token`), after the first results
   * are drawn and painted: the panel is beside the results (on a phone behind the "Filters" button), so drawing it
   * later moves nothing, and neither its module nor the counting over all matches holds the first results up.
   */
  async function showFacets(candidates, token) {
    let view;
    try {
      await afterPaint();
      filtersView ||= import('./filters-view.js');
      view = await filtersView;
    } catch {
      filtersView = null; // The next search tries again; the results stay.
      return;
    }
    if (token !== generation) return;
    if (!filtersDrawn) {
      view.drawFilters(filters, site.manifest.labels, (key, value, checked) => {
        if (checked) selected[key].add(value); else selected[key].delete(value);
        update(true);
      });
      filtersDrawn = true;
    }
    view.showCounts(filters, countFacets(site.facets, candidates(), selected), selected);
  }

  /**
   * The next PAGE_SIZE results of `view` (lunr's best among the matches the filters keep) and their data, loading:
   * the data of the first FIRST_DRAWN asked for first.
   */
  function nextPage(view) {
    const end = view.count + PAGE_SIZE;
    const hits = view.ranking ? view.ranking.top(end, view.keep).slice(view.count)
      : view.listed.slice(view.count, end).map((ref) => ({ ref }));
    const { first, all } = documentsInTurn(store, site.manifest, hits.map((hit) => hit.ref), FIRST_DRAWN);
    // A newer search may drop this page unread; whoever reads it gets the error.
    first.catch(() => {});
    return { hits, first, all };
  }

  /**
   * Draws the next page of results (`page`, or the next of the current view), after loading what they show: the first
   * FIRST_DRAWN as soon as their data are in (more than a screen, so what is drawn after them only moves what is out
   * of view), then the rest, whose data are asked for once the first are drawn. `afterFirstDraw()` is called once
   * the first of them are drawn.
   */
  async function showMore(page = null, afterFirstDraw = () => {}) {
    const view = current;
    const { hits, first, all } = page || nextPage(view);
    const draw = (some, found) => drawResults(list, some.map(({ ref, matchData }) => {
      const values = site.facets.valuesOf(ref);
      return { ...found.get(ref), theme: values.theme[0], type: values.type[0], matchData };
    }), site.manifest.labels, view.isHit, { excerpts, stem });
    let drawn = 0;
    if (hits.length > FIRST_DRAWN) {
      const found = await first;
      if (view !== current) return;
      drawn = FIRST_DRAWN;
      draw(hits.slice(0, drawn), found);
      afterFirstDraw();
    }
    const found = await all();
    if (view !== current) return;
    draw(hits.slice(drawn), found);
    if (drawn === 0) afterFirstDraw();
    view.count += hits.length;
    const rest = view.total - view.count;
    more.hidden = rest <= 0;
    more.textContent = moreLabel(Math.min(rest, PAGE_SIZE), rest);
  }

  function toUrl() {
    return urlWith(input.value);
  }

  function urlWith(text) {
    const params = new URLSearchParams();
    const q = text.trim();
    if (q) params.set('q', q);
    for (const facet of FACETS) for (const value of [...selected[facet.key]].sort()) params.append(facet.param, value);
    const query = params.toString();
    return location.pathname + (query ? `?${query}` : '');
  }

  function fromUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    for (const facet of FACETS) selected[facet.key] = new Set(params.getAll(facet.param));
  }

  async function update(push) {
    const token = ++generation;
    try {
      await load();
      list.setAttribute('aria-busy', 'true');
      const result = await search(input.value);
      if (token !== generation) return;
      await render(result, token);
      if (token !== generation) return;
      list.removeAttribute('aria-busy');
      if (push === null) return;
      const url = toUrl();
      if (url !== location.pathname + location.search) {
        if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
      }
    } catch {
      if (token !== generation) return;
      layout.failed();
      list.removeAttribute('aria-busy');
      status.textContent = UNAVAILABLE;
    }
  }

  more.addEventListener('click', async () => {
    const first = current.count;
    await showMore();
    const link = list.children[first] && list.children[first].querySelector('a');
    if (link) link.focus();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => { load().catch(() => {}); }, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const token = generation + 1;
    update(true).then(() => { if (token === generation) layout.searched(); });
  });
  window.addEventListener('popstate', () => {
    fromUrl();
    update(null);
  });

  fromUrl();
  if (location.search) update(false);
}
