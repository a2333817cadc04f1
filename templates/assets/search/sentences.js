/*
 * Dutch text cut into sentences, for the excerpt of a search result. A sentence ends at ".", "!", "?" or "…" (and any
 * closing quotes or brackets) followed by white space and a capital, a digit or an opening quote — except after the
 * abbreviations Dutch writers put before a name or a number ("dr. Jansen", "art. 8", "nr. 12", "J. de Vries").
 */

const ABBREVIATIONS = new Set([
  'art', 'blz', 'ca', 'dhr', 'dr', 'drs', 'ds', 'hfd', 'ing', 'ir', 'jl', 'jr', 'mevr', 'mr', 'mw', 'nr', 'pag', 'prof',
  'sr', 'st', 'vgl',
]);
const END = /[.!?…]+["'”’»)\]]*\s+(?=["'“‘«(]?[\p{Lu}\p{N}])/gu;

/** The sentences of one block of text (a paragraph, a list item, a heading), trimmed, white space collapsed. */
export function splitSentences(text) {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return [];
  const sentences = [];
  let start = 0;
  for (const match of clean.matchAll(END)) {
    const before = clean.slice(start, match.index);
    const lastWord = (before.match(/([\p{L}]+)$/u) || ['', ''])[1];
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(lastWord)) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push(clean.slice(start, end));
    start = match.index + match[0].length;
  }
  if (start < clean.length) sentences.push(clean.slice(start));
  return sentences;
}

function isAbbreviation(word) {
  // One letter is an initial ("J. de Vries") or part of "o.a." / "d.w.z."; a known abbreviation keeps its name.
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}
