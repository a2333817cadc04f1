// templates/assets/search/diacritics.js: the folding rule, its registration with the real lunr.js, and its equality
// with the build's C# table (src/Kennisbank/Search/DiacriticFoldingTable.cs) on every UTF-16 code unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldDiacritics, foldCodeUnit, registerDiacriticFolding, foldingPlugin, LABEL } from '../../templates/assets/search/diacritics.js';

const require = createRequire(import.meta.url);
const repo = new URL('../../', import.meta.url);

function loadLunr() {
  const lunr = require('../tools/node_modules/lunr');
  require('../tools/node_modules/lunr-languages/lunr.stemmer.support')(lunr);
  require('../tools/node_modules/lunr-languages/lunr.nl')(lunr);
  return lunr;
}

/** The C# table: what each code unit folds to in the build (marks U+0300-U+036F are removed by range there). */
function csharpTable() {
  const source = readFileSync(new URL('src/Kennisbank/Search/DiacriticFoldingTable.cs', repo), 'utf8');
  const table = new Map();
  for (const [, code, folded] of source.matchAll(/\('\\u([0-9A-F]{4})', "([^"]*)"\)/g)) table.set(String.fromCharCode(parseInt(code, 16)), folded);
  for (let code = 0x300; code <= 0x36f; code++) table.set(String.fromCharCode(code), '');
  return table;
}

test('accented and plain spellings fold to the same text', () => {
  for (const [accented, plain] of [['wâldwei', 'waldwei'], ['enquête', 'enquete'], ['coördinatie', 'coordinatie'],
    ['façade', 'facade'], ['mañana', 'manana'], ['ærø', 'aero'], ['straße', 'strasse'], ['ĳsbaan', 'ijsbaan'],
    ['łódź', 'lodz'], ['œuvre', 'oeuvre'], ['søren', 'soren'], ['e\u0301e\u0301n', 'een'], ['ḁẽỳ', 'aey']]) {
    assert.equal(foldDiacritics(accented), plain);
    assert.equal(foldDiacritics(plain), plain);
  }
});

test('digits, ASCII and other scripts are left alone', () => {
  for (const text of ['cao 2024', '10-14', 'school', 'αβγ ά', 'школа й', '中文', '']) assert.equal(foldDiacritics(text), text);
});

test('the build folds every UTF-16 code unit exactly as the page does', () => {
  const table = csharpTable();
  const mismatches = [];
  let changed = 0;
  for (let code = 0; code <= 0xffff; code++) {
    const unit = String.fromCharCode(code);
    const page = foldCodeUnit(unit);
    const build = table.has(unit) ? table.get(unit) : unit;
    if (page !== unit) changed++;
    if (page !== build) mismatches.push(`U+${code.toString(16)}: page '${page}', build '${build}'`);
  }
  assert.deepEqual(mismatches.slice(0, 10), []);
  assert.ok(changed > 600, `only ${changed} code units fold`);
});

test('registered once with lunr, and lunr.Index.load accepts an index that names it', () => {
  const lunr = loadLunr();
  const fold = registerDiacriticFolding(lunr);
  assert.equal(registerDiacriticFolding(lunr), fold);
  assert.equal(lunr.Pipeline.registeredFunctions[LABEL], fold);
  const plugin = foldingPlugin(lunr);
  const built = lunr(function () {
    this.use(lunr.nl);
    this.use(plugin);
    this.ref('id');
    this.field('title');
    this.add({ id: 'a', title: 'De enquête van CSG Wâldwei in 2024' });
    this.add({ id: 'b', title: 'Een school in Groningen' });
  });
  const json = JSON.parse(JSON.stringify(built));
  assert.deepEqual(json.pipeline, ['trimmer-nl', LABEL, 'stemmer-nl']);
  const index = lunr.Index.load(json);
  for (const query of ['enquete', 'enquête', 'waldwei', 'Wâldwei', '2024']) assert.deepEqual(index.search(query).map((r) => r.ref), ['a'], query);
});
