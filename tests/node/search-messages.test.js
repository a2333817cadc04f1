import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { createStemmer, planQuery } from '../../templates/assets/search/query-words.js';
import { listed, statusSegments } from '../../templates/assets/search/search-messages.js';
import { createSynonyms } from '../../templates/assets/search/synonyms.js';

const stem = createStemmer(lunr);
const synonyms = createSynonyms([['docent', 'leraar'], ['jeugdzorg', 'jeugdhulp']], stem);
const say = (text, rest = {}) => statusSegments({ text, plan: planQuery(text, { stem, synonyms }), shown: 0, filtered: false, ...rest });
const textOf = (segments) => segments.map((s) => (typeof s === 'string' ? s : `[${s.parts.map((p) => (p.corrected ? `<${p.text}>` : p.text)).join('')}](${s.href})`)).join('');

test('lists read as Dutch', () => {
  assert.equal(listed(['a']), 'a');
  assert.equal(listed(['a', 'b']), 'a en b');
  assert.equal(listed(['a', 'b', 'c']), 'a, b en c');
});

test('an empty query says nothing, or counts the filtered articles', () => {
  assert.deepEqual(say(''), []);
  assert.equal(textOf(say('  ', { filtered: true, shown: 4 })), '4 artikelen gevonden.');
});

test('stop words only, or excluded words only: a clear message', () => {
  assert.match(textOf(say('wat is het')), /^‘wat is het’ bestaat alleen uit heel gewone woorden/);
  assert.match(textOf(say('-vso')), /^Met alleen woorden die er niet in mogen staan \(‘-vso’\)/);
});

test('counts, with what was also searched', () => {
  assert.equal(textOf(say('thuiszitters', { shown: 1 })), '1 artikel gevonden voor ‘thuiszitters’.');
  assert.equal(textOf(say('docent jeugdzorg', { shown: 12 })), '12 artikelen gevonden voor ‘docent jeugdzorg’. Ook gezocht op: leraar en jeugdhulp.');
  assert.equal(textOf(say('thuiszitters -vso')), 'Geen artikelen gevonden voor ‘thuiszitters -vso’.');
  assert.equal(textOf(say('thuiszitters', { filtered: true })), 'Geen artikelen gevonden met deze filters. Haal een of meer filters weg.');
});

test('a word that matches nothing is named, the others\' results said honestly, and a correction offered as a link', () => {
  assert.equal(textOf(say('xyzzy', { unmatched: [0] })), 'Niets gevonden voor ‘xyzzy’.');
  assert.equal(textOf(say('thuiszitters xyzzy qwrt', { unmatched: [1, 2], shown: 3 })),
    'Niets gevonden voor ‘xyzzy’ en ‘qwrt’. Wel 3 artikelen gevonden voor ‘thuiszitters’.');
  const correction = { href: '/zoeken/?q=pestprotocol+mr', parts: [{ text: 'pestprotocol', corrected: true }, { text: ' mr', corrected: false }] };
  assert.equal(textOf(say('pestprotocl mr', { unmatched: [0], shown: 2, correction })),
    'Niets gevonden voor ‘pestprotocl’. Wel 2 artikelen gevonden voor ‘mr’. Bedoelde je [<pestprotocol> mr](/zoeken/?q=pestprotocol+mr)?');
});
