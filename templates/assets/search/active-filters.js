/*
 * The filters a reader has ticked, as the page names them: one entry per chosen value, in the panel's order
 * (facet by facet, values in the manifest's order), with the facet's name and the value's label. The chips, the
 * count on the "Filters" button and "Alle filters wissen" all read this one list.
 */
import { FACETS } from './facets.js';

/** [{key, param, value, facet: 'Thema', label: 'Passend onderwijs'}] for `selected` (facet key → Set of values). */
export function activeFilters(selected, labels) {
  const active = [];
  for (const facet of FACETS) {
    const chosen = selected[facet.key];
    if (!chosen || chosen.size === 0) continue;
    const known = Object.keys(labels[facet.key] || {});
    const ordered = [...known.filter((value) => chosen.has(value)), ...[...chosen].filter((value) => !known.includes(value)).sort()];
    for (const value of ordered) {
      active.push({ key: facet.key, param: facet.param, value, facet: facet.legend, label: (labels[facet.key] || {})[value] || value });
    }
  }
  return active;
}

/** " (2)" after "Filters" when two are ticked, nothing when none. */
export function countSuffix(count) {
  return count > 0 ? ` (${count})` : '';
}
