/*
 * The search page's layout around the results, in one place for page.js: the results area and its heading
 * "Zoekresultaten (N)" (shown only while there is a query or a filter, so a page without either, or without
 * JavaScript, shows no empty "Filters" or "Zoekresultaten"; search-early.js sets its class on <html> before the first
 * paint when the URL already has a query), the "Filters" button and panel (on a phone the panel is closed until the
 * reader opens it, so the results come first; on a wide screen it is a sidebar that is always open and the button is
 * not shown: the stylesheet decides, at the same 56rem as the sidebar layout), and the row of active filters above
 * the results: a chip per ticked value that takes it away again, and "Alle filters wissen". page.js tells it what a
 * search left (show) and when the reader submitted one (searched); it tells page.js when a chip or "Alle filters
 * wissen" takes filters away.
 */
import { FACETS } from './facets.js';

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

// The filters a reader has ticked, as the page names them: one entry per chosen value, in the panel's order (facet by
// facet, values in the manifest's order), with the facet's name and the value's label. The chips, the count on the
// "Filters" button and "Alle filters wissen" all read this one list.

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

/**
 * Wires `button` (aria-expanded, aria-controls the panel) and the panel's `done` button, which closes the panel and
 * hands focus to `resultsHeading`. Returns showCount(n) for the number on the button.
 */
export function createFilterPanel({ button, count, done, resultsHeading }) {
  const setOpen = (open) => button.setAttribute('aria-expanded', String(open));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    // The opened panel scrolls within itself; with the button at the top of the screen the results below it stay
    // in view, so ticking a box visibly changes them.
    if (open) button.scrollIntoView({ block: 'start' });
  });
  done.addEventListener('click', () => {
    setOpen(false);
    resultsHeading.focus();
  });
  return {
    showCount(n) {
      count.textContent = countSuffix(n);
    },
  };
}

/**
 * Draws `active` (from activeFilters) into `container`; `onRemove(filter)` and `onClear()` are called on a press.
 * Focus is kept in the row after a press: on the next chip, or on the results heading `fallback` when none is left.
 */
export function drawChips(container, active, { onRemove, onClear, fallback }) {
  const hadFocus = container.contains(document.activeElement);
  const focusedIndex = hadFocus ? [...container.querySelectorAll('button')].indexOf(document.activeElement) : -1;
  container.textContent = '';
  container.hidden = active.length === 0;
  if (active.length === 0) {
    if (hadFocus && fallback) fallback.focus();
    return;
  }
  const heading = document.createElement('p');
  heading.className = 'active-filters-label';
  heading.id = 'kb-actieve-filters-kop';
  heading.textContent = 'Gekozen filters:';
  const list = document.createElement('ul');
  list.className = 'filter-chips';
  list.setAttribute('aria-labelledby', heading.id);
  for (const filter of active) {
    const item = document.createElement('li');
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'filter-chip';
    chip.setAttribute('aria-label', `Filter ${filter.facet}: ${filter.label} weghalen`);
    const facet = document.createElement('span');
    facet.className = 'filter-chip-facet';
    facet.textContent = `${filter.facet}: `;
    const cross = document.createElement('span');
    cross.className = 'filter-chip-cross';
    cross.setAttribute('aria-hidden', 'true');
    cross.textContent = '×';
    chip.append(facet, filter.label, cross);
    chip.addEventListener('click', () => onRemove(filter));
    item.appendChild(chip);
    list.appendChild(item);
  }
  container.append(heading, list);
  {
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'clear-filters';
    clear.textContent = 'Alle filters wissen';
    clear.addEventListener('click', onClear);
    container.appendChild(clear);
  }
  if (hadFocus) {
    const buttons = container.querySelectorAll('button');
    buttons[Math.min(Math.max(focusedIndex, 0), buttons.length - 1)].focus();
  }
}
