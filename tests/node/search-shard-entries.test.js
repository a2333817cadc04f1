import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readShard } from '../../templates/assets/search/shard-store.js';

test('postings are differences from the document before; scores are thousandths', () => {
  const entries = readShard({ terms: [['leerling', 7, [0, 1234, 5, 80], [], [3, 1000, 1, 1, 1, 999]]] });
  const entry = entries.get('leerling');
  assert.equal(entry.termIndex, 7);
  assert.deepEqual(entry.fields.map((f) => f.documents), [[0, 5], [], [3, 4, 5]]);
  assert.deepEqual(entry.fields[0].scores, [1.234, 0.08]);
  assert.deepEqual(entry.fields[2].scores, [1, 0.001, 0.999]);
});

test('a score is exactly the number lunr holds after rounding to three decimals', () => {
  for (const score of [0.1 + 0.2, 1.0005, 2.675, 13.37, 0.0004999]) {
    const thousandths = Math.round(score * 1000);
    const [{ fields }] = [readShard({ terms: [['t', 0, [0, thousandths]]] }).get('t')];
    assert.equal(fields[0].scores[0], Math.round(score * 1000) / 1000);
  }
});

test('documents may come in any order (refs that are not positions)', () => {
  const entry = readShard({ terms: [['x', 0, [9, 1, -4, 2]]] }).get('x');
  assert.deepEqual(entry.fields[0].documents, [9, 5]);
});
