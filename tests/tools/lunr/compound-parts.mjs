// Derives src/Kennisbank/Search/Data/compound-parts.txt, the words CompoundSplitter may split a compound into, from
// OpenTaal's Dutch word list (Debian's wdutch: /usr/share/dict/dutch; BSD licence, see compound-parts.LICENSE.txt).
// A word is kept when OpenTaal itself has at least MIN_COMPOUNDS compounds that start with it (a modifier, marked
// '<' when it is only that) or end with it (a head, marked '>'), each part at least 4 letters, with an optional
// linking s, e or en between; words are lowercase and folded as the index folds them. Derivational endings that
// happen to be words ("ling", "heid", "schap") never count as heads, and particles that make verbs and their nouns
// rather than compounds ("onder-wijs", "over-leg", "samen-werking", "daar-door") never count as modifiers.
// usage: node compound-parts.mjs /usr/share/dict/dutch > src/Kennisbank/Search/Data/compound-parts.txt
import { readFileSync } from 'node:fs';
import { foldDiacritics } from '../../../templates/assets/search/diacritics.js';

const MIN_COMPOUNDS = 5;
const MIN_PART = 4;
const LINKS = ['', 's', 'e', 'en'];
const SUFFIXES = new Set(('ling lingen heid heden schap schappen baar bare lijk lijke lijks loos loze zaam zame achtig ' +
  'achtige erij erijen ster sters tjes isme ismen iteit iteiten ische isch ende ening eningen').split(' '));

const PARTICLES = new Set(('onder over door voor tegen achter boven binnen buiten mede samen terug voort weder ' +
  'daar hier waar toch zich zelf ander anders').split(' '));

const words = new Set();
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const word = line.trim();
  if (word.length === 0 || word !== word.toLowerCase()) continue;
  const folded = foldDiacritics(word);
  if (/^[a-z]+$/.test(folded) && folded.length >= MIN_PART) words.add(folded);
}

const asFirst = new Map();
const asLast = new Map();
const count = (map, word) => map.set(word, (map.get(word) ?? 0) + 1);
for (const word of words) {
  if (word.length < 2 * MIN_PART) continue;
  for (let i = MIN_PART; i < word.length - MIN_PART + 1; i++) {
    const first = word.slice(0, i);
    if (!words.has(first)) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, i)) continue;
      const last = word.slice(i + link.length);
      if (last.length >= MIN_PART && words.has(last) && !SUFFIXES.has(last)) {
        if (!PARTICLES.has(first)) count(asFirst, first);
        count(asLast, last);
      }
    }
  }
}

const first = new Set([...asFirst].filter(([, n]) => n >= MIN_COMPOUNDS).map(([w]) => w));
const last = new Set([...asLast].filter(([, n]) => n >= MIN_COMPOUNDS).map(([w]) => w));
const lines = [...new Set([...first, ...last])].sort()
  .map((w) => w + (first.has(w) && last.has(w) ? '' : first.has(w) ? '<' : '>'));
process.stdout.write(lines.join('\n') + '\n');
