/*
 * Diacritic folding: the lunr pipeline function "foldDiacritics", which the index's pipelines (indexing and search)
 * run right after lunr.nl's trimmer, so "Wâldwei", "enquête", "coördinatie" and "Ærø" are indexed and searched as
 * "waldwei", "enquete", "coordinatie" and "aero". The page must register it before lunr.Index.load, since the index
 * names it in its search pipeline. The build (C#, Search/DiacriticFolding.cs) applies the same rule from a table
 * generated from this file; tests/node/diacritics.test.js holds the two equal over every UTF-16 code unit.
 *
 * The rule, per UTF-16 code unit:
 *  - a combining diacritical mark (U+0300-U+036F) is removed;
 *  - a letter whose canonical decomposition (NFD) is an ASCII letter followed only by such marks becomes that
 *    ASCII letter (à á â ã ä å ā ą ç č é è ê ë ī ï ñ ń ó ô õ ö ō ő ş š ú û ü ů ű ý ÿ ž ḁ ẽ ỳ … and capitals);
 *  - the Latin letters without such a decomposition in LETTERS below become their usual ASCII spelling
 *    (æ → ae, ø → o, œ → oe, ß → ss, ĳ → ij, ł → l, đ → d, þ → th, …);
 *  - everything else (ASCII, digits, other scripts: Greek, Cyrillic) is left as it is.
 */

/** The lunr label of the pipeline function. */
export const LABEL = 'foldDiacritics';

/** Latin letters that NFD leaves whole, with their ASCII spelling. */
export const LETTERS = Object.freeze({
  'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'ẞ': 'SS', 'ĳ': 'ij', 'Ĳ': 'IJ',
  'ł': 'l', 'Ł': 'L', 'ŀ': 'l', 'Ŀ': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H',
  'ı': 'i', 'ŧ': 't', 'Ŧ': 'T', 'þ': 'th', 'Þ': 'TH', 'ſ': 's',
});

const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const isMark = (code) => code >= 0x300 && code <= 0x36f;
const isAsciiLetter = (code) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const folded = new Map();

/** What one UTF-16 code unit folds to (itself when nothing applies). */
export function foldCodeUnit(unit) {
  const known = folded.get(unit);
  if (known !== undefined) return known;
  let result = unit;
  const code = unit.charCodeAt(0);
  if (isMark(code)) {
    result = '';
  } else if (Object.hasOwn(LETTERS, unit)) {
    result = LETTERS[unit];
  } else if (code >= 0x80 && (code < 0xd800 || code > 0xdfff)) {
    const decomposed = unit.normalize('NFD');
    let marksOnly = decomposed.length > 1 && isAsciiLetter(decomposed.charCodeAt(0));
    for (let i = 1; marksOnly && i < decomposed.length; i++) marksOnly = isMark(decomposed.charCodeAt(i));
    if (marksOnly) result = decomposed.charAt(0);
  }
  folded.set(unit, result);
  return result;
}

/** Folds the diacritics of a text; ASCII text is returned unchanged. */
export function foldDiacritics(text) {
  if (ASCII_ONLY.test(text)) return text;
  let result = '';
  for (let i = 0; i < text.length; i++) result += foldCodeUnit(text.charAt(i));
  return result;
}

/**
 * Registers "foldDiacritics" with lunr (once; later calls return the same function), so lunr.Index.load accepts
 * an index whose search pipeline names it. Returns the pipeline function.
 */
export function registerDiacriticFolding(lunr) {
  const registered = lunr.Pipeline.registeredFunctions[LABEL];
  if (registered) return registered;
  const fold = (token) => token.update((text) => foldDiacritics(text));
  lunr.Pipeline.registerFunction(fold, LABEL);
  return fold;
}

/**
 * A lunr plugin for building an index as `kennisbank build` does: after lunr.nl, the folding runs right after the
 * Dutch trimmer in both the indexing and the search pipeline. Use as `this.use(lunr.nl); this.use(foldingPlugin(lunr))`.
 */
export function foldingPlugin(lunr) {
  const fold = registerDiacriticFolding(lunr);
  return function (builder) {
    builder.pipeline.after(lunr.nl.trimmer, fold);
    builder.searchPipeline.after(lunr.nl.trimmer, fold);
  };
}
