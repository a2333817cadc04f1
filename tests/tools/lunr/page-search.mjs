// Runs queries exactly as the search page does (query-run.js over the sharded index of a built site, with the page's
// synonyms and lunr set up by lunr-nl.js) and prints, per query, the status the page would show and the first
// results' slugs. usage: node page-search.mjs <site folder> <query>…
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { documentsFor } from '../../../templates/assets/search/shard-store.js';
import { createShardStore } from '../../../templates/assets/search/shard-store.js';
import { createShardedIndex } from '../../../templates/assets/search/sharded-index.js';
import { createStemmer } from '../../../templates/assets/search/query-words.js';
import { runQuery } from '../../../templates/assets/search/query-run.js';
import { statusSegments } from '../../../templates/assets/search/search-messages.js';
import { createSynonyms, readSynonymGroups } from '../../../templates/assets/search/synonyms.js';

const require = createRequire(import.meta.url);
const lunr = require('./lunr-nl.js');

/** A searcher over `site` that answers as the page: { status, slugs }. */
export function pageSearch(site) {
  const folder = path.join(site, 'search');
  const readJson = async (url) => JSON.parse(fs.readFileSync(path.join(folder, url), 'utf8'));
  const store = createShardStore({ baseUrl: '', fetchJson: readJson });
  const index = createShardedIndex({ lunr, store });
  const html = fs.readFileSync(path.join(site, 'zoeken', 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="kb-synoniemen">([\s\S]*?)<\/script>/.exec(html);
  const stem = createStemmer(lunr);
  const synonyms = createSynonyms(readSynonymGroups({ getElementById: () => (json ? { textContent: json[1] } : null) }), stem);
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  const block = (n) => JSON.parse(fs.readFileSync(path.join(folder, 'documents', `${n}.json`), 'utf8'));
  const slugOf = (ref) => block(Math.floor(Number(ref) / manifest.documentChunk))[Number(ref) % manifest.documentChunk][1]
    .replace(/\/$/, '').split('/').pop();

  return async (text) => {
    const documents = (refs) => documentsFor(store, manifest, refs);
    const result = await runQuery({ lunr, index, stem, synonyms, text, documents });
    const slugs = result.ranking ? result.ranking.top(result.ranking.count).map((hit) => slugOf(hit.ref)) : [];
    const correction = result.correction && { href: `?q=${encodeURIComponent(result.correction.text)}`, parts: result.correction.parts };
    const segments = statusSegments({ text, plan: result.plan, unmatched: result.unmatched, shown: slugs.length, filtered: false, correction });
    const status = segments.map((s) => (typeof s === 'string' ? s : s.parts.map((p) => p.text).join(''))).join('');
    return { status, slugs };
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [site, ...queries] = process.argv.slice(2);
  const search = pageSearch(site);
  for (const query of queries) {
    const { status, slugs } = await search(query);
    console.log(`${query}\n  ${status}\n  ${slugs.slice(0, 5).join(', ')}`);
  }
}
