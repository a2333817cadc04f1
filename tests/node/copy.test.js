// The embed code's copy button (templates/assets/copy.js) with a small stand-in for the page and the clipboard.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const modulePath = pathToFileURL(path.join(__dirname, '..', '..', 'templates', 'assets', 'copy.js')).href;

function page() {
  const status = { textContent: '' };
  const source = { value: '<iframe src="x"></iframe>', focused: false, selected: false, focus() { this.focused = true; }, select() { this.selected = true; } };
  const listeners = {};
  const button = {
    hidden: true,
    dataset: { copy: 'kb-embed-code' },
    parentElement: { querySelector: selector => (selector === '[role="status"]' ? status : null) },
    addEventListener: (type, listener) => { listeners[type] = listener; },
  };
  const root = {
    querySelectorAll: selector => (selector === 'button[data-copy]' ? [button] : []),
    getElementById: id => (id === 'kb-embed-code' ? source : null),
  };
  return { root, button, source, status, click: () => listeners.click() };
}

test('the button appears and copies the code, saying so', async () => {
  const { enableCopyButtons } = await import(modulePath);
  const p = page();
  const written = [];
  assert.strictEqual(enableCopyButtons(p.root, { writeText: async text => { written.push(text); } }), 1);
  assert.strictEqual(p.button.hidden, false);
  await p.click();
  assert.deepStrictEqual(written, ['<iframe src="x"></iframe>']);
  assert.strictEqual(p.status.textContent, 'De code is gekopieerd.');
});

test('when the clipboard refuses, the code is selected for copying by hand', async () => {
  const { enableCopyButtons } = await import(modulePath);
  const p = page();
  enableCopyButtons(p.root, { writeText: async () => { throw new Error('not allowed'); } });
  await p.click();
  assert.ok(p.source.focused && p.source.selected);
  assert.match(p.status.textContent, /geselecteerd/);
});

test('a button naming no element stays hidden', async () => {
  const { enableCopyButtons } = await import(modulePath);
  const p = page();
  p.button.dataset.copy = 'bestaat-niet';
  enableCopyButtons(p.root, { writeText: async () => {} });
  assert.strictEqual(p.button.hidden, true);
});
