import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { createShardStore } from '../../templates/assets/search/shard-store.js';
import { createShardedIndex } from '../../templates/assets/search/sharded-index.js';

// A full index built by lunr.js, and the same index in the build's shard format (as IndexShards writes it), with
// two terms per shard so that prefixes and fuzzy terms cross shard boundaries.
const texts = [
  'Leerlingen leren samen op school', 'De school bouwt een nieuwe vleugel', 'Thuiszitters keren terug naar school',
  'Een leerling en zijn mentor', 'Leraren en docenten over burgerschap', 'Ventilatie in het lokaal',
];
const full = lunr(function () {
  this.use(lunr.nl);
  this.ref('id');
  this.field('title', { boost: 10 });
  this.field('body');
  texts.forEach((text, i) => this.add({ id: String(i), title: text.split(' ').slice(0, 2).join(' '), body: text }));
});

function shardFiles(index) {
  const json = JSON.parse(JSON.stringify(index));
  const vectors = new Map(json.fieldVectors.map(([ref, elements]) => [ref, elements]));
  const files = {};
  const firsts = [];
  const vocabulary = {};
  json.invertedIndex.forEach(([term, posting], p) => {
    if (p % 2 === 0) {
      firsts.push(term);
      files[`terms/${firsts.length - 1}.json`] = { terms: [] };
    }
    const row = [term, posting._index];
    for (const field of json.fields) {
      const flat = [];
      let previous = 0;
      for (const ref of Object.keys(posting[field])) {
        const elements = vectors.get(`${field}/${ref}`);
        const at = elements.findIndex((e, i) => i % 2 === 0 && e === posting._index);
        flat.push(Number(ref) - previous, Math.round(elements[at + 1] * 1000));
        previous = Number(ref);
      }
      row.push(flat);
    }
    files[`terms/${firsts.length - 1}.json`].terms.push(row);
    (vocabulary[term.length] ||= []).push(term);
  });
  for (const [length, terms] of Object.entries(vocabulary)) files[`vocabulary/${length}.json`] = terms;
  files['manifest.json'] = {
    format: 1, version: json.version, fields: json.fields, pipeline: json.pipeline, documents: texts.length,
    shards: firsts, vocabulary: Object.keys(vocabulary).map(Number),
  };
  return files;
}

const files = shardFiles(full);
const open = () => {
  const store = createShardStore({ baseUrl: '', fetchJson: async (path) => JSON.parse(JSON.stringify(files[path])) });
  return { store, index: createShardedIndex({ lunr, store }) };
};
const results = (hits) => hits.map((h) => [h.ref, h.score]);

test('every kind of query gives the full index results: refs, order, scores', async () => {
  for (const query of ['school', 'leerling', 'lee*', 'sch*', 'schol~1', 'lerlingen~2', 'title:school', '+school leerling',
    'school -vleugel', '-school', '', 'le*ing', 'schoolbouw', 'school^3 mentor']) {
    assert.deepEqual(results(await open().index.search(query)), results(full.search(query)), query);
  }
});

test('a word loads the manifest and its own shard, nothing else', async () => {
  const { store, index } = open();
  await index.search('ventilatie');
  assert.equal(store.requested().length, 2);
  assert.equal(store.requested()[0], 'manifest.json');
  await index.search('ventilatie');
  assert.equal(store.requested().length, 2);
});

test('a fuzzy word loads the vocabulary of the lengths it can match', async () => {
  const { store, index } = open();
  await index.search('mentr~1');
  const lists = store.requested().filter((f) => f.startsWith('vocabulary/'));
  assert.deepEqual(lists.sort(), ['vocabulary/4.json', 'vocabulary/5.json', 'vocabulary/6.json'].filter((f) => f in files));
});

test('an index naming a pipeline function lunr does not have is refused', async () => {
  const store = createShardStore({
    baseUrl: '',
    fetchJson: async (path) => (path === 'manifest.json' ? { ...files[path], pipeline: ['nergens-nl'] } : files[path]),
  });
  await assert.rejects(createShardedIndex({ lunr, store }).search('school'), /nergens-nl/);
});
