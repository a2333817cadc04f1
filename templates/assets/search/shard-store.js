/*
 * The search files, fetched once each: the manifest, term shards, vocabulary lists and result data (documentsFor). Every file is
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
 * …]}, each field's postings [] or [scores, codes]: the field's distinct scores ascending, each lunr's rounded score
 * × 1000, and per posting (document − the one before, the first from 0) × scores.length + the position of its score.
 * lunr rounds with Math.round(score * 1000) / 1000, so n / 1000 is exactly the number lunr holds.
 */

let page = null;

function fetchJson(url) {
  // Ahead of the page's modules still loading (module preloads are high priority too): the search waits for these.
  return fetch(url, { priority: 'high' }).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  });
}

/**
 * The page's store, made on first use: the files beside the manifest at `manifestUrl` (relative to the page: the
 * head's preload of it, or the search root's data-manifest-url; the same URL).
 */
export function pageStore(manifestUrl, location = globalThis.location) {
  if (!page) page = createShardStore({ baseUrl: new URL('./', new URL(manifestUrl, location.href)).href, fetchJson });
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
    for (let f = 2; f < row.length; f++) fields.push(readPostings(row[f]));
    entries.set(row[0], { termIndex: row[1], fields });
  }
  return entries;
}

function readPostings(field) {
  if (field.length === 0) return { documents: [], scores: [] };
  const [distinct, codes] = field;
  const count = distinct.length;
  const documents = new Array(codes.length);
  const scores = new Array(codes.length);
  let document = 0;
  for (let i = 0; i < codes.length; i++) {
    // A code is (document − previous) × count + the score's position; the difference may be negative (refs that are
    // not 0, 1, 2, … keep lunr's posting order).
    const position = ((codes[i] % count) + count) % count;
    document += (codes[i] - position) / count;
    documents[i] = document;
    scores[i] = distinct[position] / 1000;
  }
  return { documents, scores };
}

// What a result shows — title, URL, summary, date — for the refs drawn. The build writes it in files of
// `documentChunk` consecutive refs (documents/N.json, each article as [title, url, summary, iso date, Dutch date]),
// so a page of results loads a few small files.
 

/** Resolves to a Map from each of `refs` to {title, url, summary, date, dateLabel}. */
export async function documentsFor(store, manifest, refs) {
  const chunk = manifest.documentChunk;
  const numbers = [...new Set(refs.map((ref) => Math.floor(Number(ref) / chunk)))];
  const files = new Map(await Promise.all(numbers.map(async (n) => [n, await store.documents(n)])));
  const documents = new Map();
  for (const ref of refs) {
    const position = Number(ref);
    const [title, url, summary, date, dateLabel] = files.get(Math.floor(position / chunk))[position % chunk];
    documents.set(ref, { title, url, summary, date, dateLabel });
  }
  return documents;
}

/**
 * documentsFor in two steps, so the first results can be drawn before the rest: asks at once for the blocks of the
 * first `count` refs (`first` resolves to their data), and for the others' only when `all()` is called, once the
 * first are drawn (over HTTP/1.1 they would wait for a free connection anyway, and their answers would be handled
 * while the first results are being drawn); `all()` resolves to the data of every ref.
 */
export function documentsInTurn(store, manifest, refs, count) {
  let every = null;
  return {
    first: documentsFor(store, manifest, refs.slice(0, count)),
    all: () => (every ||= documentsFor(store, manifest, refs)),
  };
}
