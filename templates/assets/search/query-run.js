/*
 * One search, from the text in the box to what the page shows: the plan (query-words.js), its ranking over the
 * sharded index (every match, and lunr's results for the best k: sharded-index.js rank), which words matched
 * nothing, and a correction for those ("Bedoelde je …?", suggestions.js).
 * A query without meaning (only stop words, or only excluded words) is not run at all: it would list everything.
 */

import { wordsIn } from './query-grammar.js';
import { fold, planQuery, queryFor, wordsMatched } from './query-words.js';

// How many articles' titles and summaries are read to learn how a correction is spelled.
const SPELLING_ARTICLES = 3;

/**
 * Runs `text` on `index` (sharded-index.js); `documents(refs)` resolves to the refs' {title, summary} (shard-store.js documentsFor),
 * read only to spell a correction as the articles do. Resolves to { plan, ranking (sharded-index.js rank; null when
 * nothing was run), unmatched (indexes of plan words that match nothing), correction (null or { text, parts:
 * [{ text, corrected }] }) }.
 */
export async function runQuery({ lunr, index, stem, synonyms, text, documents = null }) {
  let plan = planQuery(text, { stem, synonyms });
  if (!plan.meaningful) return { plan, ranking: null, unmatched: [], correction: null };
  const last = plan.words.find((w) => w.prefix !== null);
  if (last && await index.hasTerm(last.term)) {
    plan = planQuery(text, { stem, synonyms, indexed: (term) => term === last.term });
  }

  const ranking = await index.rank(queryFor(lunr, plan));
  const matched = wordsMatched(plan, ranking.terms);
  const unmatched = [];
  await Promise.all([...matched].filter(([, hit]) => !hit).map(async ([i]) => {
    // Not in these results; maybe only because another word is required or excluded.
    const alone = await index.rank(queryFor(lunr, plan, [i]));
    if (alone.count === 0) unmatched.push(i);
  }));
  unmatched.sort((a, b) => a - b);

  const replacements = [];
  // Loaded only when a word matches nothing: most searches never need it.
  const suggestions = unmatched.length > 0 ? await import('./suggestions.js') : null;
  const { bestCorrection, correctedWord, nearbyQuery } = suggestions || {};
  await Promise.all(unmatched.map(async (i) => {
    const word = plan.words[i];
    const nearby = await index.rank(nearbyQuery(word.term));
    const correction = bestCorrection(word.term, nearby.perTerm());
    if (!correction) return;
    const seen = documents && await spelling(suggestions, documents, nearby, correction, stem, word.text);
    const replacement = correctedWord(word.text, word.term, correction, { stem, fold, seen });
    if (replacement) replacements.push({ start: word.start, end: word.end, text: replacement });
  }));
  return { plan, ranking, unmatched, correction: replacements.length > 0 ? corrected(text.trim(), text, replacements) : null };
}

async function spelling({ spellingIn }, documents, nearby, correction, stem, typed) {
  const refs = nearby.top(SPELLING_ARTICLES, nearby.withTerm(correction)).map((hit) => hit.ref);
  const found = await documents(refs);
  const texts = [...found.values()].flatMap((doc) => [doc.title, doc.summary]);
  return spellingIn(texts, correction, { stem, words: wordsIn, typed });
}

/** The query with its corrections, as text and as parts that say which words were corrected. */
function corrected(trimmed, text, replacements) {
  const offset = text.indexOf(trimmed);
  const parts = [];
  let at = offset;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), corrected: false });
    parts.push({ text: r.text, corrected: true });
    at = r.end;
  }
  if (at < offset + trimmed.length) parts.push({ text: text.slice(at, offset + trimmed.length), corrected: false });
  return { text: parts.map((p) => p.text).join(''), parts };
}
