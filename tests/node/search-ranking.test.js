import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { bestCandidates, scoreQuery } from '../../templates/assets/search/ranking.js';

// Shard entries by hand: {termIndex, fields: [{documents, scores}]} with fields title (0) and body (1).
const entry = (termIndex, title, body) => ({ termIndex, fields: [title, body].map((pairs) => ({
  documents: pairs.map(([d]) => d), scores: pairs.map(([, s]) => s),
})) });
const school = entry(0, [[0, 2], [2, 1]], [[0, 1], [1, 0.5], [3, 0.25]]);
const pesten = entry(1, [], [[1, 1], [2, 2], [4, 1]]);
const { OPTIONAL, REQUIRED, PROHIBITED } = lunr.Query.presence;
const clause = (presence, pairs, { boost = 1, fields = [0, 1] } = {}) => ({ presence, boost, fields, expansions: [pairs] });
const run = (...clauses) => scoreQuery({ documents: 6, fields: 2, clauses });

test('one word: every document holding it, scored by its field values over |query vector|', () => {
  const scored = run(clause(OPTIONAL, [['school', school]]));
  assert.deepEqual([...scored.documents], [0, 1, 2, 3]);
  assert.deepEqual([...scored.scores.slice(0, 4)], [3, 0.5, 1, 0.25]);
  assert.deepEqual([...scored.terms], ['school']);
});

test('two words: each field divides by the magnitude of its own query vector', () => {
  const scored = run(clause(OPTIONAL, [['school', school]], { boost: 3 }), clause(OPTIONAL, [['pesten', pesten]], { boost: 4 }));
  // Both words are in both fields' query vectors (magnitude 5), even where no title holds "pesten", as in lunr.
  assert.ok(Math.abs(scored.scores[1] - (0.5 * 3 / 5 + 1 * 4 / 5)) < 1e-12);
  assert.ok(Math.abs(scored.scores[2] - (1 * 3 / 5 + 2 * 4 / 5)) < 1e-12);
  // Scoped to the title, "school" is alone in the title's query vector.
  const scoped = run(clause(OPTIONAL, [['school', school]], { boost: 3, fields: [0] }), clause(OPTIONAL, [['pesten', pesten]], { boost: 4, fields: [1] }));
  assert.ok(Math.abs(scoped.scores[2] - (1 + 2)) < 1e-12);
});

test('required and prohibited words keep and remove documents as lunr does', () => {
  assert.deepEqual([...run(clause(REQUIRED, [['school', school]]), clause(OPTIONAL, [['pesten', pesten]])).documents], [0, 1, 2, 3]);
  assert.deepEqual([...run(clause(OPTIONAL, [['school', school]]), clause(PROHIBITED, [['pesten', pesten]])).documents], [0, 3]);
  // A required word found only in the title keeps only documents with it in the title.
  assert.deepEqual([...run(clause(REQUIRED, [['school', school]], { fields: [0] }), clause(OPTIONAL, [['pesten', pesten]])).documents], [0, 2]);
  // A required word that expands to nothing leaves nothing.
  assert.deepEqual([...run(clause(REQUIRED, []), clause(OPTIONAL, [['school', school]])).documents], []);
  // A word matched only by excluded documents is not among the matched terms.
  assert.deepEqual([...run(clause(OPTIONAL, [['pesten', pesten]]), clause(PROHIBITED, [['school', school]])).terms], ['pesten']);
});

test('only excluded words: every other document, all scoring 0; a required clause without terms: lunr fails', () => {
  const scored = run(clause(PROHIBITED, [['pesten', pesten]]));
  assert.equal(scored.negated, true);
  assert.deepEqual([...scored.documents], [0, 3, 5]);
  assert.equal(run({ presence: REQUIRED, boost: 1, fields: [0, 1], expansions: [] }), null);
});

test('candidates: the documents scoring at least the k-th best of those kept, ties included', () => {
  const scored = { negated: false, documents: Int32Array.from([0, 1, 2, 3, 4]), scores: Float64Array.from([5, 2, 2, 2, 1]) };
  assert.deepEqual([...bestCandidates(scored, 1, null, 5)], [1, 0, 0, 0, 0]);
  assert.deepEqual([...bestCandidates(scored, 2, null, 5)], [1, 1, 1, 1, 0]);
  assert.deepEqual([...bestCandidates(scored, 2, (d) => d !== 0, 5)], [0, 1, 1, 1, 0]);
  assert.deepEqual([...bestCandidates(scored, 9, (d) => d > 2, 5)], [0, 0, 0, 1, 1]);
  // Rounding in the last bits does not drop a document that lunr may score equal.
  const close = { ...scored, scores: Float64Array.from([5, 2, 2 - 1e-14, 2, 1]) };
  assert.deepEqual([...bestCandidates(close, 2, null, 5)], [1, 1, 1, 1, 0]);
  // Negated: lunr lists documents in index order, so the first k kept.
  assert.deepEqual([...bestCandidates({ ...scored, negated: true }, 2, (d) => d % 2 === 1, 5)], [0, 1, 0, 1, 0]);
});

test('candidates: the k-th best score is found as by sorting, for small and large k', () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const documents = 3000;
  const scores = Float64Array.from({ length: documents }, () => Math.round(random() * 50) / 10);
  const scored = { negated: false, documents: Int32Array.from({ length: documents }, (_, d) => d), scores };
  for (const k of [1, 2, 20, 40, 1000, 1500]) {
    const kth = [...scores].sort((a, b) => b - a)[k - 1];
    const expected = Array.from(scores, (s) => (s >= kth ? 1 : 0));
    assert.deepEqual([...bestCandidates(scored, k, null, documents)], expected, `k=${k}`);
  }
});
