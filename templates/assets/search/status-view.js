/*
 * Draws the search status (search-messages.js segments) into its live region: text, and a link whose corrected
 * words are marked ("Bedoelde je <a>thuis<mark>zitters</mark></a>?").
 */

/** Replaces the content of `element` with `segments`: strings, or { href, parts: [{ text, corrected }] }. */
export function drawStatus(element, segments) {
  element.textContent = '';
  for (const segment of segments) {
    if (typeof segment === 'string') {
      element.append(segment);
      continue;
    }
    const link = document.createElement('a');
    link.href = segment.href;
    link.className = 'search-suggestion';
    for (const part of segment.parts) {
      if (part.corrected) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        link.appendChild(mark);
      } else {
        link.append(part.text);
      }
    }
    element.appendChild(link);
  }
}
