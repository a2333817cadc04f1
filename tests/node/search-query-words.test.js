import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { createStemmer, fold, highlightParts, parseWords, queryFor } from '../../templates/assets/search/query-words.js';

const { presence } = lunr.Query;

test('words keep their + and -, lose other special characters', () => {
  assert.deepEqual(parseWords(lunr, '+Thuiszitters -vmbo ventilatie: (co2)^ ~* ["'), [
    { word: 'thuiszitters', presence: presence.REQUIRED },
    { word: 'vmbo', presence: presence.PROHIBITED },
    { word: 'ventilatie', presence: presence.OPTIONAL },
    { word: 'co2', presence: presence.OPTIONAL },
  ]);
  assert.deepEqual(parseWords(lunr, 'havo-vwo').map((w) => w.word), ['havo', 'vwo']);
  assert.deepEqual(parseWords(lunr, '-havo-vwo').map((w) => w.presence), [presence.PROHIBITED, presence.PROHIBITED]);
});

test('words become index terms with lunr.nl; stop words become nothing', () => {
  const stem = createStemmer(lunr);
  assert.equal(stem('leerlingen'), stem('leerling'));
  assert.equal(stem('de'), null);
  assert.equal(fold('financiële'), 'financiele');
});

test('the query: terms boosted, the typed word as a prefix from the minimum length, fuzzy only when asked', () => {
  const stem = createStemmer(lunr);
  const clauses = (words, options) => {
    const query = new lunr.Query(['title']);
    queryFor(lunr, stem, parseWords(lunr, words), options)(query);
    return query.clauses.map((c) => [c.term, c.presence, c.boost, c.editDistance ?? 0]);
  };
  assert.deepEqual(clauses('+school ventil', { typing: true, minimumPrefix: 3 }), [
    [stem('school'), presence.REQUIRED, 10, 0], [stem('ventil'), presence.OPTIONAL, 10, 0], ['ventil*', presence.OPTIONAL, 1, 0],
  ]);
  assert.deepEqual(clauses('ve', { typing: true, minimumPrefix: 3 }), [[stem('ve'), presence.OPTIONAL, 10, 0]]);
  assert.deepEqual(clauses('thuiszittters', { fuzzy: true }).map((c) => c[3]), [0, 2]);
});

test('highlighting marks only the words that match', () => {
  assert.deepEqual(highlightParts('Leerlingen en docenten.', (w) => w.startsWith('Leer')),
    [{ text: 'Leerlingen', hit: true }, { text: ' ', hit: false }, { text: 'en', hit: false }, { text: ' ', hit: false },
      { text: 'docenten', hit: false }, { text: '.', hit: false }]);
});
