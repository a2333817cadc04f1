/*
 * What the search status says about a query, as segments: plain text, and at most one link (the corrected query, its
 * corrected words marked). statusSegments is a pure function of what the search found, so every message is tested in
 * node (tests/node/search-messages.test.js); README "Search" → "What the page says" lists them. drawStatus draws them
 * into the status line.
 */

import { PRESENCE } from './query-grammar.js';

const quoted = (text) => `‘${text}’`;

/** "a", "a en b", "a, b en c". */
export function listed(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

const articles = (n) => (n === 1 ? '1 artikel' : `${n} artikelen`);

/**
 * The status segments. `search`: { text (the query as typed), plan (query-words.js planQuery), unmatched (indexes
 * of plan words that match nothing), shown (results after filters), filtered (filters are on), correction (null or
 * { href, parts: [{ text, corrected }] }) }.
 */
export function statusSegments({ text, plan, unmatched = [], shown, filtered, correction = null }) {
  const query = text.trim();
  const words = plan.words;
  if (words.length === 0) return filtered ? [found(shown, null)] : [];

  if (!plan.meaningful) {
    const searched = words.filter((w) => w.presence !== PRESENCE.PROHIBITED);
    if (searched.length === 0) {
      return [`Met alleen woorden die er niet in mogen staan (${quoted(query)}) valt er niets te zoeken. `
        + 'Typ ook een woord waar het artikel over moet gaan, bijvoorbeeld ‘thuiszitters -vso’.'];
    }
    return [`${quoted(query)} bestaat alleen uit heel gewone woorden (zoals ‘de’, ‘hoe’ en ‘wat’), waarop niet wordt gezocht. `
      + 'Typ een woord waar het artikel over gaat, bijvoorbeeld ‘thuiszitters’ of ‘ventilatie’.'];
  }

  const segments = [];
  const searchedWords = words.filter((w) => w.presence !== PRESENCE.PROHIBITED && w.term !== null);
  if (unmatched.length > 0) {
    segments.push(`Niets gevonden voor ${listed(unmatched.map((i) => quoted(words[i].text)))}.`);
    const rest = searchedWords.filter((w) => !unmatched.includes(words.indexOf(w)));
    if (rest.length > 0 && shown > 0) segments.push(` Wel ${found(shown, rest.map((w) => w.text).join(' '))}`);
    else if (rest.length > 0 && filtered) segments.push(' Ook met de andere woorden niets gevonden met deze filters.');
  } else if (shown === 0) {
    segments.push(filtered ? 'Geen artikelen gevonden met deze filters. Haal een of meer filters weg.' : `Geen artikelen gevonden voor ${quoted(query)}.`);
  } else {
    segments.push(found(shown, query));
  }

  const also = plan.synonyms.filter((s) => s.terms.length > 0 && !s.words.every((i) => unmatched.includes(i))).flatMap((s) => s.also);
  if (also.length > 0 && shown > 0) segments.push(` Ook gezocht op: ${listed(also)}.`);
  if (correction) segments.push(' Bedoelde je ', { href: correction.href, parts: correction.parts }, '?');
  return segments;
}

function found(count, query) {
  return `${articles(count)} gevonden${query ? ` voor ${quoted(query)}` : ''}.`;
}

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
