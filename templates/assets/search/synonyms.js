/*
 * Synonyms and abbreviations (search.synonyms in kennisbank.yml, written into the search page as
 * <script type="application/json" id="kb-synoniemen">{"groups":[["SOP","schoolondersteuningsprofiel"],…]}</script>).
 * A pure function of the query's words: which words or phrases of the query belong to a group, and what else to
 * search for them, with the editors' spelling for the notice ("ook gezocht op: schoolondersteuningsprofiel").
 *
 * Words are compared by a key: by default lowercase without diacritics and without punctuation at the ends; the page
 * passes lunr's own analysis (trimmer, folding, stemmer; null for stop words) so that "leraren" meets "leraar" as the
 * build's check does (Configuration/SearchSynonymsReader: a word is in one group only, by that same key).
 * A group member of several words ("raad van toezicht") matches those words in a row in the query, stop words
 * skipped; the longest match wins.
 */

import { foldDiacritics } from './diacritics.js';

/** The default key of a word: lowercase, folded, without leading or trailing characters that are not letters or digits. */
export function plainKey(word) {
  const key = foldDiacritics(word.toLowerCase()).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return key.length > 0 ? key : null;
}

/** The groups from the page's JSON element (none when the element is missing or not valid JSON). */
export function readSynonymGroups(document, id = 'kb-synoniemen') {
  const element = document.getElementById(id);
  if (!element) return [];
  try {
    const data = JSON.parse(element.textContent);
    return Array.isArray(data.groups) ? data.groups.filter((g) => Array.isArray(g) && g.length > 1) : [];
  } catch {
    return [];
  }
}

const wordsOf = (text) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * An expander over the groups: `expand(words)` takes the query's words in order and returns the matches, each
 * `{ start, end, matched, alternatives, also }`: query words [start, end) matched group member `matched`;
 * `alternatives` are the other members, each as its list of words (to search), `also` the same in the editors'
 * spelling (to tell the reader). Words that match nothing are not listed.
 */
export function createSynonyms(groups, key = plainKey) {
  const members = new Map();
  let longest = 1;
  for (const group of groups) {
    const entries = group.map((text) => ({ text, words: wordsOf(text), keys: wordsOf(text).map(key).filter((k) => k !== null) }));
    for (const entry of entries) {
      if (entry.keys.length === 0) continue;
      longest = Math.max(longest, entry.keys.length);
      const id = entry.keys.join(' ');
      if (!members.has(id)) members.set(id, { entry, others: entries.filter((e) => e !== entry && e.keys.length > 0) });
    }
  }

  return {
    expand(words) {
      const keyed = words.map((word, index) => ({ index, key: key(word) })).filter((w) => w.key !== null);
      const matches = [];
      for (let i = 0; i < keyed.length;) {
        let found = null;
        for (let n = Math.min(longest, keyed.length - i); n >= 1 && !found; n--) {
          const member = members.get(keyed.slice(i, i + n).map((w) => w.key).join(' '));
          if (member) found = { n, member };
        }

        if (!found) {
          i++;
          continue;
        }

        matches.push({
          start: keyed[i].index,
          end: keyed[i + found.n - 1].index + 1,
          matched: found.member.entry.text,
          alternatives: found.member.others.map((o) => o.words),
          also: found.member.others.map((o) => o.text),
        });
        i += found.n;
      }

      return matches;
    },
  };
}
