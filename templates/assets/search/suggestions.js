/*
 * "Bedoelde je …?": a correction for a query word that matches nothing, from the index's own vocabulary. lunr's
 * fuzzy term (editDistance) over the sharded index finds the candidates (the vocabulary/ lists of the lengths it can
 * reach, then their shards); this module judges them. A correction is only offered when it is close:
 *  - never for words of 3 letters or fewer ("mr", "lob", "ihp" are abbreviations, not typos), nor to such a word
 *    ("west" is not corrected to "wet");
 *  - at most 1 edit (insertion, deletion, substitution or swap of two neighbours) for words up to 7 letters,
 *    2 for longer ones: "pestprotocl" → "pestprotocol", "thuiszittters" → "thuiszitters";
 *  - never a different first letter: people rarely mistype the first letter, and a changed first letter is what
 *    turns "noord" into "hoord" or "woord", a different word rather than a typo.
 * Among the acceptable candidates the fewest edits win, then the word found in more articles, then the alphabet.
 */

/** The edits allowed to correct `term`, or 0 when it is too short to correct. */
export function allowedEdits(term) {
  if (term.length <= 3) return 0;
  return term.length <= 7 ? 1 : 2;
}

/** Edit distance with swaps of neighbours (optimal string alignment), over UTF-16 code units as lunr counts. */
export function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i].push(j);
        continue;
      }
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i].push(best);
    }
  }
  return rows[a.length][b.length];
}

/** The lunr query builder that asks the index for the terms near `term` (lunr's own fuzzy matching). */
export function nearbyQuery(term) {
  return (q) => q.term(term, { usePipeline: false, editDistance: allowedEdits(term) });
}

/** term → number of articles, over lunr results (their matchData names the terms each article matched). */
export function articlesPerTerm(results) {
  const counts = new Map();
  for (const result of results) {
    for (const term of Object.keys(result.matchData.metadata)) counts.set(term, (counts.get(term) || 0) + 1);
  }
  return counts;
}

/** The best correction of `term` among `candidates` (term → number of articles), or null when none is close. */
export function bestCorrection(term, candidates) {
  const allowed = allowedEdits(term);
  if (allowed === 0) return null;
  let best = null;
  for (const [candidate, articles] of candidates) {
    if (candidate === term || candidate.length <= 3 || candidate.charAt(0) !== term.charAt(0)) continue;
    const distance = editDistance(term, candidate);
    if (distance > allowed) continue;
    const better = best === null || distance < best.distance
      || (distance === best.distance && (articles > best.articles || (articles === best.articles && candidate < best.term)));
    if (better) best = { term: candidate, distance, articles };
  }
  return best && best.term;
}

/**
 * The word to put in the corrected query for index term `correction`, given the typed `word` (its term `term`):
 * the correction with the ending the stemmer took from the word ("thuiszittters" → "thuiszitters"), else `seen`
 * (how the articles spell it: "kantien" → "kantine", not the term "kantin"), else the correction itself; the first
 * that the stemmer turns back into `correction`. Null when none does (then the page suggests nothing rather than a
 * word that would search for something else).
 */
export function correctedWord(word, term, correction, { stem, fold, seen = null }) {
  const folded = fold(word.toLowerCase());
  const candidates = [];
  if (folded.startsWith(term) && folded.length > term.length) candidates.push(correction + folded.slice(term.length));
  if (seen) candidates.push(seen);
  candidates.push(correction);
  return candidates.find((candidate) => stem(candidate) === correction) || null;
}

/**
 * How `texts` spell a word whose term is `term`: of their spellings, the one closest to the `typed` word, then the most
 * frequent ("mentro" → "mentor" rather than "mentoren"); null when there is none.
 */
export function spellingIn(texts, term, { stem, words, typed = '' }) {
  const counts = new Map();
  for (const text of texts) {
    for (const { text: found } of words(text)) {
      const lower = found.toLowerCase();
      if (stem(lower) === term) counts.set(lower, (counts.get(lower) || 0) + 1);
    }
  }
  const target = typed.toLowerCase();
  const ranked = [...counts].map(([spelling, count]) => ({ spelling, count, distance: target ? editDistance(spelling, target) : 0 }))
    .sort((a, b) => a.distance - b.distance || b.count - a.count || (a.spelling < b.spelling ? -1 : 1));
  return ranked.length > 0 ? ranked[0].spelling : null;
}
