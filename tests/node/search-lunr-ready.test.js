// How the search page's async modules wait for the page and for lunr (lunr-ready.js), on a small stand-in for the
// document: lunr's scripts are added in the order the head preloads them, each once, as ordered dynamic scripts.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const PRELOADED = ['/assets/vendor/lunr/lunr.min.js', '/assets/vendor/lunr/lunr.stemmer.support.min.js', '/assets/vendor/lunr/lunr.nl.min.js'];

/** A document whose head preloads `urls` as scripts; `added` lists the scripts the module adds, in order. */
function fakeDocument(urls, readyState = 'complete') {
  const added = [];
  const listeners = [];
  return {
    added,
    readyState,
    querySelectorAll(selector) {
      assert.equal(selector, 'link[rel="preload"][as="script"]');
      return urls.map((href) => ({ href }));
    },
    createElement(tag) {
      assert.equal(tag, 'script');
      return { tagName: 'SCRIPT' };
    },
    head: { appendChild: (element) => added.push(element) },
    addEventListener(type, listener, options) {
      assert.equal(type, 'readystatechange');
      assert.deepEqual(options, { once: true });
      listeners.push(listener);
    },
    becomeInteractive() {
      this.readyState = 'interactive';
      for (const listener of listeners.splice(0)) listener();
    },
  };
}

// A fresh copy of the module per test: it adds lunr's scripts once per page.
const freshModule = () => import(`../../templates/assets/search/lunr-ready.js?copy=${Math.random()}`);

test('lunr\'s preloaded scripts are added in their order, not async, and lunr is there once all have run', async () => {
  const { loadLunr } = await freshModule();
  const document = fakeDocument(PRELOADED);
  const global = {};
  const loading = loadLunr(document, global);

  assert.deepEqual(document.added.map((script) => script.src), PRELOADED);
  assert.ok(document.added.every((script) => script.async === false));
  let resolved = false;
  loading.then(() => { resolved = true; });
  document.added[0].onload();
  document.added[2].onload();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(resolved, false, 'resolved before lunr.stemmer.support ran');

  global.lunr = { nl: {} };
  document.added[1].onload();
  assert.equal(await loading, global.lunr);
});

test('every module that asks gets the same lunr, and the scripts are added once', async () => {
  const { loadLunr } = await freshModule();
  const document = fakeDocument(PRELOADED);
  const global = { };
  const first = loadLunr(document, global);
  const second = loadLunr(document, global);
  assert.equal(first, second);
  assert.equal(document.added.length, 3);
  global.lunr = { nl: {} };
  for (const script of document.added) script.onload();
  assert.equal(await second, global.lunr);
});

test('a script that cannot be loaded rejects, naming it', async () => {
  const { loadLunr } = await freshModule();
  const document = fakeDocument(PRELOADED);
  const loading = loadLunr(document, {});
  document.added[0].onload();
  document.added[1].onerror();
  await assert.rejects(loading, /lunr\.stemmer\.support\.min\.js/);
});

test('parsed waits for the document to become interactive, and not when it already is', async () => {
  const { parsed } = await freshModule();
  const loading = fakeDocument([], 'loading');
  let done = false;
  const waiting = parsed(loading).then(() => { done = true; });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(done, false);
  loading.becomeInteractive();
  await waiting;
  assert.equal(done, true);

  await parsed(fakeDocument([], 'interactive'));
});
