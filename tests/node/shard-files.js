import lunr from './lunr.js';

/**
 * A full index built by lunr.js with lunr.nl, as the tests' small corpora use it: the document's number as ref, its
 * first two words as a title (boost 10), the whole text as the body.
 */
export function fullIndex(texts) {
  return lunr(function () {
    this.use(lunr.nl);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('body');
    texts.forEach((text, i) => this.add({ id: String(i), title: text.split(' ').slice(0, 2).join(' '), body: text }));
  });
}

// A lunr index (built by lunr.js) in the build's shard format, as IndexShards writes it: `perShard` terms per shard,
// so that prefixes and fuzzy terms cross shard boundaries. Returns {path: parsed JSON} for a store's fetchJson.
export function shardFiles(index, documents, perShard = 2) {
  const json = JSON.parse(JSON.stringify(index));
  const vectors = new Map(json.fieldVectors.map(([ref, elements]) => [ref, elements]));
  const files = {};
  const firsts = [];
  const vocabulary = {};
  json.invertedIndex.forEach(([term, posting], p) => {
    if (p % perShard === 0) {
      firsts.push(term);
      files[`terms/${firsts.length - 1}.json`] = { terms: [] };
    }
    const row = [term, posting._index];
    for (const field of json.fields) {
      const pairs = [];
      let previous = 0;
      for (const ref of Object.keys(posting[field])) {
        const elements = vectors.get(`${field}/${ref}`);
        const at = elements.findIndex((e, i) => i % 2 === 0 && e === posting._index);
        pairs.push([Number(ref) - previous, Math.round(elements[at + 1] * 1000)]);
        previous = Number(ref);
      }
      const scores = [...new Set(pairs.map(([, score]) => score))].sort((a, b) => a - b);
      row.push(pairs.length === 0 ? [] : [scores, pairs.map(([step, score]) => step * scores.length + scores.indexOf(score))]);
    }
    files[`terms/${firsts.length - 1}.json`].terms.push(row);
    (vocabulary[term.length] ||= []).push(term);
  });
  for (const [length, terms] of Object.entries(vocabulary)) files[`vocabulary/${length}.json`] = terms;
  files['manifest.json'] = {
    format: 2, version: json.version, fields: json.fields, pipeline: json.pipeline, documents,
    shards: firsts, vocabulary: Object.keys(vocabulary).map(Number),
  };
  return files;
}
