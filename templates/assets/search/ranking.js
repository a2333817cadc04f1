/*
 * lunr's query semantics over shard entries, without building a lunr index: which documents a query matches and
 * each one's score, in typed arrays (no object per document), as lunr.Index#query (2.3.9) decides them:
 *  - a required clause keeps, in each field it names, the documents holding one of its terms in any field it names
 *    (none at all when one of its words expands to no index term); the query keeps what every such field keeps;
 *  - a prohibited clause removes the documents holding one of its terms in a field it names;
 *  - every other clause adds its boost, per index term it expands to, to the query vector of each field it names;
 *  - a document matches when a field of it holds a term of a clause that is not prohibited (when every clause is
 *    prohibited: every document), and it is kept and not removed.
 * lunr bakes idf into the field vectors when it builds the index, so a score depends only on the query and the
 * document's own vectors: Σ over fields of (query vector · field vector) / |query vector|. The sums here run in
 * another order than lunr's, so a score may differ from lunr's in its last bits: candidates (bestCandidates) are
 * therefore chosen with a margin, and lunr itself gives the exact scores and order.
 */

const REQUIRED = 2;
const PROHIBITED = 3;
const COMPLETE = 'complete';
// Relative; far above the rounding error of a sum of a few hundred products. A wider margin only adds candidates.
const MARGIN = 1e-9;

/**
 * `clauses`: per clause of the query, {presence (lunr.Query.presence), boost, fields (field numbers), expansions:
 * per term the pipeline made of the clause, the [term, entry] pairs it expands to (shard-entries.js entries)}.
 * Returns null when lunr itself would fail on the query (a required word the pipeline removes), else
 * {negated, documents: matching document numbers ascending, scores (Float64Array by document number),
 * terms: the index terms that lunr's match data of the matches would name, holding(term), matchesPerTerm()}.
 */
export function scoreQuery({ documents, fields, clauses }) {
  const weights = Array.from({ length: fields }, () => new Map());
  const required = new Array(fields);
  const prohibited = new Array(fields);
  const negated = clauses.every((clause) => clause.presence === PROHIBITED);

  for (const clause of clauses) {
    let clauseMatches = null;
    if (clause.presence === REQUIRED) clauseMatches = new Uint8Array(documents);
    for (const expanded of clause.expansions) {
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        for (const f of clause.fields) required[f] = new Uint8Array(documents);
        break;
      }
      for (const [term, entry] of expanded) {
        for (const f of clause.fields) {
          const posting = entry.fields[f].documents;
          if (clause.presence === REQUIRED) {
            mark(clauseMatches, posting);
            if (required[f] === undefined) required[f] = COMPLETE;
          }
          if (clause.presence === PROHIBITED) {
            if (prohibited[f] === undefined) prohibited[f] = new Uint8Array(documents);
            mark(prohibited[f], posting);
            continue;
          }
          const weight = weights[f].get(entry.termIndex);
          weights[f].set(entry.termIndex, { term, entry, boost: (weight ? weight.boost : 0) + clause.boost });
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const f of clause.fields) {
        if (required[f] === undefined) return null;
        required[f] = intersect(required[f], clauseMatches);
      }
    }
  }

  let kept = COMPLETE;
  for (const set of required) if (set !== undefined) kept = intersect(kept, set);
  const removed = new Uint8Array(documents);
  for (const set of prohibited) if (set !== undefined) for (let d = 0; d < documents; d++) removed[d] |= set[d];
  const allowed = (d) => (kept === COMPLETE || kept[d] === 1) && removed[d] === 0;

  const matched = new Uint8Array(documents);
  const scores = new Float64Array(documents);
  if (negated) {
    for (let d = 0; d < documents; d++) if (allowed(d)) matched[d] = 1;
  }
  weights.forEach((fieldWeights, f) => {
    let squares = 0;
    for (const { boost } of fieldWeights.values()) squares += boost * boost;
    const magnitude = Math.sqrt(squares);
    for (const { entry, boost } of fieldWeights.values()) {
      const posting = entry.fields[f];
      const factor = magnitude === 0 ? 0 : boost / magnitude;
      for (let i = 0; i < posting.documents.length; i++) {
        const d = posting.documents[i];
        if (!allowed(d)) continue;
        matched[d] = 1;
        scores[d] += factor * posting.scores[i];
      }
    }
  });

  // Per index term, the fields where lunr's match data would name it for a matching document.
  const fieldsOf = new Map();
  weights.forEach((fieldWeights, f) => {
    for (const { term, entry } of fieldWeights.values()) {
      if (!fieldsOf.has(term)) fieldsOf.set(term, []);
      fieldsOf.get(term).push(entry.fields[f].documents);
    }
  });
  const terms = new Set();
  for (const [term, postings] of fieldsOf) if (postings.some((posting) => posting.some((d) => matched[d] === 1))) terms.add(term);
  const found = [];
  for (let d = 0; d < documents; d++) if (matched[d] === 1) found.push(d);

  /** Marks (by document number) the matches whose match data names `term`. */
  function holding(term) {
    const marks = new Uint8Array(documents);
    for (const posting of fieldsOf.get(term) || []) for (let i = 0; i < posting.length; i++) if (matched[posting[i]] === 1) marks[posting[i]] = 1;
    return marks;
  }

  /** term → how many matches' match data name it, for every term of `terms`. */
  function matchesPerTerm() {
    const counts = new Map();
    for (const term of terms) counts.set(term, holding(term).reduce((n, mark) => n + mark, 0));
    return counts;
  }

  return { negated, documents: Int32Array.from(found), scores, terms, holding, matchesPerTerm };
}

