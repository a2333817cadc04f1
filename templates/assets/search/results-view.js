/*
 * Draws result cards: title (a link), summary, theme · type · date, with the matched words marked — whole words and
 * compound parts (markText, below) — and, for the cards the reader sees, the excerpt (excerpt-view.js, loaded once cards
 * are drawn: the first results do not wait for it).
 */
import { foldDiacritics } from './diacritics.js';

/**
 * Appends a card per document to `list`; `isHit(word)` says which words to mark. A document's `matchData` (lunr's,
 * of its hit) and `stem` (word → index term, as the query stems) say which compound parts to mark. With
 * `excerpts()`, resolving to { createExcerptView (excerpt-view.js), articles (article-pages.js) }, cards in view get
 * their excerpt.
 */
export function drawResults(list, documents, labels, isHit, { excerpts = null, stem = null } = {}) {
  const key = (word) => (stem && stem(word.toLowerCase())) || word.toLowerCase();
  // Whether the list is drawn anew (a new query): the cards drawn before it are no longer watched.
  const fresh = list.children.length === 0;
  const drawn = [];
  for (const doc of documents) {
    const isPart = stem ? partMatcher(doc.matchData, stem, isHit) : NO_PARTS;
    const segments = (text) => markText(text, isHit, isPart);
    const draw = (element, text) => drawMarked(element, segments(text));
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h3');
    heading.className = 'card-title';
    const link = document.createElement('a');
    link.href = doc.url;
    draw(link, doc.title);
    heading.appendChild(link);
    const summary = document.createElement('p');
    summary.className = 'card-summary';
    draw(summary, doc.summary);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const time = document.createElement('time');
    time.dateTime = doc.date;
    time.textContent = doc.dateLabel;
    meta.append(`${labels.theme[doc.theme]} · ${labels.type[doc.type]} · `, time);
    item.append(heading, summary, meta);
    list.appendChild(item);
    drawn.push([item, summary, doc, segments, draw]);
  }
  if (excerpts && drawn.length > 0) {
    excerpts().then(({ createExcerptView, articles }) => {
      const view = createExcerptView(list, articles, key, fresh);
      for (const card of drawn) if (card[0].isConnected) view.watch(...card);
    }, () => {}); // Without excerpts the cards keep their summaries.
  }
}

/** The label of the button that shows the next `next` of the `rest` results not shown yet. */
export function moreLabel(next, rest) {
  const what = next === 1 ? '1 resultaat' : `${next} resultaten`;
  return rest > next ? `Toon nog ${what} (van ${rest})` : `Toon nog ${what}`;
}

function drawMarked(element, segments) {
  for (const part of segments) {
    if (part.hit) {
      const hit = document.createElement('mark');
      hit.textContent = part.text;
      element.appendChild(hit);
    } else {
      element.appendChild(document.createTextNode(part.text));
    }
  }
}

// Which stretches of a text to mark as found: whole words the query matched (`isHit`, from the query: stems, folded
// accents, the typed prefix) and the parts of a Dutch compound inside it ("tekort" in "lerarentekort").
//
// A compound part is marked by the shape the build's splitter (Search/CompoundSplitter.cs) gives compounds — a word
// of at least 8 letters a-z, folded, cut into a modifier and a head of at least 4 letters with an optional linking
// "s", "e" or "en"; a part of 11 letters or more cut again — and only when the part is one the index says this very
// result matched in its `parts` field (`isPart`). So "school" is never marked inside a word of an article that the
// build did not find "school" in as a compound part, and never as a random substring of a short word.
 

const WORD = /([\p{L}\p{M}\p{N}]+)/u; // as the query language splits words (query-words.js)
const MIN_WORD = 8;
const MIN_PART = 4;
const MIN_RESPLIT = 11;
const LINKS = ['', 's', 'e', 'en'];
// isPart when no part can count: markText then splits no word.
const NO_PARTS = () => false;

/**
 * Splits `text` into [{text, hit}]: words for which `isHit(word)` holds, compound parts for which `isPart(part)`
 * holds (a part is marked only when its whole word is not), and everything between.
 */
export function markText(text, isHit, isPart = NO_PARTS) {
  const segments = [];
  const push = (piece, hit) => {
    if (piece.length === 0) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += piece; else segments.push({ text: piece, hit });
  };
  text.split(WORD).forEach((piece, i) => {
    if (i % 2 === 0) return push(piece, false);
    if (isHit(piece)) return push(piece, true);
    if (isPart === NO_PARTS) return push(piece, false);
    let at = 0;
    for (const [start, end] of compoundParts(piece, isPart)) {
      push(piece.slice(at, start), false);
      push(piece.slice(start, end), true);
      at = end;
    }
    push(piece.slice(at), false);
  });
  return segments;
}

/**
 * The [start, end) ranges of `word` that are compound parts for which `isPart(part)` holds, in order, not
 * overlapping (the longer part wins). Empty for words shorter than 8 letters or with letters outside a-z after
 * folding (a folding that changes the length, "æ" → "ae", would misplace the ranges).
 */
export function compoundParts(word, isPart) {
  const folded = foldDiacritics(word.toLowerCase());
  if (folded.length !== word.length || folded.length < MIN_WORD || !/^[a-z]+$/.test(folded)) return [];
  const found = [];
  collectParts(folded, 0, isPart, found, new Set());
  found.sort((a, b) => (b[1] - b[0]) - (a[1] - a[0]) || a[0] - b[0]);
  const chosen = [];
  for (const range of found) {
    if (chosen.every(([s, e]) => range[1] <= s || range[0] >= e)) chosen.push(range);
  }
  return chosen.sort((a, b) => a[0] - b[0]);
}

// A part can be reached by several splits ("a|bc|d" as "a|bcd" then "bc|d", or "abc|d" then "a|bc"): each
// (offset, length) is split once, or long words take exponential time.
function collectParts(word, offset, isPart, found, seen) {
  const key = `${offset}:${word.length}`;
  if (seen.has(key)) return;
  seen.add(key);
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const modifier = word.slice(0, i);
    for (const link of LINKS) {
      if (!word.startsWith(link, i) || i + link.length > word.length - MIN_PART) continue;
      const headStart = i + link.length;
      const head = word.slice(headStart);
      if (isPart(modifier)) found.push([offset, offset + i]);
      if (isPart(head)) found.push([offset + headStart, offset + word.length]);
      if (modifier.length >= MIN_RESPLIT) collectParts(modifier, offset, isPart, found, seen);
      if (head.length >= MIN_RESPLIT) collectParts(head, offset + headStart, isPart, found, seen);
    }
  }
}

/**
 * `isPart` for one result: a part counts when the query marks it (`isHit`) and the index term it becomes (`stem`)
 * is one the result matched in the `parts` field — lunr's matchData, `{term: {field: …}}`.
 */
export function partMatcher(matchData, stem, isHit) {
  const terms = new Set();
  const metadata = (matchData && matchData.metadata) || {};
  for (const term of Object.keys(metadata)) if (metadata[term].parts) terms.add(term);
  if (terms.size === 0) return NO_PARTS;
  return (part) => isHit(part) && terms.has(stem(part));
}
