/*
 * Draws result cards: title (a link), summary, theme · type · date, with the matched words marked — whole words and
 * compound parts (marks.js) — and, for the cards the reader sees, the excerpt (excerpt-view.js).
 */
import { createExcerptView } from './excerpt-view.js';
import { markText, partMatcher } from './marks.js';

/**
 * Appends a card per document to `list`; `isHit(word)` says which words to mark. A document's `matchData` (lunr's,
 * of its hit) and `stem` (word → index term, as the query stems) say which compound parts to mark. With `articles`
 * (article-pages.js), cards in view get their excerpt.
 */
export function drawResults(list, documents, labels, isHit, { articles = null, stem = null } = {}) {
  const key = (word) => (stem && stem(word.toLowerCase())) || word.toLowerCase();
  const excerpts = articles ? createExcerptView(list, articles, key) : null;
  for (const doc of documents) {
    const isPart = stem ? partMatcher(doc.matchData, stem, isHit) : () => false;
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
    if (excerpts) excerpts.watch(item, summary, doc, segments, draw);
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
