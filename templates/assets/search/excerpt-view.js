/*
 * The excerpt of a result card, drawn when the card has been in view for a moment: the card's article page is
 * fetched (article-pages.js) and, when a sentence there shows query words that the summary does not, that excerpt
 * (excerpt.js) is drawn in the summary's place — in the same box, never taller than the summary was, so nothing on
 * the screen moves. A card whose summary already marks every term the article matched in its body fetches nothing.
 */
import { chooseExcerpt, markedWords } from './excerpt.js';

// The observers of the cards of each list, disconnected when the list is drawn anew (a new query).
const observers = new WeakMap();
// A card must stay drawn this long before its page is fetched: results drawn while the reader is still typing are
// replaced within the search box's debounce, and fetch nothing.
const SEEN_MS = 400;
const EXCERPT_MIN = 110;
const EXCERPT_MAX = 240;
const SHORTER = 0.8;

/**
 * Watches the cards added to `list` from now on (a `fresh` list, by default an empty one, forgets the cards it had).
 * `key(word)` tells when two marked words are the same word (the index term).
 */
export function createExcerptView(list, articles, key, fresh = list.children.length === 0) {
  const earlier = observers.get(list) || [];
  if (fresh) for (const observer of earlier.splice(0)) observer.disconnect();
  if (typeof IntersectionObserver !== 'function') return { watch() {} };
  const cards = new Map();
  const view = new IntersectionObserver((entries, observer) => {
    for (const entry of entries.filter((e) => e.isIntersecting)) {
      const card = entry.target;
      observer.unobserve(card);
      const { paragraph, doc, mark } = cards.get(card);
      setTimeout(() => {
        if (card.isConnected) articles.blocksOf(doc.url).then((blocks) => showExcerpt(paragraph, doc, blocks, mark, key));
      }, SEEN_MS);
    }
  });
  observers.set(list, [...earlier, view]);
  return {
    /**
     * Gives `card` its excerpt in `paragraph` (which shows `doc.summary`) once seen; `mark(text)` gives a text's
     * [{text, hit}] segments, `draw(element, text)` draws a text with its marks.
     */
    watch(card, paragraph, doc, mark, draw) {
      if (summaryShowsAll(doc, mark, key)) return;
      cards.set(card, { paragraph, doc, mark: { segments: mark, draw } });
      view.observe(card);
    },
  };
}

/** Whether the summary marks every term the article matched in its body: then no excerpt can show more. */
function summaryShowsAll(doc, mark, key) {
  const metadata = (doc.matchData && doc.matchData.metadata) || {};
  const inBody = Object.keys(metadata).filter((term) => metadata[term].body);
  const shown = markedWords(mark(doc.summary), key);
  return inBody.every((term) => shown.has(term));
}

function showExcerpt(paragraph, doc, blocks, { segments, draw }, key) {
  const shown = markedWords(segments(doc.summary), key);
  const height = paragraph.getBoundingClientRect().height;
  let room = Math.min(EXCERPT_MAX, Math.max(EXCERPT_MIN, doc.summary.length));
  let changed = false;
  while (room >= EXCERPT_MIN / 2) {
    const excerpt = chooseExcerpt(blocks, segments, room, key);
    if (!excerpt || ![...markedWords(segments(excerpt), key)].some((word) => !shown.has(word))) break;
    changed = true;
    paragraph.textContent = '';
    draw(paragraph, excerpt);
    if (height === 0 || paragraph.getBoundingClientRect().height <= height) {
      paragraph.classList.add('card-excerpt');
      if (height > 0) paragraph.style.minHeight = `${height}px`;
      return;
    }
    room = Math.floor(room * SHORTER);
  }
  if (!changed) return;
  paragraph.textContent = '';
  draw(paragraph, doc.summary);
}
