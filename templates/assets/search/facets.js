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

/**
 * valuesOf(ref) → {theme: [key], type: [key], school_types: [keys…], region: [key] or []}, for every ref; runOf(ref)
 * → the number of its run, runValues(number) → the run's values, runCount → the number of runs. A run's values are
 * made when first read: at 100,000 articles the manifest lists thousands of runs, and the first results read a few.
 */
export function facetTable(manifest) {
  const keys = {};
  for (const facet of FACETS) keys[facet.key] = Object.keys(manifest.labels[facet.key]);
  const runs = manifest.facetRuns;
  const runCount = runs.length / 5;
  const starts = new Int32Array(runCount);
  let next = 0;
  for (let run = 0; run < runCount; run++) {
    starts[run] = next;
    next += runs[run * 5];
  }
  const values = new Array(runCount);

  function runValues(run) {
    if (values[run] === undefined) {
      const i = run * 5;
      values[run] = {
        theme: [keys.theme[runs[i + 1]]],
        type: [keys.type[runs[i + 2]]],
        region: runs[i + 3] < 0 ? [] : [keys.region[runs[i + 3]]],
        school_types: keys.school_types.filter((_, bit) => Math.floor(runs[i + 4] / 2 ** bit) % 2 === 1),
      };
    }
    return values[run];
  }

  // Refs usually come in ascending order (a query's matches): the run of the last ref, or the next, is checked first.
  let hint = 0;
  const within = (run, position) => run < runCount && starts[run] <= position
    && (run + 1 === runCount || position < starts[run + 1]);

  /** The number of the run holding `ref`. */
  function runOf(ref) {
    const position = Number(ref);
    if (within(hint, position)) return hint;
    if (within(hint + 1, position)) return ++hint;
    let low = 0;
    let high = runCount - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= position) low = middle; else high = middle - 1;
    }
    hint = low;
    return low;
  }

  return { valuesOf: (ref) => runValues(runOf(ref)), runOf, runValues, runCount, size: next };
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
  // Refs of one run share their values: count per run, then add each run's count once.
  const perRun = new Int32Array(table.runCount);
  for (const ref of refs) perRun[table.runOf(ref)]++;
  const counts = {};
  for (const facet of FACETS) counts[facet.key] = {};
  perRun.forEach((count, run) => {
    if (count === 0) return;
    const values = table.runValues(run);
    for (const facet of FACETS) {
      if (!passes(values, selected, facet.key)) continue;
      for (const value of values[facet.key]) counts[facet.key][value] = (counts[facet.key][value] || 0) + count;
    }
  });
  return counts;
}
