/*
 * The search page's layout around the results, in one place for page.js: the results area and its heading
 * "Zoekresultaten (N)", the "Filters" button and panel, and the chips of the active filters. page.js tells it what
 * a search left (show) and when the reader submitted one (searched); it tells page.js when a chip or "Alle filters
 * wissen" takes filters away.
 */
import { activeFilters } from './active-filters.js';
import { drawChips } from './filter-chips.js';
import { createFilterPanel } from './filter-panel.js';
import { createResultsArea } from './results-area.js';

/** `onRemove(filter)` takes one filter away, `onClear()` all of them; both should search again. */
export function createSearchLayout(document, { onRemove, onClear }) {
  const byId = (id) => document.getElementById(id);
  const heading = byId('kb-resultaten-kop');
  const done = byId('kb-filters-klaar');
  const area = createResultsArea({ html: document.documentElement, heading, count: byId('kb-resultaten-aantal') });
  const panel = createFilterPanel({ button: byId('kb-filters-knop'), count: byId('kb-filters-aantal'), done, resultsHeading: heading });
  const chips = byId('kb-actieve-filters');

  return {
    /** After each search: whether a query or filter is in force, how many articles are left, and the selection. */
    show(active, total, selected, labels) {
      const filters = activeFilters(selected, labels);
      area.show(active, total);
      panel.showCount(filters.length);
      done.textContent = total === 0 ? 'Sluit de filters' : total === 1 ? 'Toon 1 resultaat' : `Toon ${total} resultaten`;
      drawChips(chips, filters, { onRemove, onClear, fallback: heading });
    },
    /** The index could not be loaded: the results area shows, so the status line can say so. */
    failed() {
      area.show(true, null);
    },
    /** The reader submitted a search (Enter or the button): focus moves to the results heading. */
    searched() {
      area.focusHeading();
    },
  };
}
