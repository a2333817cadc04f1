import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { foldingPlugin } from '../../templates/assets/search/diacritics.js';
import { SEPARATOR } from '../../templates/assets/search/query-grammar.js';
import {
  createStemmer, fold, highlightParts, hitTest, planQuery, queryFor, termsOf, wordsMatched,
} from '../../templates/assets/search/query-words.js';
import { createSynonyms } from '../../templates/assets/search/synonyms.js';

const { presence, wildcard } = lunr.Query;
const stem = createStemmer(lunr);
const synonyms = createSynonyms([['docent', 'leraar'], ['SOP', 'schoolondersteuningsprofiel'], ['VSO', 'voortgezet speciaal onderwijs']], stem);
const plan = (text) => planQuery(text, { stem, synonyms });
const clauses = (text) => {
  const query = new lunr.Query(['title']);
  queryFor(lunr, plan(text))(query);
  return query.clauses.map((c) => [c.term, c.presence, c.boost, c.wildcard === wildcard.TRAILING ? '*' : '']);
};

const articles = {
  vso: 'Thuiszitters in het vso: terug naar school',
  pro: 'Thuiszitters en praktijkonderwijs',
  pest: 'Het pestprotocol en pesten/incidenten registreren',
  leraar: 'De leraar en zijn schoolondersteuningsprofiel',
  ouders: 'Ouders,leerlingen en de mentor',
  fries: 'Wâldwei: een school in Friesland sinds 2021',
};
lunr.tokenizer.separator = SEPARATOR;
const index = lunr(function () {
  this.use(lunr.nl);
  this.use(foldingPlugin(lunr));
  this.ref('id');
  this.field('title');
  for (const [id, title] of Object.entries(articles)) this.add({ id, title });
});
const search = (text) => index.query(queryFor(lunr, plan(text))).map((r) => r.ref).sort();

test('words become index terms with lunr.nl and our folding; stop words become nothing', () => {
  assert.equal(stem('Leerlingen'), stem('leerling'));
  assert.equal(stem('de'), null);
  assert.equal(stem('hoe'), null);
  assert.equal(stem('Wâldwei'), 'waldwei');
  assert.equal(fold('financiële'), 'financiele');
});

test('the last word is a prefix however the query arrived, from three letters, never when excluded, quoted or a stop word', () => {
  assert.deepEqual(clauses('+school ventil'), [
    [stem('school'), presence.REQUIRED, 10, ''], [stem('ventil'), presence.OPTIONAL, 10, ''], ['ventil*', presence.OPTIONAL, 1, '*'],
  ]);
  assert.deepEqual(clauses('ve'), [[stem('ve'), presence.OPTIONAL, 10, '']]);
  assert.deepEqual(clauses('school -vso'), [[stem('school'), presence.OPTIONAL, 10, ''], ['vso', presence.PROHIBITED, 10, '']]);
  assert.deepEqual(clauses('"gezonde school"').map((c) => c[3]), ['', '']);
  assert.deepEqual(clauses('gezonde hoe'), [[stem('gezonde'), presence.OPTIONAL, 10, '']]);
});

test('a last word that the index has as a word of its own is not a prefix: "tekort" is searched as itself', () => {
  const planned = planQuery('tekort', { stem, indexed: (term) => term === 'tekort' });
  assert.equal(planned.words[0].prefix, null);
  assert.equal(planQuery('tekor', { stem, indexed: (term) => term === 'tekort' }).words[0].prefix, 'tekor');
});

test('a required last word is required as "this word or a longer one": the prefix covers the stem', () => {
  assert.deepEqual(clauses('+leerlingen'), [['leerling', presence.OPTIONAL, 10, ''], ['leerling*', presence.REQUIRED, 1, '*']]);
  assert.deepEqual(search('+pestprot'), ['pest']);
});

test('stop words only, or excluded words only, have no meaning', () => {
  assert.equal(plan('wat is het').meaningful, false);
  assert.equal(plan('de').meaningful, false);
  assert.equal(plan('-vso').meaningful, false);
  assert.equal(plan('').meaningful, false);
  assert.equal(plan('2021').meaningful, true);
  assert.equal(plan('hoe thuiszitters').meaningful, true);
});

test('excluding really excludes, and all words of a chunk', () => {
  assert.deepEqual(search('thuiszitters'), ['pro', 'vso']);
  assert.deepEqual(search('thuiszitters -vso'), ['pro']);
  assert.deepEqual(search('thuiszitters -vso/praktijkonderwijs'), []);
});

test('punctuation, numbers and accents are words as in the index', () => {
  assert.deepEqual(search('incidenten'), ['pest']);
  assert.deepEqual(search('leerlingen'), ['ouders']);
  assert.deepEqual(search('waldwei'), ['fries']);
  assert.deepEqual(search('2021'), ['fries']);
  assert.deepEqual(search('+"pesten/incidenten"'), ['pest']);
});

test('synonyms are searched too, optional, never for excluded words; the plan says what was also searched', () => {
  assert.deepEqual(search('docent'), ['leraar']);
  assert.deepEqual(search('sop'), ['leraar']);
  assert.deepEqual(plan('docenten').synonyms, [{ words: [0], also: ['leraar'], terms: [stem('leraar')] }]);
  assert.deepEqual(plan('thuiszitters -vso').synonyms, []);
  assert.deepEqual(plan('vso').synonyms[0].also, ['voortgezet speciaal onderwijs']);
});

test('which words matched: by term, by prefix, by synonym', () => {
  const p = plan('thuiszitters xyzzy docent pestprot');
  const matched = wordsMatched(p, termsOf(index.query(queryFor(lunr, p))));
  assert.deepEqual([...matched], [[0, true], [1, false], [2, true], [3, true]]);
  assert.deepEqual(index.query(queryFor(lunr, p, [1])), []);
});

test('highlighting marks the words the plan searched, split as the query language splits', () => {
  const isHit = hitTest(plan('leerling docent pestpro'), stem);
  assert.deepEqual(highlightParts('Ouders,leerlingen; de leraar en het pestprotocol.', isHit).filter((p) => p.hit).map((p) => p.text),
    ['leerlingen', 'leraar', 'pestprotocol']);
  assert.deepEqual(highlightParts('Leerlingen en docenten.', (w) => w.startsWith('Leer')),
    [{ text: 'Leerlingen', hit: true }, { text: ' ', hit: false }, { text: 'en', hit: false }, { text: ' ', hit: false },
      { text: 'docenten', hit: false }, { text: '.', hit: false }]);
});
