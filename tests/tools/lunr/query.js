// Runs queries against two serialized indexes with the real lunr.Index.load and search.
// usage: node query.js <ours.json> <theirs.json> <queries.json> <output.json>
// output: [{"query":"...","ours":[[ref,score],...]|{"error":"..."},"theirs":...}, ...]
const fs = require('fs');
const lunr = require('./lunr-nl');
const load = (path) => lunr.Index.load(JSON.parse(fs.readFileSync(path, 'utf8')));
const ours = load(process.argv[2]);
const theirs = load(process.argv[3]);
const queries = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
const run = (index, query) => {
  try {
    return index.search(query).map((r) => [r.ref, r.score]);
  } catch (e) {
    return { error: String(e.message || e) };
  }
};
const results = queries.map((query) => ({ query, ours: run(ours, query), theirs: run(theirs, query) }));
fs.writeFileSync(process.argv[5], JSON.stringify(results));
