/*
 * The search box's words as a lunr query. Every word is searched as the index holds it (lunr.nl's trimmer, stop
 * word filter and stemmer, as at indexing time); the word being typed also as a prefix; +word must occur, -word
 * must not; other special characters are ignored, so no input can break a query. When nothing matches, the page
 * asks again with a typo allowance (fuzzy terms): edit distance 1, or 2 for words longer than 7 letters.
 */

import { foldDiacritics } from './diacritics.js';

/** Removes accents as the index's own folding does: "financiële" → "financiele", "Ærø" → "AEro". */
export function fold(text) {
  return foldDiacritics(text);
}

/**
 * Splits input into [{word, presence}] as lunr's tokenizer would split it (at spaces and hyphens); a leading + or -
 * gives the word (all parts of a hyphenated word) lunr.Query.presence REQUIRED or PROHIBITED.
 */
export function parseWords(lunr, text) {
  const { presence } = lunr.Query;
  return text.toLowerCase().split(/\s+/).flatMap((raw) => {
    const wanted = raw.charAt(0) === '+' ? presence.REQUIRED : raw.charAt(0) === '-' ? presence.PROHIBITED : presence.OPTIONAL;
    return raw.split('-').map((part) => ({
      word: part.replace(/[^0-9a-z\u00c0-\u024f']/g, '').replace(/^'+|'+$/g, ''),
      presence: wanted,
    }));
  }).filter((w) => w.word.length > 0);
}

/** A memoized function word → index term (null for a stop word), with lunr.nl's indexing pipeline. */
export function createStemmer(lunr) {
  const stems = new Map();
  return (word) => {
    if (!stems.has(word)) {
      let token = lunr.nl.trimmer(new lunr.Token(word, {}));
      token = token && new lunr.Token(foldDiacritics(token.toString()), {});
      token = token && lunr.nl.stopWordFilter(token);
      const stemmed = token && lunr.nl.stemmer(token);
      stems.set(word, stemmed ? stemmed.toString() : null);
    }
    return stems.get(word);
  };
}

/**
 * The lunr query builder for `words`: each word's term boosted 10; while `typing`, the last word (unless excluded)
 * also as a prefix of at least `minimumPrefix` letters; with `fuzzy`, each term of more than 3 letters also with
 * a typo allowance.
 */
export function queryFor(lunr, stem, words, { typing = false, fuzzy = false, minimumPrefix = 2 } = {}) {
  const { presence, wildcard } = lunr.Query;
  return (q) => {
    words.forEach((w, i) => {
      const term = stem(w.word);
      const prefix = typing && i === words.length - 1 && w.presence !== presence.PROHIBITED;
      if (term) {
        q.term(term, { usePipeline: false, presence: prefix ? presence.OPTIONAL : w.presence, boost: 10 });
        if (fuzzy && term.length > 3) {
          q.term(term, { usePipeline: false, editDistance: term.length > 7 ? 2 : 1, presence: presence.OPTIONAL });
        }
      }
      if (prefix && fold(w.word).length >= minimumPrefix) {
        q.term(fold(w.word), { usePipeline: false, wildcard: wildcard.TRAILING, presence: presence.OPTIONAL });
      }
    });
  };
}

/** Splits `text` into [{text, hit}] parts: words that `isHit(word)` marks, and everything between. */
export function highlightParts(text, isHit) {
  return text.split(/([0-9A-Za-z\u00c0-\u024f']+)/)
    .map((part, i) => ({ text: part, hit: i % 2 === 1 && isHit(part) }))
    .filter((part) => part.text.length > 0);
}
