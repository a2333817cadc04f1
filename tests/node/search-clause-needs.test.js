import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { acceptedLengths, clauseNeeds } from '../../templates/assets/search/sharded-index.js';

const clause = (term, extra = {}) => {
  const query = new lunr.Query(['title', 'body']);
  query.term(term, { usePipeline: false, ...extra });
  return query.clauses[0];
};

test('a plain term needs only itself', () => {
  assert.deepEqual(clauseNeeds(lunr, clause('leerling')), { kind: 'terms', terms: ['leerling'] });
  assert.deepEqual(clauseNeeds(lunr, clause('leerling', { editDistance: 0 })), { kind: 'terms', terms: ['leerling'] });
});

test('a trailing wildcard needs the terms of its prefix', () => {
  assert.deepEqual(clauseNeeds(lunr, clause('leer', { wildcard: lunr.Query.wildcard.TRAILING })), { kind: 'prefix', prefix: 'leer' });
  assert.deepEqual(clauseNeeds(lunr, clause('*')), { kind: 'prefix', prefix: '' });
});

test('a fuzzy term needs the vocabulary of the lengths its automaton accepts', () => {
  assert.deepEqual(clauseNeeds(lunr, clause('school', { editDistance: 1 })), { kind: 'vocabulary', lengths: [5, 6, 7] });
  assert.deepEqual(clauseNeeds(lunr, clause('school', { editDistance: 2 })), { kind: 'vocabulary', lengths: [4, 5, 6, 7, 8] });
});

test('a wildcard elsewhere needs every length', () => {
  assert.deepEqual(clauseNeeds(lunr, clause('*ing')), { kind: 'vocabulary', lengths: null });
  assert.deepEqual(clauseNeeds(lunr, clause('s*l')), { kind: 'vocabulary', lengths: null });
});

test('accepted lengths are those of the words the automaton accepts', () => {
  const words = ['ab', 'abc', 'abcd', 'x'];
  const automaton = lunr.TokenSet.fromArray(words);
  assert.deepEqual(acceptedLengths(automaton), [1, 2, 3, 4]);
  // Exhaustively, for a small fuzzy automaton: every accepted word over a small alphabet has an accepted length.
  const fuzzy = lunr.TokenSet.fromFuzzyString('abc', 1);
  const lengths = acceptedLengths(fuzzy);
  const alphabet = ['a', 'b', 'c', 'd'];
  let all = [''];
  for (let length = 1; length <= 5; length++) {
    all = all.flatMap((w) => (w.length === length - 1 ? alphabet.map((c) => w + c) : [])).concat(all);
    const matched = lunr.TokenSet.fromArray(all.filter((w) => w.length === length).sort()).intersect(fuzzy).toArray();
    assert.equal(matched.length > 0, lengths.includes(length), `length ${length}`);
  }
});
