// Prints the body of DiacriticFoldingTable.Letters (src/Kennisbank/Search/DiacriticFoldingTable.cs) from the rule in
// templates/assets/search/diacritics.js: every UTF-16 code unit from U+0080 that folds to something else, except
// the combining marks (the C# removes U+0300-U+036F by range). usage: node diacritics-table.mjs > lines.txt
import { foldCodeUnit } from '../../../templates/assets/search/diacritics.js';

const entries = [];
for (let code = 0x80; code <= 0xffff; code++) {
  if (code >= 0x300 && code <= 0x36f) continue;
  const unit = String.fromCharCode(code);
  const folded = foldCodeUnit(unit);
  if (folded !== unit) entries.push(`('\\u${code.toString(16).toUpperCase().padStart(4, '0')}', "${folded}")`);
}
for (let i = 0; i < entries.length; i += 6) console.log(`        ${entries.slice(i, i + 6).join(', ')},`);
