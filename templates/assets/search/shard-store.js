/*
 * The search files, fetched once each: the manifest, term shards, vocabulary lists and result data. Every file is
 * asked for at most once per page (a failed download may be retried); the store remembers which files it
 * fetched, so tests and the benchmark can see what a query cost. The search page has one (pageStore), shared by
 * early-shards.js, which asks for the shards of the URL's query early, and page.js, whose search finds them there.
 * The head preloads the manifest; fetching the same URL reads that download.
 *
 * Where a term lives (shardOf, shardsWithPrefix): the build cuts lunr's sorted vocabulary into shards and the
 * manifest lists the first term of each (sorted as lunr sorts: by UTF-16 code units, which is what < does on
 * strings). A term can only be in the last shard that starts at or before it; the terms with a given prefix lie in
 * consecutive shards.
 *
 * A term shard as the build writes it (readShard): {"terms": [[term, termIndex, postings of field 0, of field 1, …],
 * …]}, each field's postings flat as [document, score, document, score, …], the document as the difference from the
 * one before (the first from 0) and the score as lunr's rounded score × 1000. lunr rounds with
 * Math.round(score * 1000) / 1000, so n / 1000 is exactly the number lunr holds.
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

/** The shard that would hold `term`, or -1 when it sorts before every shard (then it is not in the index). */
export function shardOf(firstTerms, term) {
  let low = 0;
  let high = firstTerms.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (firstTerms[middle] <= term) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The shards (as [first, last], inclusive; empty when first > last) that can hold terms starting with `prefix`. */
export function shardsWithPrefix(firstTerms, prefix) {
  // The shard starting at or before the prefix, then every shard whose first term has the prefix.
  const first = shardOf(firstTerms, prefix);
  let last = first;
  while (last + 1 < firstTerms.length && firstTerms[last + 1].startsWith(prefix)) last++;
  return [Math.max(first, 0), last];
}

/** Reads the terms of a shard into a Map from term to {termIndex, fields: [{documents, scores}]}. */
export function readShard(shard) {
  const entries = new Map();
  for (const row of shard.terms) {
    const fields = [];
    for (let f = 2; f < row.length; f++) {
      const flat = row[f];
      const documents = new Array(flat.length / 2);
      const scores = new Array(flat.length / 2);
      let document = 0;
      for (let i = 0; i < flat.length; i += 2) {
        document += flat[i];
        documents[i / 2] = document;
        scores[i / 2] = flat[i + 1] / 1000;
      }
      fields.push({ documents, scores });
    }
    entries.set(row[0], { termIndex: row[1], fields });
  }
  return entries;
}
