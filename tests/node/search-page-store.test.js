import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageStore } from '../../templates/assets/search/shard-store.js';

test('one store per page, reading the files beside the manifest and the manifest download started early', async () => {
  const fetched = [];
  globalThis.fetch = async (url) => {
    fetched.push(url);
    return { ok: true, json: async () => ({ url }) };
  };
  const early = { kennisbankSearchManifest: Promise.resolve({ early: true }) };
  const root = { dataset: { manifestUrl: '/kb/search/manifest.json' } };
  const location = { href: 'https://scholen.example.org/kb/zoeken/?q=pesten' };

  const store = pageStore(root, { location, early });
  assert.equal(pageStore(root, { location, early }), store);
  assert.equal(early.kennisbankSearchManifest, null);
  assert.deepEqual(await store.manifest(), { early: true });
  assert.deepEqual(await store.shard(7), { url: 'https://scholen.example.org/kb/search/terms/7.json' });
  await store.shard(7);
  assert.deepEqual(fetched, ['https://scholen.example.org/kb/search/terms/7.json']);
});
