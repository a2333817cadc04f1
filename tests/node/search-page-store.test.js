import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageStore } from '../../templates/assets/search/shard-store.js';

test('one store per page, reading the files beside the manifest, each once', async () => {
  const fetched = [];
  globalThis.fetch = async (url) => {
    fetched.push(url);
    return { ok: true, json: async () => ({ url }) };
  };
  const location = { href: 'https://scholen.example.org/kb/zoeken/?q=pesten' };

  const store = pageStore('/kb/search/manifest.json', location);
  assert.equal(pageStore('/kb/search/manifest.json', location), store);
  await Promise.all([store.manifest(), store.shard(7), store.shard(7)]);
  assert.deepEqual(fetched, ['https://scholen.example.org/kb/search/manifest.json', 'https://scholen.example.org/kb/search/terms/7.json']);
});
