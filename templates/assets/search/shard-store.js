/*
 * The search files, fetched once each: the manifest, term shards, vocabulary lists and result data. Every file is
 * asked for at most once per page (a failed download may be retried); the store remembers which files it
 * fetched, so tests and the benchmark can see what a query cost.
 */

/**
 * A store reading files relative to `baseUrl` (the folder of manifest.json) with `fetchJson(url)`, which returns
 * a promise of the parsed JSON. `manifest` may be a promise of the manifest fetched earlier (search-early.js).
 */
export function createShardStore({ baseUrl, fetchJson, manifest = null }) {
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

  if (manifest) {
    requested.push('manifest.json');
    files.set('manifest.json', manifest);
    manifest.catch(() => files.delete('manifest.json'));
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
