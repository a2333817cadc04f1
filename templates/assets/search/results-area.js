/*
 * The results area of the search page: shown only while there is a query or a filter (so a page without either, or
 * without JavaScript, shows no empty "Filters" or "Zoekresultaten"), and headed "Zoekresultaten (N)". The class on
 * <html> is the one search-early.js sets before the first paint when the URL already has a query.
 */

/** " (12)" after "Zoekresultaten". */
export function resultCountSuffix(total) {
  return ` (${total})`;
}

export function createResultsArea({ html, heading, count }) {
  return {
    /** `active`: a query or a filter is in force; `total`: the number of articles it leaves (null: unknown). */
    show(active, total) {
      html.classList.toggle('kb-zoekt', active);
      html.classList.remove('kb-filtert', 'kb-laadt');
      count.textContent = active && total !== null ? resultCountSuffix(total) : '';
    },
    /** After a search the reader submitted, focus goes to the heading, so the next Tab reaches the results. */
    focusHeading() {
      heading.focus();
    },
  };
}
