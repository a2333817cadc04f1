/*
 * The search page's one store of search files (shard-store.js): early-shards.js asks it for the term shards of the
 * URL's query while the rest of the page still loads, and the page's searches find those downloads there. It takes
 * over the manifest download search-early.js started.
 */
import { createShardStore } from './shard-store.js';

let store = null;

function fetchJson(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  });
}

/** The page's store, made on first use from `root`'s data-manifest-url (the search page's #kb-zoeken). */
export function pageStore(root, { location = globalThis.location, early = globalThis } = {}) {
  if (!store) {
    const manifestUrl = new URL(root.dataset.manifestUrl, location.href);
    store = createShardStore({ baseUrl: new URL('./', manifestUrl).href, fetchJson, manifest: early.kennisbankSearchManifest || null });
    early.kennisbankSearchManifest = null;
  }
  return store;
}
