/*
 * The filter panel: a fieldset of checkboxes per facet (labels from the manifest), each with the number of
 * matching articles it would leave. A box that would leave nothing is hidden unless it is ticked (so it can be
 * unticked), and a facet with no box left is hidden whole: on a phone every line counts.
 */
import { FACETS } from './facets.js';

/** Draws the boxes into `container`; `onChange(facetKey, value, checked)` is called when the reader ticks one. */
export function drawFilters(container, labels, onChange) {
  container.textContent = '';
  for (const facet of FACETS) {
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.facet = facet.param;
    const legend = document.createElement('legend');
    legend.textContent = facet.legend;
    fieldset.appendChild(legend);
    for (const value of Object.keys(labels[facet.key])) {
      const id = `kb-filter-${facet.param}-${value}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = facet.param;
      box.value = value;
      box.addEventListener('change', () => onChange(facet.key, value, box.checked));
      const text = document.createElement('span');
      text.textContent = labels[facet.key][value];
      const count = document.createElement('span');
      count.className = 'facet-count';
      label.append(box, text, count);
      fieldset.appendChild(label);
    }
    container.appendChild(fieldset);
  }
}

/** Shows `counts` (facet key → value → number) and the selection (facet key → Set of values). */
export function showCounts(container, counts, selected) {
  for (const facet of FACETS) {
    let offered = 0;
    for (const box of container.querySelectorAll(`input[name="${facet.param}"]`)) {
      const n = counts[facet.key][box.value] || 0;
      box.checked = selected[facet.key].has(box.value);
      box.parentNode.querySelector('.facet-count').textContent = `(${n})`;
      box.parentNode.hidden = n === 0 && !box.checked;
      if (!box.parentNode.hidden) offered++;
    }
    const fieldset = container.querySelector(`fieldset[data-facet="${facet.param}"]`);
    if (fieldset) fieldset.hidden = offered === 0;
  }
}
