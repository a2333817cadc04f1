// How much a pruned index (search.fields.body.terms) changes search results, measured with the real lunr.js.
// usage: node compare-pruned.js <whole.json> <pruned.json> <output.json>
// Queries: every term of the whole index on its own, grouped by how many articles it finds there, and 2,000
// seeded pairs of terms; all matched as terms (no pipeline: they already are index terms). Per query: the
// share of all its results the pruned index still returns (recall), the share of the whole index's top 10
// that is also in the pruned top 10, and whether the first result is the same.
const fs = require('fs');
const lunr = require('./lunr-nl');
const load = (path) => lunr.Index.load(JSON.parse(fs.readFileSync(path, 'utf8')));
const whole = load(process.argv[2]);
const pruned = load(process.argv[3]);
const terms = Object.keys(whole.invertedIndex).sort();
let seed = 2026;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const search = (index, words) => index.query((q) => words.forEach((w) => q.term(w, { usePipeline: false }))).map((r) => r.ref);
const groups = {};
const add = (group, words) => {
  const a = search(whole, words);
  const b = search(pruned, words);
  const top = a.slice(0, 10);
  const prunedTop = new Set(b.slice(0, 10));
  const all = new Set(b);
  const g = (groups[group] ??= { queries: 0, recall: 0, top10: 0, sameFirst: 0 });
  g.queries++;
  g.recall += a.filter((r) => all.has(r)).length / a.length;
  g.top10 += top.filter((r) => prunedTop.has(r)).length / top.length;
  g.sameFirst += a[0] === b[0] ? 1 : 0;
};
for (const term of terms) {
  const n = search(whole, [term]).length;
  add(n <= 20 ? 'word in 1-20 articles' : n <= 100 ? 'word in 21-100 articles' : n <= 300 ? 'word in 101-300 articles' : 'word in over 300 articles', [term]);
  add('every word', [term]);
}
for (let i = 0; i < 2000; i++) add('two words', [terms[Math.floor(random() * terms.length)], terms[Math.floor(random() * terms.length)]]);
for (const g of Object.values(groups)) for (const k of ['recall', 'top10', 'sameFirst']) g[k] /= g.queries;
fs.writeFileSync(process.argv[4], JSON.stringify(groups));
