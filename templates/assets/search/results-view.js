/*
 * Draws result cards: title (a link), summary, theme · type · date, with the matched words marked — whole words and
 * compound parts (marks.js). A card that comes into view fetches its article page (article-pages.js) and, when a
 * sentence there shows query words that the summary does not, draws that excerpt in the summary's place: in the
 * same box, never taller than the summary was, so nothing on the screen moves. A card whose summary already marks
 * every term the article matched in its body fetches nothing.
 */
import { chooseExcerpt, markedWords } from './excerpt.js';
import { markText, partMatcher } from './marks.js';

// The observers of the cards drawn in each list, disconnected when the list is drawn anew (a new query).
const observers = new WeakMap();
// A card must stay drawn this long before its page is fetched: results drawn while the reader is still typing are
// replaced within the search box's debounce, and fetch nothing.
const SEEN_MS = 400;
const EXCERPT_MIN = 110;
const EXCERPT_MAX = 240;
const SHORTER = 0.8;

/**
 * Appends a card per document to `list`; `isHit(word)` says which words to mark. A document's `matchData` (lunr's,
 * of its hit) and `stem` (word → index term, as the query stems) say which compound parts to mark. With `articles`
 * (article-pages.js), cards in view get their excerpt.
 */
export function drawResults(list, documents, labels, isHit, { articles = null, stem = null } = {}) {
  const key = (word) => (stem && stem(word.toLowerCase())) || word.toLowerCase();
  const earlier = observers.get(list) || [];
  if (list.children.length === 0) for (const observer of earlier.splice(0)) observer.disconnect();
  const view = articles && typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries, observer) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        const card = entry.target;
        observer.unobserve(card);
        const { doc, summary, isPart } = cards.get(card);
        setTimeout(() => {
          if (card.isConnected) articles.blocksOf(doc.url).then((blocks) => showExcerpt(summary, doc, blocks, isHit, isPart, key));
        }, SEEN_MS);
      }
    })
    : null;
  if (view) observers.set(list, [...earlier, view]);
  const cards = new Map();
  for (const doc of documents) {
    const isPart = stem ? partMatcher(doc.matchData, stem, isHit) : () => false;
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h3');
    heading.className = 'card-title';
    const link = document.createElement('a');
    link.href = doc.url;
    mark(link, doc.title, isHit, isPart);
    heading.appendChild(link);
    const summary = document.createElement('p');
    summary.className = 'card-summary';
    mark(summary, doc.summary, isHit, isPart);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const time = document.createElement('time');
    time.dateTime = doc.date;
    time.textContent = doc.dateLabel;
    meta.append(`${labels.theme[doc.theme]} · ${labels.type[doc.type]} · `, time);
    item.append(heading, summary, meta);
    list.appendChild(item);
    if (view && !summaryShowsAll(doc, isHit, isPart, key)) {
      cards.set(item, { doc, summary, isPart });
      view.observe(item);
    }
  }
}

/** The label of the button that shows the next `next` of the `rest` results not shown yet. */
export function moreLabel(next, rest) {
  const what = next === 1 ? '1 resultaat' : `${next} resultaten`;
  return rest > next ? `Toon nog ${what} (van ${rest})` : `Toon nog ${what}`;
}

/** Whether the summary marks every term the article matched in its body: then no excerpt can show more. */
function summaryShowsAll(doc, isHit, isPart, key) {
  const metadata = (doc.matchData && doc.matchData.metadata) || {};
  const inBody = Object.keys(metadata).filter((term) => metadata[term].body);
  const shown = markedWords(markText(doc.summary, isHit, isPart), key);
  return inBody.every((term) => shown.has(term));
}

function showExcerpt(paragraph, doc, blocks, isHit, isPart, key) {
  const marking = (text) => markText(text, isHit, isPart);
  const shown = markedWords(marking(doc.summary), key);
  const height = paragraph.getBoundingClientRect().height;
  let room = Math.min(EXCERPT_MAX, Math.max(EXCERPT_MIN, doc.summary.length));
  let changed = false;
  while (room >= EXCERPT_MIN / 2) {
    const excerpt = chooseExcerpt(blocks, marking, room, key);
    if (!excerpt || ![...markedWords(marking(excerpt), key)].some((word) => !shown.has(word))) break;
    changed = true;
    paragraph.textContent = '';
    mark(paragraph, excerpt, isHit, isPart);
    if (height === 0 || paragraph.getBoundingClientRect().height <= height) {
      paragraph.classList.add('card-excerpt');
      if (height > 0) paragraph.style.minHeight = `${height}px`;
      return;
    }
    room = Math.floor(room * SHORTER);
  }
  if (!changed) return;
  paragraph.textContent = '';
  mark(paragraph, doc.summary, isHit, isPart);
}

function mark(element, text, isHit, isPart) {
  for (const part of markText(text, isHit, isPart)) {
    if (part.hit) {
      const hit = document.createElement('mark');
      hit.textContent = part.text;
      element.appendChild(hit);
    } else {
      element.appendChild(document.createTextNode(part.text));
    }
  }
}
