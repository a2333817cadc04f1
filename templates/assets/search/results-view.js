/*
 * Draws result cards: title (a link), summary, theme · type · date, with the matched words marked — whole words and
 * compound parts (marks.js). A card that comes into view fetches its article page (article-pages.js) and, when a
 * sentence there shows query words that the summary does not, draws that excerpt in the summary's place: in the
 * same box, never taller than the summary was, so nothing on the screen moves.
 */
import { chooseExcerpt, markedWords } from './excerpt.js';
import { markText } from './marks.js';

const EXCERPT_MIN = 110;
const EXCERPT_MAX = 240;
const SHORTER = 0.8;

/**
 * Appends a card per document to `list`; `isHit(word)` says which words to mark, a document's own `isPart(part)`
 * which compound parts. With `articles` (article-pages.js), cards in view get their excerpt; `key(word)` tells when
 * two marked words are the same word (the index term), so the excerpt with most different words wins.
 */
export function drawResults(list, documents, labels, isHit, { articles = null, key } = {}) {
  const view = articles && typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries, observer) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        observer.unobserve(entry.target);
        const { doc, summary } = cards.get(entry.target);
        articles.blocksOf(doc.url).then((blocks) => showExcerpt(summary, doc, blocks, isHit, key));
      }
    })
    : null;
  const cards = new Map();
  for (const doc of documents) {
    const isPart = doc.isPart || (() => false);
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
    if (view) {
      cards.set(item, { doc, summary });
      view.observe(item);
    }
  }
}

/** The label of the button that shows the next `next` of the `rest` results not shown yet. */
export function moreLabel(next, rest) {
  const what = next === 1 ? '1 resultaat' : `${next} resultaten`;
  return rest > next ? `Toon nog ${what} (van ${rest})` : `Toon nog ${what}`;
}

function showExcerpt(paragraph, doc, blocks, isHit, key) {
  const isPart = doc.isPart || (() => false);
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
