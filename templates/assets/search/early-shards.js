/*
 * Runs as soon as lunr.nl and its few imports are there (an async module: lunr-ready.js), most often before the page
 * has been parsed and page.js and the modules that draw are in: asks the page's store for the term shard of each word
 * of the URL's query (stemmed as the search does) once the manifest is in, so that download overlaps the rest of the
 * page's loading. What it reads of the page is in the head, above its script: the manifest's preload and the
 * synonyms. Only shards the search loads in any case: not those of the last word as a prefix.
 */
import { loadLunr } from './lunr-ready.js';
import { pageStore, shardOf } from './shard-store.js';
import { createStemmer, planQuery } from './query-words.js';
import { createSynonyms, readSynonymGroups } from './synonyms.js';

/** The numbers of the shards that hold the terms the search of `plan` (query-words.js) asks for first. */
export function shardsOf(manifest, plan) {
  if (!plan.meaningful) return [];
  const terms = plan.words.map((word) => word.term).filter((term) => term !== null);
  for (const synonym of plan.synonyms) terms.push(...synonym.terms);
  const numbers = terms.map((term) => shardOf(manifest.shards, term)).filter((number) => number >= 0);
  return [...new Set(numbers)];
}

/** Asks `store` (shard-store.js) for the shards of the query `text`; resolves when they are asked for. */
export async function requestShards({ lunr, store, text, synonymGroups = [] }) {
  const stem = createStemmer(lunr);
  const plan = planQuery(text, { stem, synonyms: createSynonyms(synonymGroups, stem) });
  if (!plan.meaningful) return [];
  const numbers = shardsOf(await store.manifest(), plan);
  // The search reports a failed download and asks again.
  for (const number of numbers) store.shard(number).catch(() => {});
  return numbers;
}

const text = globalThis.document && new URLSearchParams(location.search).get('q');
const manifest = text && document.querySelector('link[rel="preload"][as="fetch"]');
if (manifest) {
  const store = pageStore(manifest.getAttribute('href'));
  // Read (and parsed) while lunr's scripts load and run, so it is there when the query's terms are.
  store.manifest().catch(() => {});
  loadLunr().then((lunr) => {
    if (!lunr.nl) return [];
    return requestShards({ lunr, store, text, synonymGroups: readSynonymGroups(document) });
  }).catch(() => {}); // page.js reports what failed.
}
