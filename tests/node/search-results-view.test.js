import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moreLabel } from '../../templates/assets/search/results-view.js';

test('the "more" button speaks Dutch: singular, plural, and how many remain when not all come at once', () => {
  assert.equal(moreLabel(1, 1), 'Toon nog 1 resultaat');
  assert.equal(moreLabel(7, 7), 'Toon nog 7 resultaten');
  assert.equal(moreLabel(20, 45), 'Toon nog 20 resultaten (van 45)');
});
