import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { createShardStore } from '../../templates/assets/search/shard-store.js';
import { createShardedIndex } from '../../templates/assets/search/sharded-index.js';
import { createStemmer, planQuery, queryFor } from '../../templates/assets/search/query-words.js';
import { runQuery } from '../../templates/assets/search/query-run.js';
import { fullIndex, shardFiles } from './shard-files.js';

// One search as the page runs it, over shards of a lunr.js index, against lunr.js on the full index.
const texts = [
  'Leerlingen leren samen op school', 'De school bouwt een nieuwe vleugel', 'Thuiszitters keren terug naar school',
  'Een leerling en zijn mentor', 'Leraren en docenten over burgerschap', 'Ventilatie in het lokaal',
  'Ventilatoren op school', 'De leerling en de ventilatie',
];
const full = fullIndex(texts);
const files = shardFiles(full, texts.length);
const stem = createStemmer(lunr);
const search = (text) => {
  const store = createShardStore({ baseUrl: '', fetchJson: async (path) => JSON.parse(JSON.stringify(files[path])) });
  return runQuery({ lunr, index: createShardedIndex({ lunr, store }), stem, synonyms: null, text });
};
const refs = (hits) => hits.map((hit) => [hit.ref, hit.score]);

test('the ranking is lunr\'s over the full index: all matches, and the best first', async () => {
  for (const text of ['school', 'leerling school', 'ventil', 'school -vleugel']) {
    const { plan, ranking } = await search(text);
    const expected = full.query(queryFor(lunr, plan));
    assert.deepEqual([...ranking.refs].sort(), expected.map((hit) => hit.ref).sort(), text);
    assert.deepEqual(refs(ranking.top(3)), refs(expected.slice(0, 3)), text);
  }
});

test('a finished word is searched as itself, an unfinished one as a prefix too', async () => {
  assert.equal((await search('ventilatie')).plan.words[0].prefix, null);
  assert.equal((await search('ventil')).plan.words[0].prefix, 'ventil');
  assert.equal(planQuery('ventil', { stem }).words[0].prefix, 'ventil');
});

test('words that match nothing, and a correction from the words near them', async () => {
  const result = await search('school xyzzyq');
  assert.deepEqual(result.unmatched, [1]);
  const typo = await search('lerling');
  assert.deepEqual(typo.unmatched, [0]);
  assert.equal(typo.correction.text, 'leerling');
  // Required together, nothing matches; yet each word alone does: no word is reported as unmatched.
  const together = await search('+vleugel +mentor');
  assert.equal(together.ranking.count, 0);
  assert.deepEqual(together.unmatched, []);
});
