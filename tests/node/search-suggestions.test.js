import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { foldingPlugin } from '../../templates/assets/search/diacritics.js';
import { SEPARATOR } from '../../templates/assets/search/query-grammar.js';
import { createStemmer, fold } from '../../templates/assets/search/query-words.js';
import { wordsIn } from '../../templates/assets/search/query-grammar.js';
import {
  allowedEdits, articlesPerTerm, bestCorrection, correctedWord, editDistance, nearbyQuery, spellingIn,
} from '../../templates/assets/search/suggestions.js';

const stem = createStemmer(lunr);

test('edit distance counts insertions, deletions, substitutions and swapped neighbours as one each', () => {
  assert.equal(editDistance('pestprotocl', 'pestprotocol'), 1);
  assert.equal(editDistance('thuiszittter', 'thuiszitter'), 1);
  assert.equal(editDistance('ventilatei', 'ventilatie'), 1);
  assert.equal(editDistance('noord', 'woord'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
});

test('short words are never corrected; one edit up to 7 letters, two above', () => {
  assert.deepEqual(['mr', 'lob', 'ihp', 'noord', 'mentorr', 'pestprotocl'].map(allowedEdits), [0, 0, 0, 1, 1, 2]);
});

test('the best correction: close, same first letter, fewest edits, then the word in more articles', () => {
  assert.equal(bestCorrection('noord', new Map([['hoord', 3], ['woord', 9]])), null);
  assert.equal(bestCorrection('pestprotocl', new Map([['pestprotocol', 4], ['pestprotocoll', 1]])), 'pestprotocol');
  assert.equal(bestCorrection('mentro', new Map([['mentor', 2], ['mento', 5]])), 'mento');
  assert.equal(bestCorrection('mentro', new Map([['mentor', 7], ['mento', 5]])), 'mentor');
  assert.equal(bestCorrection('mentor', new Map([['mentor', 7]])), null);
  assert.equal(bestCorrection('lob', new Map([['lof', 7]])), null);
  assert.equal(bestCorrection('west', new Map([['wet', 7]])), null);
  assert.equal(bestCorrection('ventil', new Map([['ventilatie', 7]])), null);
});

test('the corrected word keeps the ending the stemmer took, when that stems back to the correction', () => {
  const tools = { stem, fold };
  assert.equal(correctedWord('thuiszittters', stem('thuiszittters'), 'thuiszitter', tools), 'thuiszitters');
  assert.equal(correctedWord('pestprotocl', stem('pestprotocl'), 'pestprotocol', tools), 'pestprotocol');
  assert.equal(correctedWord('Leerlingenn', stem('Leerlingenn'), stem('leerlingen'), tools), 'leerling');
  assert.equal(correctedWord('kantien', stem('kantien'), stem('kantine'), { ...tools, seen: 'kantine' }), 'kantine');
  assert.equal(correctedWord('kantien', stem('kantien'), stem('kantine'), { ...tools, seen: 'kantoor' }), stem('kantine'));
});

test('how the articles spell a term: the most frequent spelling in their titles and summaries', () => {
  const texts = ['De kantine van de school', 'Gezonde kantines', 'Een gezonde kantine'];
  assert.equal(spellingIn(texts, stem('kantine'), { stem, words: wordsIn }), 'kantine');
  assert.equal(spellingIn(texts, 'xyz', { stem, words: wordsIn }), null);
  const mentors = ['De mentoren', 'Mentoren en ouders', 'Een mentor'];
  assert.equal(spellingIn(mentors, stem('mentor'), { stem, words: wordsIn }), 'mentoren');
  assert.equal(spellingIn(mentors, stem('mentor'), { stem, words: wordsIn, typed: 'mentro' }), 'mentor');
});

test('lunr finds the candidates, with the number of articles each is in', () => {
  lunr.tokenizer.separator = SEPARATOR;
  const index = lunr(function () {
    this.use(lunr.nl);
    this.use(foldingPlugin(lunr));
    this.ref('id');
    this.field('body');
    ['het pestprotocol', 'een pestprotocol', 'pestprotocollen', 'hoord woord'].forEach((body, id) => this.add({ id, body }));
  });
  const counts = articlesPerTerm(index.query(nearbyQuery(stem('pestprotocl'))));
  assert.equal(counts.get('pestprotocol'), 2);
  assert.equal(bestCorrection(stem('pestprotocl'), counts), 'pestprotocol');
  assert.equal(bestCorrection(stem('noord'), articlesPerTerm(index.query(nearbyQuery(stem('noord'))))), null);
});
