/*
 * The filter panel's "Filters" button: on a phone the panel is closed until the reader opens it, so the results come
 * first; on a wide screen it is a sidebar that is always open and the button is not shown (the stylesheet decides,
 * at the same 56rem as the sidebar layout). The button carries the number of ticked filters: "Filters (2)".
 */
import { countSuffix } from './active-filters.js';

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
