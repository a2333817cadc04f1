// Compares the sharded search with one full index, both with the real lunr.js 2.3.9 and lunr.nl.
// usage: node compare-shards.mjs <shards folder (with manifest.json)> <documents.json> <queries.json> <output.json>
// documents.json is build-index.js's input: the full index is built by lunr.js itself from the same texts.
// The ranked path (sharded-index.js rank) must give, for several k and keep filters, exactly the full index's
// results filtered and cut at k (refs, scores, order, match data), and exactly its match set and matched terms.
// output: {queries, withHits, failures: [{query, full, sharded}], files: [files a query loaded, per query],
//          rankedChecks: how many (query, k, filter) cases were compared}
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createShardStore } from '../../../templates/assets/search/shard-store.js';
import { createShardedIndex } from '../../../templates/assets/search/sharded-index.js';

const require = createRequire(import.meta.url);
const lunr = require('./lunr-nl.js');
const [folder, documentsPath, queriesPath, outputPath] = process.argv.slice(2);

const input = JSON.parse(fs.readFileSync(documentsPath, 'utf8'));
const refKey = '\u0000ref';
const full = lunr(function () {
  this.use(lunr.nl);
  this.use(lunr.kennisbank);
  this.ref(refKey);
  for (const field of input.fields) this.field(field.name, { boost: field.boost });
  for (const document of input.documents) this.add(Object.assign({ [refKey]: document.ref }, document.fields));
});

const readJson = async (url) => JSON.parse(fs.readFileSync(path.join(folder, url), 'utf8'));
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));
const outcome = (run) => {
  try {
    return run().then((results) => results.map((r) => [r.ref, r.score]), (e) => ({ error: String(e.message || e) }));
  } catch (e) {
    return Promise.resolve({ error: String(e.message || e) });
  }
};

const KS = [1, 20, 40];
// Facet filters stand-ins: keep everything, a third of the refs, two thirds (refs are paths and numbers: by a hash).
const hash = (ref) => [...ref].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1000003, 7);
const KEEPS = [null, (ref) => hash(ref) % 3 === 0, (ref) => hash(ref) % 3 !== 1];
const parse = (text) => (q) => new lunr.QueryParser(text, q).parse();
const described = (results) => results.map((r) => [r.ref, r.score, r.matchData.metadata]);
const termsOf = (results) => [...new Set(results.flatMap((r) => Object.keys(r.matchData.metadata)))].sort();

/** What the ranked path gives for `text`, in the form `expectedRanking` gives the full index's answer. */
async function ranking(index, text) {
  try {
    const ranked = await index.rank(parse(text));
    const tops = KS.flatMap((k) => KEEPS.map((keep) => described(ranked.top(k, keep))));
    return { count: ranked.count, refs: [...ranked.refs].sort(), terms: [...ranked.terms].sort(), tops };
  } catch (e) {
    return { error: String(e.message || e) };
  }
}

function expectedRanking(text) {
  try {
    const results = full.search(text);
    const tops = KS.flatMap((k) => KEEPS.map((keep) => described((keep ? results.filter((r) => keep(r.ref)) : results).slice(0, k))));
    return { count: results.length, refs: results.map((r) => r.ref).sort(), terms: termsOf(results), tops };
  } catch (e) {
    return { error: String(e.message || e) };
  }
}

const report = { queries: queries.length, withHits: 0, failures: [], files: [], rankedChecks: 0 };
// One store per query: each query starts cold, so what it loaded is what it needs.
for (const query of queries) {
  const store = createShardStore({ baseUrl: '', fetchJson: readJson });
  const sharded = createShardedIndex({ lunr, store });
  const expected = await outcome(() => Promise.resolve(full.search(query)));
  const actual = await outcome(() => sharded.search(query));
  if (JSON.stringify(expected) !== JSON.stringify(actual)) report.failures.push({ query, full: expected, sharded: actual });
  if (Array.isArray(expected) && expected.length > 0) report.withHits++;
  report.files.push(store.requested().length);
  const expectedRanked = expectedRanking(query);
  const actualRanked = await ranking(createShardedIndex({ lunr, store }), query);
  if (JSON.stringify(expectedRanked) !== JSON.stringify(actualRanked)) report.failures.push({ query, full: expectedRanked, ranked: actualRanked });
  report.rankedChecks += KS.length * KEEPS.length;
}
fs.writeFileSync(outputPath, JSON.stringify(report));
