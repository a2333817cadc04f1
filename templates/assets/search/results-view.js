/*
 * Draws result cards: title (a link), summary, theme · type · date, with the matched words marked — whole words and
 * compound parts (marks.js) — and, for the cards the reader sees, the excerpt (excerpt-view.js, loaded once cards
 * are drawn: the first results do not wait for it).
 */
import { markText, partMatcher } from './marks.js';

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
