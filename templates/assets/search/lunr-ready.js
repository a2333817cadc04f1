/*
 * lunr on the search page: loaded, and prepared before it loads any index.
 *
 * Loaded (loadLunr, with parsed: what the page's modules wait for before they start). The modules are `async`, so
 * they run as soon as they are in, not after the whole page has been parsed and every deferred script has run (which
 * on a slow phone is long after the manifest and lunr are in). lunr and lunr-languages are classic scripts: the head
 * preloads them (<link rel="preload" as="script">, in the order they must run), and the first module that needs lunr
 * adds them to the page as ordered dynamic scripts, which run as soon as they are in, independent of the parser.
 *
 * Prepared (prepareLunr), the one place for it: every pipeline function the index names (its search pipeline, from
 * the manifest) must be registered with lunr by then. lunr.nl registers its own functions when its script runs; a
 * function of our own is registered here, in this function, and nowhere else. The tokenizer splits words as the index
 * was split (query-grammar.js SEPARATOR: anything not a letter, mark or digit), lunr's documented
 * lunr.tokenizer.separator setting.
 */

import { registerDiacriticFolding } from './diacritics.js';
import { SEPARATOR } from './query-grammar.js';

/** Registers the page's own pipeline functions and checks that the index's pipeline can be loaded. */
export function prepareLunr(lunr, pipelineLabels) {
  lunr.tokenizer.separator = SEPARATOR;
  registerDiacriticFolding(lunr);
  const missing = pipelineLabels.filter((label) => !(label in lunr.Pipeline.registeredFunctions));
  if (missing.length > 0) throw new Error(`lunr has no pipeline function ${missing.join(', ')}`);
  return lunr;
}

let lunrLoading = null;

/** Resolves once `document` has been parsed (the elements of the page are there). */
export function parsed(document = globalThis.document) {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('readystatechange', resolve, { once: true });
  });
}

/**
 * Resolves to the global lunr, with every script preloaded in `document`'s head (lunr, its stemmer support and
 * lunr.nl) run in that order; each script is added once per page (a script cannot be taken back: after a failure the
 * page stays without lunr until it is opened again). Rejects when one cannot be loaded.
 */
export function loadLunr(document = globalThis.document, global = globalThis) {
  if (!lunrLoading) {
    const urls = [...document.querySelectorAll('link[rel="preload"][as="script"]')].map((link) => link.href);
    lunrLoading = Promise.all(urls.map((url) => new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      // Dynamic scripts run in the order they were added when none is async.
      script.async = false;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${url} kon niet worden geladen`));
      document.head.appendChild(script);
    }))).then(() => {
      if (!global.lunr) throw new Error('lunr is not there after its scripts ran');
      return global.lunr;
    });
  }
  return lunrLoading;
}
