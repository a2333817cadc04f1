// The search page's layout modules: the active filters, their chips, the "Filters" button, the results heading and
// the (0) options of the panel, on a small stand-in for the page's elements.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { activeFilters, countSuffix } from '../../templates/assets/search/search-layout.js';
import { FACETS } from '../../templates/assets/search/facets.js';

const labels = {
  theme: { burgerschap: 'Burgerschap', huisvesting: 'Huisvesting' },
  type: { handreiking: 'Handreiking', praktijkvoorbeeld: 'Praktijkvoorbeeld' },
  school_types: { vmbo: 'Vmbo', havo: 'Havo' },
  region: { utrecht: 'Utrecht' },
};
const selection = (entries = {}) => Object.fromEntries(FACETS.map((f) => [f.key, new Set(entries[f.key] || [])]));

/** Just enough of the DOM for the modules under test: elements with children, attributes, classes and events. */
class FakeElement {
  constructor(tag, doc) {
    this.tagName = tag.toUpperCase();
    this.ownerDocument = doc;
    this.children = [];
    this.attributes = {};
    this.listeners = {};
    this.dataset = {};
    this.hidden = false;
    this.text = '';
    const classes = new Set();
    this.classList = {
      toggle: (name, on) => (on ? classes.add(name) : classes.delete(name)),
      add: (...names) => names.forEach((name) => classes.add(name)),
      remove: (...names) => names.forEach((name) => classes.delete(name)),
      contains: (name) => classes.has(name),
    };
  }
  get textContent() { return this.text + this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join(''); }
  set textContent(value) { this.text = value; this.children = []; }
  append(...nodes) { for (const n of nodes) this.appendChild(n); }
  appendChild(node) { if (typeof node !== 'string') node.parentNode = this; this.children.push(node); return node; }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
  addEventListener(type, listener) { this.listeners[type] = listener; }
  click() { this.listeners.click(); }
  focus() { this.ownerDocument.activeElement = this; }
  scrollIntoView() { this.scrolled = true; }
  contains(other) { return other === this || this.children.some((c) => typeof c !== 'string' && c.contains(other)); }
  descendants() { return this.children.filter((c) => typeof c !== 'string').flatMap((c) => [c, ...c.descendants()]); }
  querySelectorAll(tag) { return this.descendants().filter((e) => e.tagName === tag.toUpperCase()); }
}

function fakeDocument() {
  const doc = { activeElement: null, createElement: (tag) => new FakeElement(tag, doc) };
  doc.documentElement = new FakeElement('html', doc);
  return doc;
}

test('active filters come facet by facet in the panel order, with the facet name and the label', () => {
  const active = activeFilters(selection({ type: ['praktijkvoorbeeld'], theme: ['huisvesting', 'burgerschap'] }), labels);
  assert.deepEqual(active.map((f) => `${f.facet}: ${f.label}`), ['Thema: Burgerschap', 'Thema: Huisvesting', 'Soort: Praktijkvoorbeeld']);
  assert.deepEqual(active[2], { key: 'type', param: 'soort', value: 'praktijkvoorbeeld', facet: 'Soort', label: 'Praktijkvoorbeeld' });
  assert.deepEqual(activeFilters(selection(), labels), []);
});

test('a value the manifest does not know (an old link) is still shown, so it can be taken away', () => {
  const active = activeFilters(selection({ region: ['friesland'] }), labels);
  assert.deepEqual(active.map((f) => [f.value, f.label]), [['friesland', 'friesland']]);
});

test('the count after "Filters" only appears when something is ticked', () => {
  assert.equal(countSuffix(0), '');
  assert.equal(countSuffix(2), ' (2)');
});

test('chips name what they do, and take one filter or all away', async () => {
  globalThis.document = fakeDocument();
  const { drawChips } = await import('../../templates/assets/search/search-layout.js');
  const container = document.createElement('div');
  const heading = document.createElement('h2');
  const removed = [];
  let cleared = 0;
  const handlers = { onRemove: (f) => removed.push(f.value), onClear: () => { cleared++; }, fallback: heading };

  drawChips(container, activeFilters(selection({ theme: ['huisvesting'], type: ['handreiking'] }), labels), handlers);
  const buttons = container.querySelectorAll('button');
  assert.equal(container.hidden, false);
  assert.deepEqual(buttons.map((b) => b.getAttribute('aria-label') || b.textContent),
    ['Filter Thema: Huisvesting weghalen', 'Filter Soort: Handreiking weghalen', 'Alle filters wissen']);
  assert.equal(buttons[0].textContent, 'Thema: Huisvesting×');

  buttons[1].focus();
  buttons[1].click();
  buttons[2].click();
  assert.deepEqual(removed, ['handreiking']);
  assert.equal(cleared, 1);

  // Redrawn with one filter left, focus stays in the row; with none left it goes to the results heading.
  drawChips(container, activeFilters(selection({ theme: ['huisvesting'] }), labels), handlers);
  assert.equal(document.activeElement, container.querySelectorAll('button')[1]);
  drawChips(container, [], handlers);
  assert.equal(container.hidden, true);
  assert.equal(container.querySelectorAll('button').length, 0);
  assert.equal(document.activeElement, heading);
});

