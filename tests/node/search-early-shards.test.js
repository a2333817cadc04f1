import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { fullIndex, shardFiles } from './shard-files.js';
import { requestShards, shardsOf } from '../../templates/assets/search/early-shards.js';
import { createShardStore } from '../../templates/assets/search/shard-store.js';
import { createShardedIndex } from '../../templates/assets/search/sharded-index.js';
import { runQuery } from '../../templates/assets/search/query-run.js';
import { createStemmer, planQuery } from '../../templates/assets/search/query-words.js';
import { createSynonyms } from '../../templates/assets/search/synonyms.js';

// As the build indexes: lunr.nl's pipeline with the page's own folding (lunr-ready.js registers it when an index loads).
const texts = [
  'Leerlingen leren samen op school', 'De school bouwt een nieuwe vleugel', 'Thuiszitters keren terug naar school',
  'Een leerling en zijn mentor', 'Leraren en docenten over burgerschap', 'Ventilatie in het lokaal tegen pesten',
];
const full = fullIndex(texts);
const files = shardFiles(full, texts.length);
const groups = [['docent', 'leraar']];

function openStore() {
  return createShardStore({ baseUrl: '', fetchJson: async (path) => JSON.parse(JSON.stringify(files[path])) });
}

const shardsRequested = (store) => store.requested().filter((path) => path.startsWith('terms/')).sort();

async function search(store, text) {
  const stem = createStemmer(lunr);
  const index = createShardedIndex({ lunr, store });
  return runQuery({ lunr, index, stem, synonyms: createSynonyms(groups, stem), text });
}

test('the shards of the words as the search stems them, each once', () => {
  const stem = createStemmer(lunr);
  const manifest = { shards: ['a', 'l', 'leraar', 'm', 's'] };
  const plan = planQuery('Leerlingen en leerling op school', { stem, synonyms: createSynonyms([], stem) });
  // "leerlingen" and "leerling" are one term ("leerling", shard 1); "en" and "op" are stop words.
  assert.deepEqual(shardsOf(manifest, plan), [1, 4]);
});

test('the shards of synonyms the search adds', () => {
  const stem = createStemmer(lunr);
  const plan = planQuery('docent', { stem, synonyms: createSynonyms(groups, stem) });
  assert.deepEqual(shardsOf({ shards: ['a', 'l', 's'] }, plan), [0, 1]);
});

test('a word that sorts before every shard, and a query that is not run, ask for nothing', () => {
  const stem = createStemmer(lunr);
  assert.deepEqual(shardsOf({ shards: ['m'] }, planQuery('aap', { stem })), []);
  assert.deepEqual(shardsOf({ shards: ['a'] }, planQuery('-school', { stem })), []);
  assert.deepEqual(shardsOf({ shards: ['a'] }, planQuery('de het een', { stem })), []);
});

test('it asks only for shards the search itself loads, and the search finds them in the store', async () => {
  for (const text of ['pesten', 'leerlingen school', 'docent', 'thuisz', 'ventilatie -school', '+mentor leraren', 'nieuwe vleugels lokaal', 'qwxz']) {
    const early = openStore();
    const numbers = await requestShards({ lunr, store: early, text, synonymGroups: groups });
    assert.ok(numbers.length > 0, text);
    const asked = shardsRequested(early);
    await search(early, text);

    const alone = openStore();
    await search(alone, text);
    const needed = shardsRequested(alone);
    assert.deepEqual(asked.filter((path) => !needed.includes(path)), [], `${text}: asked for more than the search needs`);
    assert.deepEqual(shardsRequested(early), needed, `${text}: the search loaded something again or differently`);
    assert.equal(new Set(early.requested()).size, early.requested().length, text);
  }
});

test('nothing is asked for a query that is not run', async () => {
  const store = openStore();
  assert.deepEqual(await requestShards({ lunr, store, text: '-school -leerling' }), []);
  assert.deepEqual(store.requested(), []);
});
