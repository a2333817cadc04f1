import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { createShardStore } from '../../templates/assets/search/shard-store.js';
import { createShardedIndex } from '../../templates/assets/search/sharded-index.js';
import { fullIndex, shardFiles } from './shard-files.js';

// A full index built by lunr.js, and the same index in the build's shard format (as IndexShards writes it), with
// two terms per shard so that prefixes and fuzzy terms cross shard boundaries.
const texts = [
  'Leerlingen leren samen op school', 'De school bouwt een nieuwe vleugel', 'Thuiszitters keren terug naar school',
  'Een leerling en zijn mentor', 'Leraren en docenten over burgerschap', 'Ventilatie in het lokaal',
];
const full = fullIndex(texts);

const files = shardFiles(full, texts.length);
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

// A larger corpus with repeated words and identical documents, so that a cut at k falls among equal scores.
const words = ['school', 'leerling', 'leraar', 'mentor', 'pesten', 'burgerschap', 'ventilatie', 'thuiszitters', 'rooster', 'toets'];
const many = Array.from({ length: 60 }, (_, i) => {
  const body = Array.from({ length: 3 + (i % 7) }, (_, j) => words[(i * (j + 3) + j * j) % words.length]);
  return i % 10 === 9 ? 'school leerling' : body.join(' ');
});
const manyIndex = lunr(function () {
  this.use(lunr.nl);
  this.ref('id');
  this.field('title', { boost: 10 });
  this.field('body');
  many.forEach((text, i) => this.add({ id: String(i), title: text.split(' ')[0], body: text }));
});
const manyFiles = shardFiles(manyIndex, many.length, 3);
const openMany = () => createShardedIndex({
  lunr, store: createShardStore({ baseUrl: '', fetchJson: async (path) => JSON.parse(JSON.stringify(manyFiles[path])) }),
});
const parse = (text) => (q) => new lunr.QueryParser(text, q).parse();
const detailed = (hits) => JSON.parse(JSON.stringify(hits.map((h) => [h.ref, h.score, h.matchData.metadata])));
const keeps = [null, (ref) => Number(ref) % 2 === 0, (ref) => Number(ref) % 3 !== 1];

test('rank: the k best among the kept refs are the full index results filtered and cut at k', async () => {
  for (const query of ['school', 'leerling school', 'lee*', 'le*', 'leerlng~1', '+school pesten', 'school -pesten',
    'title:school', 'body:school^3 toets', 'pesten leraar mentor rooster', 'qqq', 'school^0']) {
    const full = manyIndex.search(query);
    const ranked = await openMany().rank(parse(query));
    assert.equal(ranked.count, full.length, query);
    assert.deepEqual([...ranked.refs].sort(), full.map((h) => h.ref).sort(), query);
    assert.deepEqual([...ranked.terms].sort(), [...new Set(full.flatMap((h) => Object.keys(h.matchData.metadata)))].sort(), query);
    for (const k of [1, 2, 3, 7, 100]) {
      for (const keep of keeps) {
        const expected = (keep ? full.filter((h) => keep(h.ref)) : full).slice(0, k);
        assert.deepEqual(detailed(ranked.top(k, keep)), detailed(expected), `${query} k=${k} keep=${keeps.indexOf(keep)}`);
      }
    }
  }
});

test('rank: equal scores at the k-th place are ordered as lunr orders them over the full index', async () => {
  // Documents 9, 19, … are identical: a cut at 2 falls among six equal scores.
  const full = manyIndex.search('title:school body:leerling');
  const ranked = await openMany().rank(parse('title:school body:leerling'));
  const tied = full.filter((h) => h.score === full[1].score);
  assert.ok(tied.length >= 3, 'the corpus has ties at the cut');
  assert.deepEqual(detailed(ranked.top(2)), detailed(full.slice(0, 2)));
});

test('rank: a query of only excluded words lists every other article in index order, as lunr does', async () => {
  const full = manyIndex.search('-school');
  const ranked = await openMany().rank(parse('-school'));
  assert.equal(ranked.count, full.length);
  assert.deepEqual(detailed(ranked.top(5, keeps[1])), detailed(full.filter((h) => keeps[1](h.ref)).slice(0, 5)));
});

test('rank: loads the files the full query loads, and top loads nothing more', async () => {
  const store = createShardStore({ baseUrl: '', fetchJson: async (path) => JSON.parse(JSON.stringify(files[path])) });
  const index = createShardedIndex({ lunr, store });
  const ranked = await index.rank(parse('ventilatie'));
  assert.deepEqual(store.requested().length, 2);
  ranked.top(1);
  assert.deepEqual(store.requested().length, 2);
});

test('hasTerm says whether a term is in the index, loading only its shard', async () => {
  const { store, index } = open();
  assert.equal(await index.hasTerm('ventilatie'), true);
  assert.equal(await index.hasTerm('ventil'), false);
  assert.equal(await index.hasTerm('aaaa'), false);
  assert.ok(store.requested().length <= 3);
});

test('rank: per term, the matches naming it, and the best matches naming it, as over the full results', async () => {
  for (const query of ['leerlng~1', 'schol~2', 'lee*', 'school pesten']) {
    const full = manyIndex.search(query);
    const ranked = await openMany().rank(parse(query));
    const perTerm = new Map();
    for (const hit of full) for (const term of Object.keys(hit.matchData.metadata)) perTerm.set(term, (perTerm.get(term) || 0) + 1);
    assert.deepEqual([...ranked.perTerm()].sort(), [...perTerm].sort(), query);
    for (const term of perTerm.keys()) {
      assert.deepEqual(detailed(ranked.top(3, ranked.withTerm(term))), detailed(full.filter((h) => term in h.matchData.metadata).slice(0, 3)), `${query} ${term}`);
    }
  }
});
