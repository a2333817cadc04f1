/*
 * lunr over a sharded index. For each query the page loads only the entries of the terms the query can reach
 * (clause-needs.js), puts them into a small serialized lunr index — their inverted-index entries with the full
 * index's term indexes, and the field vectors of the documents they occur in, holding just those terms'
 * components — and lets unmodified lunr.js load and query it. lunr scores a field by the dot product of the query
 * vector with the field vector over the query's own terms, divided by the query vector's magnitude, so refs, scores
 * and order equal those of the full index; the small index's vocabulary holds every term the full one would expand
 * a clause to, in the same order. A query of only prohibited terms returns every other document, so then every
 * document gets its (otherwise empty) field vectors. The page ranks instead (rank): ranking.js finds the matches
 * and their scores from the entries themselves, and only the candidates for the best k go through lunr.
 */
import { prepareLunr } from './lunr-ready.js';
import { bestCandidates, scoreQuery } from './ranking.js';
import { readShard, shardOf, shardsWithPrefix } from './shard-store.js';

/** A searcher over the files of `store` (shard-store.js) with the page's `lunr` (lunr.nl loaded). */
export function createShardedIndex({ lunr, store }) {
  const shards = new Map();
  let ready = null;

  function prepare() {
    if (!ready) {
      ready = store.manifest().then((manifest) => {
        prepareLunr(lunr, manifest.pipeline);
        return { manifest, pipeline: lunr.Pipeline.load(manifest.pipeline) };
      });
      ready.catch(() => { ready = null; });
    }
    return ready;
  }

  // The refs of every document, made once: a query's matches then make no strings.
  let refTable = null;
  function allRefs(manifest) {
    if (!refTable) refTable = manifest.refs || Array.from({ length: manifest.documents }, (_, d) => String(d));
    return refTable;
  }

  function shard(number) {
    if (!shards.has(number)) shards.set(number, store.shard(number).then(readShard));
    const entries = shards.get(number);
    entries.catch(() => shards.delete(number));
    return entries;
  }

  async function entriesOf(manifest, terms) {
    const found = new Map();
    await Promise.all(terms.map(async (term) => {
      const number = shardOf(manifest.shards, term);
      if (number < 0) return;
      const entry = (await shard(number)).get(term);
      if (entry) found.set(term, entry);
    }));
    return found;
  }

  async function withPrefix(manifest, prefix) {
    const [first, last] = shardsWithPrefix(manifest.shards, prefix);
    const found = new Map();
    const loaded = [];
    for (let s = first; s <= last; s++) loaded.push(shard(s));
    for (const entries of await Promise.all(loaded)) {
      for (const [term, entry] of entries) if (term.startsWith(prefix)) found.set(term, entry);
    }
    return found;
  }

  async function fromVocabulary(manifest, clause, lengths) {
    // The last list holds every longer term too.
    const longest = manifest.vocabulary[manifest.vocabulary.length - 1];
    const wanted = lengths === null ? manifest.vocabulary
      : manifest.vocabulary.filter((list) => lengths.some((length) => Math.min(length, longest) === list));
    const lists = await Promise.all(wanted.map((length) => store.vocabulary(length)));
    const vocabulary = lunr.TokenSet.fromArray([].concat(...lists).sort());
    return entriesOf(manifest, vocabulary.intersect(lunr.TokenSet.fromClause(clause)).toArray());
  }

  /**
   * The entries of every term the query's clauses can reach, and per clause, per term its pipeline makes, the
   * [term, entry] pairs lunr would expand it to.
   */
  async function reachable(manifest, pipeline, query) {
    const found = new Map();
    const expansions = await Promise.all(query.clauses.map((clause) => {
      const terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      return Promise.all(terms.map(async (term) => {
        const expanded = Object.assign({}, clause, { term });
        const needs = clauseNeeds(lunr, expanded);
        const entries = needs.kind === 'terms' ? await entriesOf(manifest, needs.terms)
          : needs.kind === 'prefix' ? await withPrefix(manifest, needs.prefix)
            : await fromVocabulary(manifest, expanded, needs.lengths);
        for (const [t, entry] of entries) found.set(t, entry);
        return [...entries];
      }));
    }));
    return { entries: found, expansions };
  }

  async function prepared(build) {
    const { manifest, pipeline } = await prepare();
    const probe = new lunr.Query(manifest.fields);
    build.call(probe, probe);
    return { manifest, probe, ...(await reachable(manifest, pipeline, probe)) };
  }

  /** Runs `build(query)` as lunr.Index#query would on the full index; resolves to lunr's results. */
  async function query(build) {
    const { manifest, probe, entries } = await prepared(build);
    return lunr.Index.load(serializedIndex(manifest, entries, probe.isNegated())).query(build);
  }

  /**
   * Runs `build(query)` as lunr.Index#query would on the full index, without scoring every match with lunr.
   * Resolves to {count, refs (every matching ref, in index order), terms (the index terms lunr's match data of
   * the matches names), top(k, keep), perTerm(), withTerm(term)}: top gives lunr's results for the k best matches
   * whose ref passes `keep(ref)` (every match when keep is null) — refs, scores, order and match data as the full
   * index's results filtered by keep and cut at k. Only those candidates go through lunr (ranking.js). perTerm()
   * maps each of `terms` to the number of matches whose match data names it; withTerm(term) is a keep function
   * for those matches.
   */
  async function rank(build) {
    const { manifest, probe, entries, expansions } = await prepared(build);
    const fieldNumbers = new Map(manifest.fields.map((field, f) => [field, f]));
    const scored = scoreQuery({
      documents: manifest.documents,
      fields: manifest.fields.length,
      clauses: probe.clauses.map((clause, c) => ({
        presence: clause.presence,
        boost: clause.boost,
        fields: clause.fields.map((field) => fieldNumbers.get(field)),
        expansions: expansions[c],
      })),
    });
    if (scored === null) {
      // lunr fails on this query (a required word its pipeline removes): its own error is the answer.
      await query(build);
      throw new Error('lunr ran a query that fails over the full index');
    }
    const refOf = (d) => allRefs(manifest)[d];
    let refs = null;
    return {
      count: scored.documents.length,
      /** Every matching ref, in index order; made when first read. */
      get refs() { return (refs ||= Array.from(scored.documents, refOf)); },
      terms: scored.terms,
      perTerm: () => scored.matchesPerTerm(),
      withTerm(term) {
        const marks = scored.holding(term);
        const numbers = manifest.refs ? new Map(manifest.refs.map((ref, d) => [ref, d])) : null;
        return (ref) => marks[numbers ? numbers.get(ref) : Number(ref)] === 1;
      },
      top(k, keep = null) {
        if (k <= 0) return [];
        const chosen = bestCandidates(scored, k, keep && ((d) => keep(refOf(d))), manifest.documents);
        return lunr.Index.load(serializedIndex(manifest, entries, scored.negated, chosen)).query(build).slice(0, k);
      },
    };
  }

  /** Whether `term` is a term of the index (loads only its shard). */
  async function hasTerm(term) {
    const { manifest } = await prepare();
    return (await entriesOf(manifest, [term])).has(term);
  }

  return {
    query,
    rank,
    hasTerm,
    /** lunr.Index#search: the query string in lunr's query syntax. */
    search: (text) => query((q) => new lunr.QueryParser(text, q).parse()),
    manifest: () => prepare().then((prepared) => prepared.manifest),
  };
}

