import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseExcerpt, markedWords } from '../../templates/assets/search/excerpt.js';
import { markText } from '../../templates/assets/search/results-view.js';

const marking = (...words) => (text) => markText(text, (word) => words.includes(word.toLowerCase()));

test('the sentence with most different query words wins; the first of equals', () => {
  const blocks = ['Het ging om verzuim. Eerst kwam de coach.', 'De coach belde over verzuim en de ouders kwamen.', 'Weer verzuim en een coach.'];
  assert.equal(chooseExcerpt(blocks, marking('coach', 'verzuim'), 200), 'De coach belde over verzuim en de ouders kwamen.');
  assert.equal(chooseExcerpt(blocks, marking('ouders'), 200), 'De coach belde over verzuim en de ouders kwamen.');
  assert.equal(chooseExcerpt(blocks, marking('rooster'), 200), null);
});

test('a second sentence joins when it adds query words and both fit, in the article\'s order, with … between', () => {
  const blocks = ['De mentor belt thuis. Daarna volgt een gesprek.', 'Elke week komt de leerplichtambtenaar langs.'];
  assert.equal(chooseExcerpt(blocks, marking('mentor', 'leerplichtambtenaar'), 200), 'De mentor belt thuis. … Elke week komt de leerplichtambtenaar langs.');
  assert.equal(chooseExcerpt(blocks, marking('mentor', 'leerplichtambtenaar'), 40), 'De mentor belt thuis.');
});

test('a short sentence takes the next one of its paragraph along, for context', () => {
  const blocks = ['Het ging niet vanzelf. Twee leerlingen vielen terug in het eerste jaar.', 'Nieuw blok.'];
  assert.equal(chooseExcerpt(blocks, marking('vanzelf'), 200), 'Het ging niet vanzelf. Twee leerlingen vielen terug in het eerste jaar.');
  assert.equal(chooseExcerpt(['Eén zin met vanzelf.', 'Volgend blok.'], marking('vanzelf'), 200), 'Eén zin met vanzelf.');
});

test('a long sentence is cut around its first query word at word boundaries, with … where it was cut', () => {
  const sentence = 'In de eerste weken van het nieuwe schooljaar bespreekt het team met de mentoren welke leerlingen extra aandacht nodig hebben, en daarna volgt een lange reeks van afspraken over roosters, lokalen, toetsen en de communicatie met ouders en verzorgers thuis.';
  const excerpt = chooseExcerpt([sentence], marking('leerlingen'), 80);
  assert.ok(excerpt.startsWith('… ') && excerpt.endsWith(' …'), excerpt);
  assert.ok(excerpt.includes('leerlingen'));
  assert.ok(excerpt.length <= 80 + 4, excerpt);
  const inner = excerpt.slice(2, -2);
  assert.ok(sentence.includes(inner), 'whole words only');
  assert.equal(chooseExcerpt([sentence], marking('in'), 80).slice(0, 2), 'In', 'no … before the start of the sentence');
  const atEnd = chooseExcerpt([sentence], marking('thuis'), 80);
  assert.ok(atEnd.startsWith('… ') && atEnd.endsWith('verzorgers thuis.'), atEnd);
  assert.ok(atEnd.length <= 80 + 2, atEnd);
});

test('marked words are counted once per word, as `key` tells them', () => {
  const segments = markText('Leerling en leerlingen', (w) => w.toLowerCase().startsWith('leerling'));
  assert.equal(markedWords(segments).size, 2);
  assert.equal(markedWords(segments, (w) => w.toLowerCase().replace(/en$/, '')).size, 1);
});
