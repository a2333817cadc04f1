/*
 * The row of active filters above the results: a chip per ticked value that takes it away again, and "Alle filters
 * wissen". Each chip is a button whose name says what pressing it does.
 */

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
