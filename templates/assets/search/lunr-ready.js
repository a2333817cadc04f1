/*
 * The one place where the search page prepares lunr before it loads any index: every pipeline function the index
 * names (its search pipeline, from the manifest) must be registered with lunr by then. lunr.nl registers its own
 * functions when its script runs; a function of our own is registered here, in this function, and nowhere else.
 */

import { registerDiacriticFolding } from './diacritics.js';

/** Registers the page's own pipeline functions and checks that the index's pipeline can be loaded. */
export function prepareLunr(lunr, pipelineLabels) {
  registerDiacriticFolding(lunr);
  const missing = pipelineLabels.filter((label) => !(label in lunr.Pipeline.registeredFunctions));
  if (missing.length > 0) throw new Error(`lunr has no pipeline function ${missing.join(', ')}`);
  return lunr;
}
