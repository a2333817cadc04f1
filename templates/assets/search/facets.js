/*
 * Facet values of every article, from the manifest alone. The build gives articles their refs in facet order, so
 * the manifest can list runs of consecutive refs with the same values: [count, theme, type, region (-1: none),
 * school types as a bit mask], positions in the label lists. Counting facets over all matches of a query then
 * needs no download per article.
 */

/** The facets the page filters on: the key in the manifest's labels and the URL parameter. */
export const FACETS = [
  { key: 'theme', param: 'thema', legend: 'Thema' },
  { key: 'type', param: 'soort', legend: 'Soort' },
  { key: 'school_types', param: 'schoolsoort', legend: 'Schoolsoort' },
  { key: 'region', param: 'regio', legend: 'Regio' },
];

/** valuesOf(ref) → {theme: [key], type: [key], school_types: [keys…], region: [key] or []}, for every ref. */
export function facetTable(manifest) {
  const keys = {};
  for (const facet of FACETS) keys[facet.key] = Object.keys(manifest.labels[facet.key]);
  const starts = [];
  const values = [];
  let next = 0;
  const runs = manifest.facetRuns;
  for (let i = 0; i < runs.length; i += 5) {
    starts.push(next);
    next += runs[i];
    const schoolTypes = keys.school_types.filter((_, bit) => Math.floor(runs[i + 4] / 2 ** bit) % 2 === 1);
    values.push({
      theme: [keys.theme[runs[i + 1]]],
      type: [keys.type[runs[i + 2]]],
      region: runs[i + 3] < 0 ? [] : [keys.region[runs[i + 3]]],
      school_types: schoolTypes,
    });
  }

  function valuesOf(ref) {
    const position = Number(ref);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= position) low = middle; else high = middle - 1;
    }
    return values[low];
  }

  return { valuesOf, size: next };
}

/** Whether `values` pass the selected filters (a Set of keys per facet), leaving out `exceptKey`. */
export function passes(values, selected, exceptKey = null) {
  return FACETS.every((facet) => facet.key === exceptKey || selected[facet.key].size === 0
    || values[facet.key].some((v) => selected[facet.key].has(v)));
}

/**
 * Per facet, per value: how many of `refs` have it, among those passing the other facets' filters (so a count
 * says what ticking that box would leave).
 */
export function countFacets(table, refs, selected) {
  const counts = {};
  for (const facet of FACETS) counts[facet.key] = {};
  for (const ref of refs) {
    const values = table.valuesOf(ref);
    for (const facet of FACETS) {
      if (!passes(values, selected, facet.key)) continue;
      for (const value of values[facet.key]) counts[facet.key][value] = (counts[facet.key][value] || 0) + 1;
    }
  }
  return counts;
}
