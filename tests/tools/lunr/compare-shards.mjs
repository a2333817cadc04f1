// Compares the sharded search with one full index, both with the real lunr.js 2.3.9 and lunr.nl.
// usage: node compare-shards.mjs <shards folder (with manifest.json)> <documents.json> <queries.json> <output.json>
// documents.json is build-index.js's input: the full index is built by lunr.js itself from the same texts.
// output: {queries, withHits, failures: [{query, full, sharded}], files: [files a query loaded, per query]}
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

const report = { queries: queries.length, withHits: 0, failures: [], files: [] };
// One store per query: each query starts cold, so what it loaded is what it needs.
for (const query of queries) {
  const store = createShardStore({ baseUrl: '', fetchJson: readJson });
  const sharded = createShardedIndex({ lunr, store });
  const expected = await outcome(() => Promise.resolve(full.search(query)));
  const actual = await outcome(() => sharded.search(query));
  if (JSON.stringify(expected) !== JSON.stringify(actual)) report.failures.push({ query, full: expected, sharded: actual });
  if (Array.isArray(expected) && expected.length > 0) report.withHits++;
  report.files.push(store.requested().length);
}
fs.writeFileSync(outputPath, JSON.stringify(report));
