import assert from 'node:assert/strict';
import { test } from 'node:test';
import lunr from './lunr.js';
import { createStemmer } from '../../templates/assets/search/query-words.js';
import { compoundParts, markText, partMatcher } from '../../templates/assets/search/results-view.js';

const stem = createStemmer(lunr);
const hitsOf = (...words) => {
  const stems = new Set(words.map(stem));
  return (word) => stems.has(stem(word.toLowerCase()));
};
const marked = (segments) => segments.filter((s) => s.hit).map((s) => s.text);

test('whole words are marked by their index term: inflections and folded accents', () => {
  const isHit = hitsOf('leerling', 'enquete');
  const segments = markText('Leerlingen vulden een enquête in; de leerling ook.', isHit);
  assert.deepEqual(marked(segments), ['Leerlingen', 'enquête', 'leerling']);
  assert.equal(segments.map((s) => s.text).join(''), 'Leerlingen vulden een enquête in; de leerling ook.');
});

test('a compound part is marked inside its compound, the rest of the word is not', () => {
  const isHit = hitsOf('tekort', 'protocol');
  const segments = markText('Het lerarentekort en het pestprotocol.', isHit, isHit);
  assert.deepEqual(segments, [
    { text: 'Het leraren', hit: false }, { text: 'tekort', hit: true }, { text: ' en het pest', hit: false },
    { text: 'protocol', hit: true }, { text: '.', hit: false },
  ]);
});

test('parts follow the build splitter\'s shape: linking s/e/en, 4 letters a side, long parts cut again', () => {
  const parts = (word, ...wanted) => compoundParts(word, (p) => wanted.includes(p)).map(([s, e]) => word.slice(s, e));
  assert.deepEqual(parts('veiligheidsplan', 'plan'), ['plan']);
  assert.deepEqual(parts('veiligheidsplan', 'veiligheid'), ['veiligheid']);
  assert.deepEqual(parts('leerlingenzorg', 'zorg', 'leerling'), ['leerling', 'zorg']);
  assert.deepEqual(parts('ontwikkelingsperspectiefplan', 'perspectief'), ['perspectief']);
  assert.deepEqual(parts('Coördinatorenoverleg', 'overleg'), ['overleg']);
  // Too short to be a compound, a rest under 4 letters, a part inside a modifier too short to be cut again.
  assert.deepEqual(parts('schoolen', 'school'), []);
  assert.deepEqual(parts('ouderavond', 'ouderavo'), []);
  assert.deepEqual(parts('hogeschoolraad', 'school'), []);
  assert.deepEqual(parts('schoolleiders', 'leider'), []);
});

test('a long compound is split in polynomial time: each part is tried once per split, not once per path to it', () => {
  let tried = 0;
  const word = 'arbeidsmarktdiscriminatieonderzoeksbureau';
  const found = compoundParts(word, (part) => { tried++; return part === 'onderzoeksbureau' || part === 'discriminatie'; });
  assert.deepEqual(found.map(([s, e]) => word.slice(s, e)), ['discriminatie', 'onderzoeksbureau']);
  // Every way down to a part used to ask again: 4.5 million questions for these 41 letters.
  assert.ok(tried < 20000, `${tried} parts tried`);
});

test('a part counts only when the result matched its term in the parts field', () => {
  const isHit = hitsOf('tekort');
  const inParts = partMatcher({ metadata: { tekort: { parts: {}, body: {} } } }, stem, isHit);
  const inBodyOnly = partMatcher({ metadata: { tekort: { body: {} } } }, stem, isHit);
  assert.deepEqual(marked(markText('het lerarentekort', isHit, inParts)), ['tekort']);
  assert.deepEqual(marked(markText('het lerarentekort', isHit, inBodyOnly)), []);
  assert.deepEqual(marked(markText('het lerarentekort', isHit, partMatcher(undefined, stem, isHit))), []);
  // "school" inside "hogeschoolrecht" has a compound's shape, but an article the build found no compound with the
  // part "school" in gets no mark there.
  const school = hitsOf('school');
  assert.deepEqual(marked(markText('het hogeschoolrecht', school, partMatcher({ metadata: { school: { body: {} } } }, stem, school))), []);
});
