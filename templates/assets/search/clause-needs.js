/*
 * What one clause of a lunr query needs from the index so that lunr, given only that, expands it exactly as over
 * the whole vocabulary. lunr turns a clause into a TokenSet (an automaton; "*" edges match any character) and
 * intersects it with the TokenSet of every indexed term:
 *  - an automaton without "*" accepts a few exact words: they need only the shards they would be in;
 *  - a trailing wildcard ("leer*") accepts the terms of a prefix: the consecutive shards of that prefix;
 *  - anything else (a fuzzy term, "~1", or a wildcard elsewhere) can match terms starting with any letter, but only
 *    of the lengths the automaton accepts: the vocabulary lists of those lengths (all of them when it loops).
 */

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
