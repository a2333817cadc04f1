import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shardOf, shardsWithPrefix } from '../../templates/assets/search/shard-store.js';

const firsts = ['aan', 'beleid', 'leer', 'leerling', 'leerlingen', 'school', 'zorg'];

test('a term lives in the last shard starting at or before it', () => {
  assert.equal(shardOf(firsts, 'aan'), 0);
  assert.equal(shardOf(firsts, 'ander'), 0);
  assert.equal(shardOf(firsts, 'leerkracht'), 2);
  assert.equal(shardOf(firsts, 'leerling'), 3);
  assert.equal(shardOf(firsts, 'zzz'), 6);
});

test('a term sorting before every shard is in none', () => {
  assert.equal(shardOf(firsts, 'aa'), -1);
  assert.equal(shardOf(firsts, '2028'), -1);
});

test('terms sort by UTF-16 code units, as lunr sorts them', () => {
  assert.equal(shardOf(['a', 'z', 'é'], 'zz'), 1);
  assert.equal(shardOf(['a', 'z', 'é'], 'één'), 2);
});

test('a prefix spans the shard before it and every shard starting with it', () => {
  assert.deepEqual(shardsWithPrefix(firsts, 'leer'), [2, 4]);
  assert.deepEqual(shardsWithPrefix(firsts, 'leerl'), [2, 4]);
  assert.deepEqual(shardsWithPrefix(firsts, 'lee'), [1, 4]);
  assert.deepEqual(shardsWithPrefix(firsts, 'sch'), [4, 5]);
  assert.deepEqual(shardsWithPrefix(firsts, ''), [0, 6]);
  assert.deepEqual(shardsWithPrefix(firsts, 'a'), [0, 0]);
});
