/*
 * The excerpt of a search result: the sentence of the article that holds most of the query's words (the first of
 * equals), and a second sentence when it adds words the first lacks and both fit — or else, when the first is short,
 * the sentence after it in the same paragraph, for context; cut around the first marked word with "…" when longer
 * than the room there is. `mark(text)` gives the text's [{text, hit}] segments (results-view.js markText), so
 * the excerpt is chosen by exactly what will be marked in it.
 */

import { splitSentences } from './sentences.js';

const CONTEXT_BEFORE = 0.3;
const ELLIPSIS = '…';

/** The distinct marked words of `segments`, as `key` (by default lowercase) gives them. */
export function markedWords(segments, key = (word) => word.toLowerCase()) {
  return new Set(segments.filter((s) => s.hit).map((s) => key(s.text)));
}

/**
 * The excerpt text from `blocks` (paragraphs of the article), at most about `maxLength` characters; null when no
 * sentence has a marked word.
 */
export function chooseExcerpt(blocks, mark, maxLength, key) {
  const sentences = [];
  blocks.forEach((block, blockNumber) => {
    for (const text of splitSentences(block)) {
      const segments = mark(text);
      const words = markedWords(segments, key);
      sentences.push({ position: sentences.length, block: blockNumber, text, segments, words: words.size > 0 ? words : null });
    }
  });
  const found = sentences.filter((s) => s.words);
  if (found.length === 0) return null;
  const best = found.reduce((a, b) => (b.words.size > a.words.size ? b : a));
  const second = found
    .filter((s) => s !== best && best.text.length + s.text.length + 3 <= maxLength)
    .map((s) => ({ s, adds: [...s.words].filter((w) => !best.words.has(w)).length }))
    .filter((c) => c.adds > 0)
    .reduce((a, b) => (!a || b.adds > a.adds ? b : a), null);
  if (!second) {
    const after = sentences[best.position + 1];
    const fits = after && after.block === best.block && best.text.length + after.text.length + 1 <= maxLength;
    return best.text.length < maxLength / 2 && fits ? `${best.text} ${after.text}` : cut(best, maxLength);
  }
  const [first, next] = [best, second.s].sort((a, b) => a.position - b.position);
  const join = next.position === first.position + 1 ? ' ' : ` ${ELLIPSIS} `;
  return first.text + join + next.text;
}

/** The sentence, or the stretch of it around its first marked word, with "…" where it was cut. */
function cut(sentence, maxLength) {
  const { text, segments } = sentence;
  if (text.length <= maxLength) return text;
  let firstHit = 0;
  for (const segment of segments) {
    if (segment.hit) break;
    firstHit += segment.text.length;
  }
  let start = Math.max(0, firstHit - Math.floor(maxLength * CONTEXT_BEFORE));
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < firstHit ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > firstHit ? space : end;
  }
  let excerpt = text.slice(start, end).replace(/[\s,;:–-]+$/, '');
  if (start > 0) excerpt = ELLIPSIS + ' ' + excerpt;
  if (end < text.length) excerpt += ' ' + ELLIPSIS;
  return excerpt;
}