/**
 * The lunr.Index#toJSON() form of a full index reduced to `entries` (term → shard entry) and, when `only` (a
 * Uint8Array by document number) is given, to the documents it marks: every term stays, so lunr expands a clause
 * as over the full index.
 */
export function serializedIndex(manifest, entries, everyDocument, only = null) {
  const fields = manifest.fields;
  const refOf = refsOf(manifest);
  const vectors = new Map();
  const terms = [...entries.keys()].sort();
  const invertedIndex = terms.map((term) => {
    const entry = entries.get(term);
    const posting = { _index: entry.termIndex };
    entry.fields.forEach(({ documents, scores }, f) => {
      const byRef = {};
      for (let i = 0; i < documents.length; i++) {
        if (only && only[documents[i]] !== 1) continue;
        byRef[refOf(documents[i])] = {};
        const key = documents[i] * fields.length + f;
        let vector = vectors.get(key);
        if (!vector) vectors.set(key, vector = []);
        vector.push(entry.termIndex, scores[i]);
      }
      posting[fields[f]] = byRef;
    });
    return [term, posting];
  });

  const keys = everyDocument ? everyFieldOf(manifest.documents, fields.length, only)
    : [...vectors.keys()].sort((a, b) => a - b);
  const fieldVectors = keys.map((key) => {
    const document = Math.floor(key / fields.length);
    return [`${fields[key % fields.length]}/${refOf(document)}`, sortedByTermIndex(vectors.get(key) || [])];
  });
  return { version: manifest.version, fields, fieldVectors, invertedIndex, pipeline: manifest.pipeline };
}