test('the Filters button opens and closes the panel, shows the count, and "done" closes it and focuses the results', async () => {
  globalThis.document = fakeDocument();
  const { createFilterPanel } = await import('../../templates/assets/search/search-layout.js');
  const [button, count, done, resultsHeading] = ['button', 'span', 'button', 'h2'].map((t) => document.createElement(t));
  button.setAttribute('aria-expanded', 'false');
  const panel = createFilterPanel({ button, count, done, resultsHeading });

  button.click();
  assert.equal(button.getAttribute('aria-expanded'), 'true');
  assert.equal(button.scrolled, true);
  panel.showCount(3);
  assert.equal(count.textContent, ' (3)');
  done.click();
  assert.equal(button.getAttribute('aria-expanded'), 'false');
  assert.equal(document.activeElement, resultsHeading);
  button.click();
  button.click();
  assert.equal(button.getAttribute('aria-expanded'), 'false');
});

test('the results area shows only with a query or a filter, headed with the number of articles', async () => {
  globalThis.document = fakeDocument();
  const { createResultsArea } = await import('../../templates/assets/search/search-layout.js');
  const html = document.documentElement;
  html.classList.add('kb-filtert');
  html.classList.add('kb-laadt');
  const [heading, count] = ['h2', 'span'].map((t) => document.createElement(t));
  const area = createResultsArea({ html, heading, count });

  area.show(true, 12);
  assert.equal(html.classList.contains('kb-zoekt'), true);
  assert.equal(html.classList.contains('kb-filtert'), false);
  assert.equal(html.classList.contains('kb-laadt'), false);
  assert.equal(count.textContent, ' (12)');
  area.show(false, 0);
  assert.equal(html.classList.contains('kb-zoekt'), false);
  assert.equal(count.textContent, '');
  area.show(true, null);
  assert.equal(html.classList.contains('kb-zoekt'), true);
  assert.equal(count.textContent, '');
  area.focusHeading();
  assert.equal(document.activeElement, heading);
});

test('options that would leave nothing are hidden unless ticked, and a facet without options is hidden whole', async () => {
  globalThis.document = fakeDocument();
  const { showCounts } = await import('../../templates/assets/search/filters-view.js');
  const fieldsets = {};
  const boxes = [];
  for (const facet of FACETS) {
    fieldsets[facet.param] = document.createElement('fieldset');
    for (const value of Object.keys(labels[facet.key])) {
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { name: facet.param, value, checked: false });
      const countText = document.createElement('span');
      label.append(box, countText);
      label.querySelector = () => countText;
      boxes.push(box);
    }
  }
  const container = {
    querySelectorAll: (selector) => boxes.filter((b) => selector === `input[name="${b.name}"]`),
    querySelector: (selector) => fieldsets[selector.match(/data-facet="([^"]+)"/)[1]],
  };
  const counts = { theme: { huisvesting: 4 }, type: { handreiking: 4 }, school_types: {}, region: {} };

  showCounts(container, counts, selection({ school_types: ['havo'] }));
  const shown = boxes.filter((b) => !b.parentNode.hidden).map((b) => `${b.name}=${b.value} ${b.parentNode.children[1].textContent}`);
  assert.deepEqual(shown, ['thema=huisvesting (4)', 'soort=handreiking (4)', 'schoolsoort=havo (0)']);
  assert.equal(fieldsets.schoolsoort.hidden, false);
  assert.equal(fieldsets.regio.hidden, true);
});

test('the layout wires them: heading count, button count, chips, the panel button text and focus after a search', async () => {
  globalThis.document = fakeDocument();
  const { createSearchLayout } = await import('../../templates/assets/search/search-layout.js');
  const ids = ['kb-resultaten-kop', 'kb-filters-klaar', 'kb-resultaten-aantal', 'kb-filters-knop', 'kb-filters-aantal', 'kb-actieve-filters'];
  const elements = Object.fromEntries(ids.map((id) => [id, document.createElement(id === 'kb-resultaten-kop' ? 'h2' : 'div')]));
  document.getElementById = (id) => elements[id];
  const removed = [];
  const layout = createSearchLayout(document, { onRemove: (f) => removed.push(f.value), onClear: () => {} });

  layout.show(true, 6, selection({ theme: ['huisvesting'], type: ['handreiking'] }), labels);
  assert.equal(elements['kb-resultaten-aantal'].textContent, ' (6)');
  assert.equal(elements['kb-filters-aantal'].textContent, ' (2)');
  assert.equal(elements['kb-filters-klaar'].textContent, 'Toon 6 resultaten');
  const chips = elements['kb-actieve-filters'].querySelectorAll('button');
  assert.equal(chips.length, 3);
  chips[0].click();
  assert.deepEqual(removed, ['huisvesting']);

  layout.show(true, 0, selection(), labels);
  assert.equal(elements['kb-filters-klaar'].textContent, 'Sluit de filters');
  assert.equal(elements['kb-filters-aantal'].textContent, '');
  assert.equal(elements['kb-actieve-filters'].hidden, true);
  layout.show(false, 0, selection(), labels);
  assert.equal(document.documentElement.classList.contains('kb-zoekt'), false);
  layout.failed();
  assert.equal(document.documentElement.classList.contains('kb-zoekt'), true);
  layout.searched();
  assert.equal(document.activeElement, elements['kb-resultaten-kop']);
});
