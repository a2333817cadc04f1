import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { PRESENCE, SEPARATOR, isSeparator, parseQuery, queryWords, replaceWords, wordsIn } from '../../templates/assets/search/query-grammar.js';

const { OPTIONAL, REQUIRED, PROHIBITED } = PRESENCE;
const clauses = (text) => parseQuery(text).map((c) => [c.presence, c.words.map((w) => w.text), c.quoted]);

test('words split on anything that is not a letter, mark or digit', () => {
  assert.deepEqual(wordsIn('pesten/incidenten ouders,leerlingen havo-vwo (co2)^ ~* [').map((w) => w.text),
    ['pesten', 'incidenten', 'ouders', 'leerlingen', 'havo', 'vwo', 'co2']);
  assert.deepEqual(wordsIn('Wâldwei E\u0301nquête 10–14 cao 2024.').map((w) => w.text), ['Wâldwei', 'E\u0301nquête', '10', '14', 'cao', '2024']);
  assert.deepEqual(wordsIn('a.b_c@d#e').map((w) => w.text), ['a', 'b', 'c', 'd', 'e']);
});

test('words carry their offsets in the text', () => {
  assert.deepEqual(wordsIn('  ouders,leerlingen'), [{ text: 'ouders', start: 2, end: 8 }, { text: 'leerlingen', start: 9, end: 19 }]);
});

test('the one letter after an apostrophe is dropped: havo\'s is havo', () => {
  assert.deepEqual(wordsIn("havo's auto’s 's-Hertogenbosch zo'n d'r rock 'n roll").map((w) => w.text),
    ['havo', 'auto', 'Hertogenbosch', 'zo', 'd', 'rock', 'roll']);
  assert.deepEqual(wordsIn("o'neill").map((w) => w.text), ['o', 'neill']);
});

test('a lone surrogate and everything outside the letters, marks and digits separates, per UTF-16 code unit like lunr', () => {
  assert.equal(isSeparator('\ud835'), true);
  assert.equal(isSeparator('\u0301'), false);
  assert.equal(isSeparator('’'), true);
  assert.deepEqual(wordsIn('x𝐀y').map((w) => w.text), ['x', 'y']);
  const tokenizer = (text) => {
    const saved = lunr.tokenizer.separator;
    lunr.tokenizer.separator = SEPARATOR;
    try {
      return lunr.tokenizer(text).map((t) => t.toString());
    } finally {
      lunr.tokenizer.separator = saved;
    }
  };
  for (const text of ['pesten/incidenten', 'x𝐀y 😀z', 'e\u0301nquête, Wâldwei!', 'a\u20DDb ١٢٣ ½²', 'havo-vwo ouders,leerlingen']) {
    assert.deepEqual(wordsIn(text.toLowerCase()).map((w) => w.text), tokenizer(text), text);
  }
});

test('+ requires and - excludes every word of its chunk, but only at the start of a chunk', () => {
  assert.deepEqual(clauses('thuiszitters -vso'), [[OPTIONAL, ['thuiszitters'], false], [PROHIBITED, ['vso'], false]]);
  assert.deepEqual(clauses('-havo/vwo +pesten,incidenten'), [[PROHIBITED, ['havo', 'vwo'], false], [REQUIRED, ['pesten', 'incidenten'], false]]);
  assert.deepEqual(clauses('havo-vwo'), [[OPTIONAL, ['havo', 'vwo'], false]]);
  assert.deepEqual(clauses('- vso + mr -- +-x'), [[OPTIONAL, ['vso'], false], [OPTIONAL, ['mr'], false], [REQUIRED, ['x'], false]]);
  assert.deepEqual(clauses('10-14'), [[OPTIONAL, ['10', '14'], false]]);
});

test('quoted words are all required (or all excluded); typographic quotes count; an open quote runs to the end', () => {
  assert.deepEqual(clauses('"gezonde school" kantine'), [[REQUIRED, ['gezonde', 'school'], true], [OPTIONAL, ['kantine'], false]]);
  assert.deepEqual(clauses('„sociale veiligheid” -“vso praktijkonderwijs”'),
    [[REQUIRED, ['sociale', 'veiligheid'], true], [PROHIBITED, ['vso', 'praktijkonderwijs'], true]]);
  assert.deepEqual(clauses('lob "loopbaan ori'), [[OPTIONAL, ['lob'], false], [REQUIRED, ['loopbaan', 'ori'], true]]);
  assert.deepEqual(clauses('a"b c"d'), [[OPTIONAL, ['a'], false], [REQUIRED, ['b', 'c'], true], [OPTIONAL, ['d'], false]]);
  assert.deepEqual(clauses('"" "-" x'), [[OPTIONAL, ['x'], false]]);
});

test('nothing but punctuation gives no clauses', () => {
  assert.deepEqual(parseQuery(''), []);
  assert.deepEqual(parseQuery('  - + " ~* ^ ?!'), []);
});

test('query words flatten the clauses and mark the last', () => {
  const words = queryWords(parseQuery('+leerling "zorg plan" -vso'));
  assert.deepEqual(words.map((w) => [w.text, w.presence, w.quoted, w.last]), [
    ['leerling', REQUIRED, false, false], ['zorg', REQUIRED, true, false], ['plan', REQUIRED, true, false], ['vso', PROHIBITED, false, true],
  ]);
});

test('words are replaced in place, the rest of the text untouched', () => {
  const text = '+pestprotocl "thuiszittters"';
  const words = queryWords(parseQuery(text));
  assert.equal(replaceWords(text, [{ ...words[1], text: 'thuiszitters' }, { ...words[0], text: 'pestprotocol' }]), '+pestprotocol "thuiszitters"');
});
