/*
 * The search box's clauses (query-grammar.js) as a lunr query. Every word is searched as the index holds it (lunr.nl's
 * trimmer, our diacritic folding, lunr.nl's stop word filter and stemmer, as at indexing time), boosted 10; the
 * query's last word, while it is not yet a word of the index, also as the beginning of longer words, however the
 * query arrived (typed, Enter, link, Back), unless it is excluded, quoted, a stop word or shorter than the minimum;
 * the synonyms of the editors' list (synonyms.js) are searched as well, and the page says so.
 */

import { foldDiacritics } from './diacritics.js';
import { PRESENCE, parseQuery, queryWords } from './query-grammar.js';

/** A prefix of one or two letters reaches a large part of the vocabulary; the last word is a prefix from three. */
export const MINIMUM_PREFIX = 3;

/** Removes accents as the index's own folding does: "financiële" → "financiele", "Ærø" → "AEro". */
export function fold(text) {
  return foldDiacritics(text);
}

/** A memoized function word → index term (null for a stop word), with lunr.nl's indexing pipeline. */
export function createStemmer(lunr) {
  const stems = new Map();
  return (word) => {
    if (!stems.has(word)) {
      let token = lunr.nl.trimmer(new lunr.Token(word.toLowerCase(), {}));
      token = token && new lunr.Token(foldDiacritics(token.toString()), {});
      token = token && token.toString() !== '' && lunr.nl.stopWordFilter(token);
      const stemmed = token && lunr.nl.stemmer(token);
      stems.set(word, stemmed && stemmed.toString() !== '' ? stemmed.toString() : null);
    }
    return stems.get(word);
  };
}

function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a.charAt(n) === b.charAt(n)) n++;
  return a.slice(0, n);
}

/**
 * What the query text asks for: {
 *   words: [{ text, start, end, presence, quoted, last, term (null: a stop word), prefix (null: none) }],
 *   synonyms: [{ words: [indexes into words], also: [editors' spelling], terms: [index terms] }],
 *   meaningful: whether a word that is not excluded has a term (else the query cannot find anything sensible)
 * }. The last word is a prefix only while it is not a word of the index (`indexed(term)`: "ventil", "thuisz"),
 * so a finished word is searched as itself ("tekort" ranks "lerarentekort" first, not "tekortvakken"), the same
 * typed or linked. The prefix is the longest common start of the folded word and its term, so that it also covers
 * the term itself: a required last word is then one clause, "this word or a longer one".
 */
export function planQuery(text, { stem, synonyms = null, minimumPrefix = MINIMUM_PREFIX, indexed = () => false }) {
  const words = queryWords(parseQuery(text)).map((word) => {
    const term = stem(word.text);
    const folded = fold(word.text.toLowerCase());
    let prefix = null;
    if (word.last && !word.quoted && word.presence !== PRESENCE.PROHIBITED && term !== null && folded.length >= minimumPrefix && !indexed(term)) {
      prefix = commonPrefix(folded, term);
      if (prefix.length < minimumPrefix) prefix = null;
    }
    return { ...word, term, prefix };
  });

  const found = [];
  if (synonyms) {
    const searched = new Set(words.map((w) => w.term));
    for (const match of synonyms.expand(words.map((w) => w.text))) {
      const indexes = [];
      for (let i = match.start; i < match.end; i++) indexes.push(i);
      if (indexes.some((i) => words[i].presence === PRESENCE.PROHIBITED)) continue;
      const terms = [...new Set(match.alternatives.flat().map(stem).filter((t) => t !== null && !searched.has(t)))];
      found.push({ words: indexes, also: match.also, terms });
    }
  }

  const meaningful = words.some((w) => w.presence !== PRESENCE.PROHIBITED && w.term !== null);
  return { words, synonyms: found, meaningful };
}

/**
 * The lunr query builder for a plan, or for the plan's words `only` (indexes; optional then): each term boosted 10,
 * the prefix boosted 1 (so completions never outrank the word itself), synonyms boosted 10 and optional.
 */
export function queryFor(lunr, plan, only = null) {
  const { presence: lunrPresence, wildcard } = lunr.Query;
  const presenceOf = (word) => (only ? lunrPresence.OPTIONAL
    : word.presence === PRESENCE.REQUIRED ? lunrPresence.REQUIRED
      : word.presence === PRESENCE.PROHIBITED ? lunrPresence.PROHIBITED : lunrPresence.OPTIONAL);
  const included = (i) => only === null || only.includes(i);
  return (q) => {
    plan.words.forEach((word, i) => {
      if (word.term === null || !included(i)) return;
      const presence = presenceOf(word);
      if (word.prefix !== null) {
        // The prefix clause covers the term too, so it carries the requirement.
        q.term(word.term, { usePipeline: false, boost: 10, presence: presence === lunrPresence.REQUIRED ? lunrPresence.OPTIONAL : presence });
        q.term(word.prefix, { usePipeline: false, wildcard: wildcard.TRAILING, boost: 1, presence });
      } else {
        q.term(word.term, { usePipeline: false, boost: 10, presence });
      }
    });
    for (const synonym of plan.synonyms) {
      if (!synonym.words.some(included)) continue;
      for (const term of synonym.terms) q.term(term, { usePipeline: false, boost: 10, presence: lunrPresence.OPTIONAL });
    }
  };
}

/**
 * For each word of the plan that is searched (not excluded, not a stop word): whether lunr's results matched it,
 * by its term, its prefix or one of its synonyms. `matchedTerms` is the set of terms in the results' matchData.
 */
export function wordsMatched(plan, matchedTerms) {
  const matched = new Map();
  plan.words.forEach((word, i) => {
    if (word.term === null || word.presence === PRESENCE.PROHIBITED) return;
    let hit = matchedTerms.has(word.term);
    if (!hit && word.prefix !== null) for (const term of matchedTerms) if (term.startsWith(word.prefix)) { hit = true; break; }
    if (!hit) hit = plan.synonyms.some((s) => s.words.includes(i) && s.terms.some((t) => matchedTerms.has(t)));
    matched.set(i, hit);
  });
  return matched;
}

/** The terms lunr matched in `results` (lunr.Index#query's results). */
export function termsOf(results) {
  const terms = new Set();
  for (const result of results) for (const term of Object.keys(result.matchData.metadata)) terms.add(term);
  return terms;
}

/** isHit(word) for highlighting: a word of the text matches when its term or start is one the plan searched. */
export function hitTest(plan, stem) {
  const terms = new Set();
  const prefixes = [];
  plan.words.forEach((word) => {
    if (word.term === null || word.presence === PRESENCE.PROHIBITED) return;
    terms.add(word.term);
    if (word.prefix !== null) prefixes.push(word.prefix);
  });
  for (const synonym of plan.synonyms) for (const term of synonym.terms) terms.add(term);
  return (word) => {
    const term = stem(word);
    if (term !== null && terms.has(term)) return true;
    const folded = fold(word.toLowerCase());
    return prefixes.some((prefix) => folded.startsWith(prefix));
  };
}

/** Splits `text` into [{text, hit}] parts: words (as the query language splits them) that `isHit(word)` marks, and everything between. */
export function highlightParts(text, isHit) {
  return text.split(/([\p{L}\p{M}\p{N}]+)/u)
    .map((part, i) => ({ text: part, hit: i % 2 === 1 && isHit(part) }))
    .filter((part) => part.text.length > 0);
}
