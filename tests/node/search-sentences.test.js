import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../templates/assets/search/sentences.js';

test('a paragraph splits at . ! ? … before a capital, a digit or a quote', () => {
  assert.deepEqual(splitSentences('Het ging niet vanzelf.  De school noemt vier valkuilen! Waarom? 78 procent zei ja… "Een leerling die meedenkt, komt", zegt hij.'), [
    'Het ging niet vanzelf.', 'De school noemt vier valkuilen!', 'Waarom?', '78 procent zei ja…', '"Een leerling die meedenkt, komt", zegt hij.',
  ]);
});

test('closing quotes and brackets stay with their sentence', () => {
  assert.deepEqual(splitSentences('Hij zei: "Genoeg." Daarna (na de zomer.) Begon het.'), ['Hij zei: "Genoeg."', 'Daarna (na de zomer.)', 'Begon het.']);
});

test('no split after abbreviations and initials, nor inside numbers and lowercase continuations', () => {
  assert.deepEqual(splitSentences('Volgens dr. Jansen en mr. De Wit geldt art. 8 van de wet, zie blz. 12. Vraag J. de Vries.'), [
    'Volgens dr. Jansen en mr. De Wit geldt art. 8 van de wet, zie blz. 12.', 'Vraag J. de Vries.',
  ]);
  assert.deepEqual(splitSentences('Ruim 1.100 leerlingen, o.a. uit Nijmegen. Bijv. zo.'), ['Ruim 1.100 leerlingen, o.a. uit Nijmegen.', 'Bijv. zo.']);
});

test('white space is collapsed; an empty block has no sentences', () => {
  assert.deepEqual(splitSentences('  een\n  zin  '), ['een zin']);
  assert.deepEqual(splitSentences(' \n '), []);
});
