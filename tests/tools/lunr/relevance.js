// Measures search relevance on a built site with the real lunr.js: hit@1, hit@3 and MRR over a judged query set
// (tests/relevance/starter-queries.json). Queries are run as the search page runs them, with the page's own modules:
// query-grammar.js splits the text, query-words.js plans and builds the lunr query (each word through the index's
// analysis, boosted 10; the last word, unless the index has it, also as a prefix, boost 1; the page's synonyms, boost 10), on the full index
// that the shards join into (the sharded index gives the same results, ShardedSearchEquivalenceTests).
// A query is a hit at k when one of its relevant articles is among the first k results.
// usage: node relevance.js <site folder> <queries.json> [<output.json>]
// prints one line per failing query, then "hit@1 … hit@3 … MRR …"; the output file holds every query's ranks.
const fs = require('fs');
const path = require('path');
const lunr = require('./lunr-nl');
const { createSynonyms, readSynonymGroups } = require('../../../templates/assets/search/synonyms.js');
const { createStemmer, planQuery, queryFor } = require('../../../templates/assets/search/query-words.js');

const [site, queriesPath, outputPath] = process.argv.slice(2);
const { joinShards } = require('./join-shards.mjs');
const searchFolder = path.join(site, 'search');
const index = lunr.Index.load(joinShards(searchFolder));
const manifest = JSON.parse(fs.readFileSync(path.join(searchFolder, 'manifest.json'), 'utf8'));
const documentBlock = (n) => JSON.parse(fs.readFileSync(path.join(searchFolder, 'documents', `${n}.json`), 'utf8'));
const page = fs.readFileSync(path.join(site, 'zoeken', 'index.html'), 'utf8');
const json = /<script type="application\/json" id="kb-synoniemen">([\s\S]*?)<\/script>/.exec(page);
const groups = readSynonymGroups({ getElementById: () => (json ? { textContent: json[1] } : null) });
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8')).queries;

const urlOf = (ref) => documentBlock(Math.floor(Number(ref) / manifest.documentChunk))[Number(ref) % manifest.documentChunk][1];
const slugOf = (ref) => urlOf(ref).replace(/\/$/, '').split('/').pop();
const stem = createStemmer(lunr);
const synonyms = createSynonyms(groups, stem);

function search(text) {
  const plan = planQuery(text, { stem, synonyms, indexed: (term) => Object.hasOwn(index.invertedIndex, term) });
  if (!plan.meaningful) return [];
  return index.query(queryFor(lunr, plan)).map((r) => slugOf(r.ref));
}

let hit1 = 0, hit3 = 0, reciprocal = 0;
const results = queries.map(({ query, relevant }) => {
  const slugs = search(query);
  const rank = slugs.findIndex((s) => relevant.includes(s)) + 1;
  if (rank === 1) hit1++;
  if (rank >= 1 && rank <= 3) hit3++;
  if (rank > 0) reciprocal += 1 / rank;
  if (rank === 0 || rank > 3) console.log(`miss: "${query}" → rank ${rank || '-'}; top 3: ${slugs.slice(0, 3).join(', ')}`);
  return { query, relevant, rank, top: slugs.slice(0, 5) };
});
const n = queries.length;
const summary = { queries: n, hit1: hit1 / n, hit3: hit3 / n, mrr: reciprocal / n };
console.log(`${n} queries: hit@1 ${summary.hit1.toFixed(3)}, hit@3 ${summary.hit3.toFixed(3)}, MRR ${summary.mrr.toFixed(3)}`);
if (outputPath) fs.writeFileSync(outputPath, JSON.stringify({ summary, results }));
