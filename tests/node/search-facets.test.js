import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FACETS, countFacets, facetTable, passes } from '../../templates/assets/search/facets.js';

const manifest = {
  labels: {
    theme: { burgerschap: 'Burgerschap', huisvesting: 'Huisvesting' },
    type: { handreiking: 'Handreiking', achtergrond: 'Achtergrond' },
    school_types: { vmbo: 'Vmbo', havo: 'Havo', vwo: 'Vwo' },
    region: { utrecht: 'Utrecht', zeeland: 'Zeeland' },
  },
  // refs 0–1: burgerschap, handreiking, utrecht, vmbo+vwo; 2: burgerschap, achtergrond, no region, none;
  // 3–5: huisvesting, handreiking, zeeland, havo
  facetRuns: [2, 0, 0, 0, 5, 1, 0, 1, -1, 0, 3, 1, 0, 1, 2],
};
const none = () => Object.fromEntries(FACETS.map((f) => [f.key, new Set()]));

test('every ref gets the values of its run', () => {
  const table = facetTable(manifest);
  assert.equal(table.size, 6);
  assert.deepEqual(table.valuesOf('1'), { theme: ['burgerschap'], type: ['handreiking'], region: ['utrecht'], school_types: ['vmbo', 'vwo'] });
  assert.deepEqual(table.valuesOf('2'), { theme: ['burgerschap'], type: ['achtergrond'], region: [], school_types: [] });
  assert.deepEqual(table.valuesOf('5'), { theme: ['huisvesting'], type: ['handreiking'], region: ['zeeland'], school_types: ['havo'] });
});

test('counts are over every given ref; a facet ignores its own filter, not the others', () => {
  const table = facetTable(manifest);
  const selected = none();
  selected.theme.add('huisvesting');
  const counts = countFacets(table, ['0', '2', '3', '4'], selected);
  assert.deepEqual(counts.theme, { burgerschap: 2, huisvesting: 2 });
  assert.deepEqual(counts.type, { handreiking: 2 });
  assert.deepEqual(counts.school_types, { havo: 2 });
  assert.equal(passes(table.valuesOf('3'), selected), true);
  assert.equal(passes(table.valuesOf('0'), selected), false);
});

test('values of one facet combine with or, facets with and', () => {
  const table = facetTable(manifest);
  const selected = none();
  selected.school_types.add('vwo').add('havo');
  selected.region.add('zeeland');
  assert.deepEqual(['0', '1', '2', '3', '4', '5'].filter((r) => passes(table.valuesOf(r), selected)), ['3', '4', '5']);
});

test('counts per run equal counts per ref, whatever the order of the refs', () => {
  const table = facetTable(manifest);
  const selected = none();
  selected.school_types.add('havo');
  const naive = (refs) => {
    const counts = Object.fromEntries(FACETS.map((f) => [f.key, {}]));
    for (const ref of refs) {
      const values = table.valuesOf(ref);
      for (const facet of FACETS) {
        if (!passes(values, selected, facet.key)) continue;
        for (const value of values[facet.key]) counts[facet.key][value] = (counts[facet.key][value] || 0) + 1;
      }
    }
    return counts;
  };
  for (const refs of [['5', '0', '3', '2', '4'], ['1', '2', '3', '4', '5'], ['4', '0'], []]) {
    assert.deepEqual(countFacets(table, refs, selected), naive(refs), refs.join());
    assert.deepEqual(refs.map((r) => table.runOf(r)), refs.map((r) => [0, 0, 1, 2, 2, 2][r]));
  }
});
