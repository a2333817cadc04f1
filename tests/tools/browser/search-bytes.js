// Usage: node search-bytes.js SITE_DIR [QUERY_COUNT]
// What one search costs a reader, cold, in headless Chromium. Picks QUERY_COUNT (default 24) words from the built
// index — a third common, a third middle, a third rare, by the number of articles they occur in — and opens
// /zoeken/?q=WORD for each in a fresh browser context (empty cache). Until the first result is drawn it records every
// response (the page, its CSS and scripts, lunr, the search files) with its size gzipped at level 9, as a compressing
// host sends text, and the time from the start of the navigation to the first result by the page's own clock.
// Prints JSON: {queries: [{word, articles, bytes, responses, searchFiles, ms}], bytes: {median, max}, ms: {median, max}}.
// The site is served by a separate process, as a real host would be.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { launch } = require('./chromium');
const { serveSeparately } = require('./separate-host');
const lunr = require('../lunr/lunr-nl');


// Words a reader would type that are index terms themselves (the page's stemmer leaves them as they are), with the
// number of articles they occur in.
function pickWords(siteDir, count) {
  const folder = path.join(siteDir, 'search');
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  const stem = (w) => {
    const t = lunr.nl.trimmer(new lunr.Token(w, {}));
    const kept = t && lunr.nl.stopWordFilter(t);
    return kept ? lunr.nl.stemmer(kept).toString() : null;
  };
  const terms = [];
  manifest.shards.forEach((_, s) => {
    const shard = JSON.parse(fs.readFileSync(path.join(folder, 'terms', `${s}.json`), 'utf8'));
    for (const row of shard.terms) {
      if (!/^[a-z]{4,}$/.test(row[0]) || stem(row[0]) !== row[0]) continue;
      const documents = new Set();
      for (let f = 2; f < row.length; f++) {
        let d = 0;
        for (let i = 0; i < row[f].length; i += 2) documents.add(d += row[f][i]);
      }
      terms.push({ word: row[0], articles: documents.size });
    }
  });
  terms.sort((a, b) => b.articles - a.articles || (a.word < b.word ? -1 : 1));
  // Common: the words in most articles; middle: around the middle of the list; rare: in the fewest articles (a
  // generated corpus reuses the starter articles' paragraphs, so its rarest words may still be in many articles).
  const third = Math.ceil(count / 3);
  const spread = (list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / third)) === 0).slice(0, third);
  const middleStart = Math.floor(terms.length / 2) - 5 * third;
  return [
    ...terms.slice(0, third),
    ...spread(terms.slice(Math.max(third, middleStart), Math.max(third, middleStart) + 10 * third)),
    ...spread(terms.slice(-10 * third)),
  ];
}

async function measure(browser, origin, word) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', response => responses.push(response));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#kb-resultaten li')) return;
      window.kennisbankFirstResult = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(word)}`, { waitUntil: 'commit' });
  await page.waitForSelector('#kb-resultaten li', { timeout: 120000 });
  const ms = Math.round(await page.evaluate(() => window.kennisbankFirstResult));
  const received = responses.slice();
  let bytes = 0;
  const searchFiles = [];
  for (const response of received) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += zlib.gzipSync(body, { level: 9 }).length;
    const pathname = new URL(response.url()).pathname;
    if (pathname.startsWith('/search/')) searchFiles.push(pathname);
  }
  await context.close();
  return { bytes, responses: received.length, searchFiles, ms };
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const [siteDir, count = '24'] = process.argv.slice(2);
  const words = pickWords(siteDir, Number(count));
  const server = await serveSeparately(siteDir);
  const browser = await launch();
  const queries = [];
  try {
    await measure(browser, server.origin, words[0].word); // Chromium itself in memory first; not counted
    for (const { word, articles } of words) queries.push({ word, articles, ...(await measure(browser, server.origin, word)) });
  } finally {
    await browser.close();
    server.close();
  }
  const bytes = queries.map(q => q.bytes);
  const ms = queries.map(q => q.ms);
  process.stdout.write(JSON.stringify({
    queries, bytes: { median: median(bytes), max: Math.max(...bytes) }, ms: { median: median(ms), max: Math.max(...ms) },
  }));
}

main().catch(e => { console.error(e); process.exit(1); });
