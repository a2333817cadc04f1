/*
 * The search files, fetched once each: the manifest, term shards, vocabulary lists and result data. Every file is
 * asked for at most once per page (a failed download may be retried); the store remembers which files it
 * fetched, so tests and the benchmark can see what a query cost. The search page has one (pageStore), shared by
 * early-shards.js, which asks for the shards of the URL's query early, and page.js, whose search finds them there.
 * The head preloads the manifest; fetching the same URL reads that download.
 */

let page = null;

function fetchJson(url) {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  });
}

/** The page's store, made on first use: the files beside `root`'s data-manifest-url. */
export function pageStore(root, location = globalThis.location) {
  if (!page) page = createShardStore({ baseUrl: new URL('./', new URL(root.dataset.manifestUrl, location.href)).href, fetchJson });
  return page;
}

/**
 * A store reading files relative to `baseUrl` (the folder of manifest.json) with `fetchJson(url)`, which returns
 * a promise of the parsed JSON.
 */
export function createShardStore({ baseUrl, fetchJson }) {
  const files = new Map();
  const requested = [];

  function load(path) {
    let file = files.get(path);
    if (!file) {
      requested.push(path);
      file = fetchJson(baseUrl + path);
      files.set(path, file);
      file.catch(() => files.delete(path));
    }
    return file;
  }

  return {
    manifest: () => load('manifest.json'),
    shard: (number) => load(`terms/${number}.json`),
    vocabulary: (length) => load(`vocabulary/${length}.json`),
    documents: (chunk) => load(`documents/${chunk}.json`),
    dates: () => load('dates.json'),
    /** Paths of every file asked for so far, in order. */
    requested: () => requested.slice(),
  };
}
