import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createShardStore, documentsFor, documentsInTurn } from '../../templates/assets/search/shard-store.js';

test('each file is fetched once, relative to the manifest folder', async () => {
  const fetched = [];
  const store = createShardStore({ baseUrl: '/kb/search/', fetchJson: async (url) => { fetched.push(url); return { url }; } });
  await Promise.all([store.shard(3), store.shard(3), store.vocabulary(7), store.manifest()]);
  await store.shard(3);
  assert.deepEqual(fetched, ['/kb/search/terms/3.json', '/kb/search/vocabulary/7.json', '/kb/search/manifest.json']);
  assert.deepEqual(store.requested(), ['terms/3.json', 'vocabulary/7.json', 'manifest.json']);
});

test('a failed download is asked for again next time', async () => {
  let attempts = 0;
  const store = createShardStore({ baseUrl: '', fetchJson: async () => { if (++attempts === 1) throw new Error('offline'); return 'ok'; } });
  await assert.rejects(store.documents(0));
  assert.equal(await store.documents(0), 'ok');
  assert.equal(attempts, 2);
});

test('result data comes from the block of each ref', async () => {
  const blocks = {
    'documents/0.json': [['A', '/a/', 'sa', '2024-01-02', '2 januari 2024'], ['B', '/b/', 'sb', '2023-05-06', '6 mei 2023']],
    'documents/1.json': [['C', '/c/', 'sc', '2022-07-08', '8 juli 2022']],
  };
  const store = createShardStore({ baseUrl: '', fetchJson: async (path) => blocks[path] });
  const documents = await documentsFor(store, { documentChunk: 2 }, ['2', '0']);
  assert.deepEqual([...documents.keys()], ['2', '0']);
  assert.deepEqual(documents.get('2'), { title: 'C', url: '/c/', summary: 'sc', date: '2022-07-08', dateLabel: '8 juli 2022' });
  assert.deepEqual(store.requested(), ['documents/1.json', 'documents/0.json']);
});

test('the first results\' data are asked for first, the rest only when all() is called', async () => {
  const pending = new Map();
  const store = createShardStore({
    baseUrl: '',
    fetchJson: (path) => new Promise((resolve) => pending.set(path, () => resolve([[path, '/u/', 's', 'd', 'l'], [path, '/v/', 's', 'd', 'l']]))),
  });
  const { first, all } = documentsInTurn(store, { documentChunk: 2 }, ['6', '0', '3', '5'], 2);
  assert.deepEqual(store.requested(), ['documents/3.json', 'documents/0.json']);
  pending.get('documents/3.json')();
  pending.get('documents/0.json')();
  assert.deepEqual([...(await first).keys()], ['6', '0']);
  assert.deepEqual(store.requested(), ['documents/3.json', 'documents/0.json']);
  const every = all();
  assert.equal(all(), every);
  assert.deepEqual(store.requested(), ['documents/3.json', 'documents/0.json', 'documents/1.json', 'documents/2.json']);
  pending.get('documents/1.json')();
  pending.get('documents/2.json')();
  assert.deepEqual([...(await every).keys()], ['6', '0', '3', '5']);
});
