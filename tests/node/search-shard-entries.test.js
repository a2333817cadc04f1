import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readShard } from '../../templates/assets/search/shard-store.js';

test('a posting is one code: the difference from the document before, times the number of scores, plus its score', () => {
  // Field 0: scores [80, 1234]; documents 0 (score 1234: position 1) and 5 (80: position 0) → codes 0·2+1, 5·2+0.
  // Field 2: scores [1, 999, 1000]; documents 3 (1000), 4 (1), 5 (999) → codes 3·3+2, 1·3+0, 1·3+1.
  const entries = readShard({ terms: [['leerling', 7, [[80, 1234], [1, 10]], [], [[1, 999, 1000], [11, 3, 4]]]] });
  const entry = entries.get('leerling');
  assert.equal(entry.termIndex, 7);
  assert.deepEqual(entry.fields.map((f) => f.documents), [[0, 5], [], [3, 4, 5]]);
  assert.deepEqual(entry.fields[0].scores, [1.234, 0.08]);
  assert.deepEqual(entry.fields[2].scores, [1, 0.001, 0.999]);
});

test('a score is exactly the number lunr holds after rounding to three decimals', () => {
  for (const score of [0.1 + 0.2, 1.0005, 2.675, 13.37, 0.0004999]) {
    const thousandths = Math.round(score * 1000);
    const [{ fields }] = [readShard({ terms: [['t', 0, [[thousandths], [0]]]] }).get('t')];
    assert.equal(fields[0].scores[0], Math.round(score * 1000) / 1000);
  }
});

test('documents may come in any order (refs that are not positions): a difference may be negative', () => {
  // Scores [1, 2]: document 9 with score 1 (9·2+0), then document 5 with score 2 (−4·2+1).
  const entry = readShard({ terms: [['x', 0, [[1, 2], [18, -7]]]] }).get('x');
  assert.deepEqual(entry.fields[0].documents, [9, 5]);
  assert.deepEqual(entry.fields[0].scores, [0.001, 0.002]);
});