/**
 * The documents among `scored.documents` passing `keep(document)` that can be among the `k` best of those: every
 * one scoring at least the k-th best score, less a margin for rounding (so ties at the k-th place all stay, and
 * lunr, which orders equal scores by first appearance, picks among them as over the full index). A negated query
 * scores every document 0 and lunr lists them in index order: then the first k. Returns a Uint8Array marking them.
 */
export function bestCandidates(scored, k, keep, documents) {
  const kept = keep ? scored.documents.filter((d) => keep(d)) : scored.documents;
  const chosen = new Uint8Array(documents);
  if (scored.negated || kept.length <= k) {
    const count = Math.min(kept.length, k);
    for (let i = 0; i < count; i++) chosen[kept[i]] = 1;
    return chosen;
  }
  const kth = kthLargest(kept, scored.scores, k);
  const floor = kth - MARGIN * Math.max(1, Math.abs(kth));
  for (const d of kept) if (scored.scores[d] >= floor) chosen[d] = 1;
  return chosen;
}

/** The k-th largest of the scores of `kept` (k ≤ their number): a heap of the k best so far, smallest on top. */
function kthLargest(kept, scores, k) {
  if (k > 1024) return Float64Array.from(kept, (d) => scores[d]).sort()[kept.length - k];
  const heap = new Float64Array(k);
  for (let i = 0; i < k; i++) heap[i] = scores[kept[i]];
  heap.sort();
  for (let i = k; i < kept.length; i++) {
    const score = scores[kept[i]];
    if (score <= heap[0]) continue;
    // Replace the smallest and sift it down.
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= k) break;
      const child = left + 1 < k && heap[left + 1] < heap[left] ? left + 1 : left;
      if (heap[child] >= score) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = score;
  }
  return heap[0];
}

function mark(set, documents) {
  for (let i = 0; i < documents.length; i++) set[documents[i]] = 1;
}

function intersect(a, b) {
  if (a === COMPLETE) return b;
  if (b === COMPLETE) return a;
  const both = new Uint8Array(a.length);
  for (let d = 0; d < a.length; d++) both[d] = a[d] & b[d];
  return both;
}
