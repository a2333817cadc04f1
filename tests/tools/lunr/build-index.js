// Builds a lunr index with lunr.nl from a documents file and writes JSON.stringify(index).
// usage: node build-index.js <input.json> <output.json>
// input: {"fields":[{"name":"title","boost":10},...],"documents":[{"ref":"a","fields":{"title":"...","tags":["..."]}},...]}
// or {"batch":[input, input, ...]}, which writes a JSON array of the serialized indexes (one Node run per test class).
const fs = require('fs');
const lunr = require('./lunr-nl');
const refKey = '\u0000ref';
const build = (input) => lunr(function () {
  this.use(lunr.nl);
  this.use(lunr.kennisbank);
  this.ref(refKey);
  for (const field of input.fields) this.field(field.name, { boost: field.boost });
  for (const document of input.documents) {
    const doc = Object.assign({}, document.fields);
    doc[refKey] = document.ref;
    this.add(doc);
  }
});
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const output = input.batch ? JSON.stringify(input.batch.map((i) => JSON.stringify(build(i)))) : JSON.stringify(build(input));
fs.writeFileSync(process.argv[3], output);
