/*
 * Draws result cards: title (a link), summary, theme · type · date, with the matched words marked.
 */
import { highlightParts } from './query-words.js';

/** Appends a card per document to `list`; `isHit(word)` says which words to mark. */
export function drawResults(list, documents, labels, isHit) {
  for (const doc of documents) {
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h3');
    heading.className = 'card-title';
    const link = document.createElement('a');
    link.href = doc.url;
    mark(link, doc.title, isHit);
    heading.appendChild(link);
    const summary = document.createElement('p');
    summary.className = 'card-summary';
    mark(summary, doc.summary, isHit);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const time = document.createElement('time');
    time.dateTime = doc.date;
    time.textContent = doc.dateLabel;
    meta.append(`${labels.theme[doc.theme]} · ${labels.type[doc.type]} · `, time);
    item.append(heading, summary, meta);
    list.appendChild(item);
  }
}

function mark(element, text, isHit) {
  for (const part of highlightParts(text, isHit)) {
    if (part.hit) {
      const hit = document.createElement('mark');
      hit.textContent = part.text;
      element.appendChild(hit);
    } else {
      element.appendChild(document.createTextNode(part.text));
    }
  }
}
