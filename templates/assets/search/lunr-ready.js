/*
 * The one place where the search page prepares lunr before it loads any index: every pipeline function the index
 * names (its search pipeline, from the manifest) must be registered with lunr by then. lunr.nl registers its own
 * functions when its script runs; a function of our own is registered here, in this function, and nowhere else.
 * The tokenizer splits words as the index was split (query-grammar.js SEPARATOR: anything not a letter, mark or
 * digit), lunr's documented lunr.tokenizer.separator setting.
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