function refsOf(manifest) {
  return manifest.refs ? (d) => manifest.refs[d] : (d) => String(d);
}

function everyFieldOf(documents, fields, only) {
  const keys = [];
  for (let d = 0; d < documents; d++) {
    if (only && only[d] !== 1) continue;
    for (let f = 0; f < fields; f++) keys.push(d * fields + f);
  }
  return keys;
}

function sortedByTermIndex(flat) {
  const pairs = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

// What one clause of a lunr query needs from the index so that lunr, given only that, expands it exactly as over
// the whole vocabulary. lunr turns a clause into a TokenSet (an automaton; "*" edges match any character) and
// intersects it with the TokenSet of every indexed term:
//  - an automaton without "*" accepts a few exact words: they need only the shards they would be in;
//  - a trailing wildcard ("leer*") accepts the terms of a prefix: the consecutive shards of that prefix;
//  - anything else (a fuzzy term, "~1", or a wildcard elsewhere) can match terms starting with any letter, but only
//    of the lengths the automaton accepts: the vocabulary lists of those lengths (all of them when it loops).

/** {kind: 'terms', terms} | {kind: 'prefix', prefix} | {kind: 'vocabulary', lengths (null: every length)}. */
export function clauseNeeds(lunr, clause) {
  const automaton = lunr.TokenSet.fromClause(clause);
  if (!hasWildcardEdge(automaton)) return { kind: 'terms', terms: automaton.toArray() };
  const term = clause.term;
  if (!('editDistance' in clause) && term.indexOf('*') === term.length - 1) return { kind: 'prefix', prefix: term.slice(0, -1) };
  return { kind: 'vocabulary', lengths: acceptedLengths(automaton) };
}

/** The lengths of the words a TokenSet accepts, ascending; null when it accepts words of any length (a loop). */
export function acceptedLengths(root) {
  const memo = new Map();
  const active = new Set();
  function visit(node) {
    if (memo.has(node.id)) return memo.get(node.id);
    if (active.has(node.id)) return null;
    active.add(node.id);
    let lengths = new Set(node.final ? [0] : []);
    for (const edge of Object.keys(node.edges)) {
      const below = visit(node.edges[edge]);
      if (below === null) {
        lengths = null;
        break;
      }
      for (const length of below) lengths.add(length + 1);
    }
    active.delete(node.id);
    memo.set(node.id, lengths);
    return lengths;
  }
  const lengths = visit(root);
  return lengths === null ? null : [...lengths].sort((a, b) => a - b);
}

function hasWildcardEdge(root) {
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    for (const edge of Object.keys(node.edges)) {
      if (edge === '*') return true;
      stack.push(node.edges[edge]);
    }
  }
  return false;
}
