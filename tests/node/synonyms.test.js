// templates/assets/search/synonyms.js: query words → the other members of their synonym group, with the editors'
// spelling for the notice; by plain keys and by lunr's own analysis (stemmer), as the page uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createSynonyms, plainKey, readSynonymGroups } from '../../templates/assets/search/synonyms.js';
import { foldDiacritics } from '../../templates/assets/search/diacritics.js';

const require = createRequire(import.meta.url);
const groups = [
  ['SOP', 'schoolondersteuningsprofiel'],
  ['docent', 'leraar'],
  ['RvT', 'raad van toezicht', 'toezichthouder'],
  ['zorgcoördinator', 'ondersteuningscoördinator'],
];

test('an abbreviation expands to what it stands for, and back', () => {
  const synonyms = createSynonyms(groups);
  assert.deepEqual(synonyms.expand(['sop']), [{ start: 0, end: 1, matched: 'SOP', alternatives: [['schoolondersteuningsprofiel']], also: ['schoolondersteuningsprofiel'] }]);
  assert.deepEqual(synonyms.expand(['Schoolondersteuningsprofiel'])[0].also, ['SOP']);
});

test('only the words of a group are expanded, each at its position', () => {
  const matches = createSynonyms(groups).expand(['nieuwe', 'docent', 'en', 'rvt']);
  assert.deepEqual(matches.map((m) => [m.start, m.end, m.also]), [[1, 2, ['leraar']], [3, 4, ['raad van toezicht', 'toezichthouder']]]);
  assert.deepEqual(matches[1].alternatives, [['raad', 'van', 'toezicht'], ['toezichthouder']]);
  assert.deepEqual(createSynonyms(groups).expand(['pesten', 'protocol']), []);
  assert.deepEqual(createSynonyms([]).expand(['docent']), []);
});

test('a phrase member matches those words in a row, the longest match first', () => {
  const matches = createSynonyms(groups).expand(['de', 'raad', 'van', 'toezicht', 'vergadert']);
  assert.deepEqual(matches.map((m) => [m.start, m.end, m.matched, m.also]), [[1, 4, 'raad van toezicht', ['RvT', 'toezichthouder']]]);
  assert.deepEqual(createSynonyms(groups).expand(['raad']), []);
});

test('diacritics and punctuation do not matter', () => {
  const synonyms = createSynonyms(groups);
  assert.equal(synonyms.expand(['zorgcoordinator'])[0].matched, 'zorgcoördinator');
  assert.equal(synonyms.expand(['"SOP",'])[0].matched, 'SOP');
  assert.equal(plainKey('--'), null);
});

test('with lunr\'s analysis as key, inflected forms and stop words are handled as in the index', () => {
  const lunr = require('../tools/node_modules/lunr');
  require('../tools/node_modules/lunr-languages/lunr.stemmer.support')(lunr);
  require('../tools/node_modules/lunr-languages/lunr.nl')(lunr);
  const key = (word) => {
    const trimmed = lunr.nl.trimmer(new lunr.Token(foldDiacritics(word.toLowerCase())));
    if (!trimmed.toString() || !lunr.nl.stopWordFilter(trimmed)) return null;
    return lunr.nl.stemmer(trimmed).toString();
  };
  const synonyms = createSynonyms(groups, key);
  assert.deepEqual(synonyms.expand(['docenten'])[0].also, ['leraar']);
  assert.deepEqual(synonyms.expand(['toezichthouders'])[0].also, ['RvT', 'raad van toezicht']);
  assert.deepEqual(synonyms.expand(['raad', 'toezicht']).map((m) => m.matched), ['raad van toezicht']);
});

test('the groups are read from the page\'s JSON element, and a broken one gives none', () => {
  const page = (text) => ({ getElementById: (id) => (id === 'kb-synoniemen' && text !== null ? { textContent: text } : null) });
  assert.deepEqual(readSynonymGroups(page('{"groups":[["MR","medezeggenschapsraad"],["alleen"]]}')), [['MR', 'medezeggenschapsraad']]);
  assert.deepEqual(readSynonymGroups(page('{"groups":')), []);
  assert.deepEqual(readSynonymGroups(page(null)), []);
});
