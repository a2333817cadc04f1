/*
 * The query language of the search box: text → clauses, the same wherever the text comes from (typing, Enter, a
 * link, Back). README "Search" → "The query language" describes it for readers; the rules, in order:
 *  - A word is a run of letters, combining marks and digits (Unicode \p{L}, \p{M}, \p{N}), judged per UTF-16 code
 *    unit as lunr's tokenizer judges it with SEPARATOR below, which the index uses too: "pesten/incidenten",
 *    "ouders,leerlingen" and "havo-vwo" are two words each, in the query and in the articles.
 *  - Whitespace separates chunks. A chunk that starts with "+" (at the start or after whitespace) is required, with
 *    "-" excluded; the sign holds for every word of the chunk: "-havo/vwo" excludes "havo" and "vwo". A "-" inside a
 *    chunk is a separator like any other punctuation.
 *  - Text between quotes (" “ ” „; an unclosed quote runs to the end) is one chunk whose words are all required
 *    (or all excluded after "-"). Quotes do not ask for the words in a row: lunr has no phrase search.
 *  - An apostrophe separates too, and the one letter after it is dropped: "havo's" → havo, "auto’s" → auto,
 *    "'s-Hertogenbosch" → hertogenbosch. The index splits "havo's" into "havo" and "s", so "havo" finds it.
 */

/** lunr.tokenizer.separator for the index and the page: one UTF-16 code unit that is not a letter, mark or digit. */
export const SEPARATOR = /[^\p{L}\p{M}\p{N}]/u;

const QUOTES = '"“”„';
const APOSTROPHES = '\'’';
const WHITESPACE = /\s/;

export const PRESENCE = Object.freeze({ OPTIONAL: 'optional', REQUIRED: 'required', PROHIBITED: 'prohibited' });

/** True when the UTF-16 code unit `unit` separates words (a lone surrogate does: lunr looks at code units). */
export function isSeparator(unit) {
  return SEPARATOR.test(unit);
}

/**
 * The words of `text` between `start` and `end`, split as lunr's tokenizer splits, with their offsets in `text`:
 * [{ text, start, end }]. A one-letter word right after an apostrophe is left out.
 */
export function wordsIn(text, start = 0, end = text.length) {
  const words = [];
  let wordStart = -1;
  for (let i = start; i <= end; i++) {
    const separator = i === end || isSeparator(text.charAt(i));
    if (separator && wordStart >= 0) {
      const clitic = i - wordStart === 1 && wordStart > 0 && APOSTROPHES.includes(text.charAt(wordStart - 1));
      if (!clitic) words.push({ text: text.slice(wordStart, i), start: wordStart, end: i });
      wordStart = -1;
    } else if (!separator && wordStart < 0) {
      wordStart = i;
    }
  }
  return words;
}

/**
 * The clauses of a query text: [{ presence, quoted, words: [{ text, start, end }] }], in the order typed. Clauses
 * without words (a lone "-", punctuation, empty quotes) are left out.
 */
export function parseQuery(text) {
  const clauses = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (WHITESPACE.test(char)) {
      i++;
      continue;
    }
    let presence = PRESENCE.OPTIONAL;
    if (char === '+' || char === '-') {
      presence = char === '+' ? PRESENCE.REQUIRED : PRESENCE.PROHIBITED;
      i++;
    }
    let end;
    let quoted = false;
    if (i < text.length && QUOTES.includes(text.charAt(i))) {
      quoted = true;
      const close = indexOfAny(text, QUOTES, i + 1);
      end = close < 0 ? text.length : close;
      if (presence === PRESENCE.OPTIONAL) presence = PRESENCE.REQUIRED;
      addClause(clauses, presence, quoted, wordsIn(text, i + 1, end));
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    end = i;
    while (end < text.length && !WHITESPACE.test(text.charAt(end)) && !QUOTES.includes(text.charAt(end))) end++;
    addClause(clauses, presence, quoted, wordsIn(text, i, end));
    i = end;
  }
  return clauses;
}

function addClause(clauses, presence, quoted, words) {
  if (words.length > 0) clauses.push({ presence, quoted, words });
}

function indexOfAny(text, characters, from) {
  for (let i = from; i < text.length; i++) if (characters.includes(text.charAt(i))) return i;
  return -1;
}

/**
 * Every word of the clauses in order, with its clause's presence, whether it was quoted, and whether it is the
 * query's last word: [{ text, start, end, presence, quoted, last }].
 */
export function queryWords(clauses) {
  const words = clauses.flatMap((clause) => clause.words.map((word) => ({ ...word, presence: clause.presence, quoted: clause.quoted, last: false })));
  if (words.length > 0) words[words.length - 1].last = true;
  return words;
}

/** `text` with some of its words replaced: replacements are [{ start, end, text }] from wordsIn/parseQuery. */
export function replaceWords(text, replacements) {
  let result = '';
  let at = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return result + text.slice(at);
}
