// Usage: node search-bytes.js SITE_DIR [QUERY_COUNT]
// What one search costs a reader, cold, in headless Chromium (Playwright's default 1280×720 window). Picks
// QUERY_COUNT (default 24) words from the built index — a third common, a third middle, a third rare, by the number
// of articles they occur in — and opens /zoeken/?q=WORD for each in a fresh browser context (empty cache). It records
// every response (the page, its CSS and scripts, lunr, the search files, the article pages fetched for excerpts) with
// its size gzipped at level 9, as a compressing host sends text, twice: until the first result is drawn, and until
// the excerpts of the results on the first screen are drawn (no article page is being fetched any more); and the
// times from the start of the navigation to both by the page's own clock (the first result: the median of three loads
// of the word, each in a fresh context).
// Prints JSON: {queries: [{word, articles, bytes, responses, searchFiles, ms, msLoads, excerptBytes, articlePages,
// excerpts, excerptMs}], bytes, excerptBytes, ms, excerptMs: {median, max}}.
// The site is served by a separate process, as a real host would be.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { launch } = require('./chromium');
const { serveSeparately } = require('./separate-host');
const { openAtFirstResult } = require('./first-result');
const lunr = require('../lunr/lunr-nl');


// Words a reader would type that are index terms themselves (the page's stemmer leaves them as they are), with the
// number of articles they occur in.
function pickWords(siteDir, count, readShard) {
  const folder = path.join(siteDir, 'search');
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  const stem = (w) => {
    const t = lunr.nl.trimmer(new lunr.Token(w, {}));
    const kept = t && lunr.nl.stopWordFilter(t);
    return kept ? lunr.nl.stemmer(kept).toString() : null;
  };
  const terms = [];
  manifest.shards.forEach((_, s) => {
    const shard = readShard(JSON.parse(fs.readFileSync(path.join(folder, 'terms', `${s}.json`), 'utf8')));
    for (const [term, entry] of shard) {
      if (!/^[a-z]{4,}$/.test(term) || stem(term) !== term) continue;
      const documents = new Set(entry.fields.flatMap((field) => field.documents));
      terms.push({ word: term, articles: documents.size });
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
  const articleFetches = new Set();
  page.on('response', response => responses.push(response));
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' && new URL(request.url()).pathname.startsWith('/artikelen/')) articleFetches.add(request);
  });
  const done = (request) => articleFetches.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('#kb-resultaten .card-excerpt')) window.kennisbankLastExcerpt = performance.now();
    }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  });
  const ms = Math.round(await openAtFirstResult(page, origin, word));
  // What was asked for before the first result was drawn (the cards in view fetch their pages right after).
  const firstResultAt = await page.evaluate(() => performance.timeOrigin + window.kennisbankFirstResult);
  const beforeFirstResult = (response) => response.request().timing().startTime <= firstResultAt;
  // The cards in view ask for their article pages 400 ms after they are drawn (results-view.js); then wait until
  // none is pending.
  await page.waitForTimeout(700);
  for (let i = 0; i < 600 && articleFetches.size > 0; i++) await page.waitForTimeout(50);
  await page.waitForTimeout(100);
  const excerpts = await page.evaluate(() => document.querySelectorAll('#kb-resultaten .card-excerpt').length);
  const excerptMs = Math.round(await page.evaluate(() => window.kennisbankLastExcerpt || window.kennisbankFirstResult));
  const gzipped = async (response) => zlib.gzipSync(await response.body().catch(() => Buffer.alloc(0)), { level: 9 }).length;
  let bytes = 0;
  let excerptBytes = 0;
  let articlePages = 0;
  const searchFiles = [];
  const received = responses.filter(beforeFirstResult);
  for (const response of responses) {
    const size = await gzipped(response);
    excerptBytes += size;
    const pathname = new URL(response.url()).pathname;
    if (!beforeFirstResult(response)) {
      if (pathname.startsWith('/artikelen/')) articlePages++;
      continue;
    }
    bytes += size;
    if (pathname.startsWith('/search/')) searchFiles.push(pathname);
  }
  await context.close();
  return { bytes, responses: received.length, searchFiles, ms, excerptBytes, articlePages, excerpts, excerptMs };
}

const TIMED_LOADS = 3;

async function timeOnly(browser, origin, word) {
  const context = await browser.newContext();
  try {
    return await openAtFirstResult(await context.newPage(), origin, word);
  } finally {
    await context.close();
  }
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const [siteDir, count = '24'] = process.argv.slice(2);
  const store = path.join(__dirname, '..', '..', '..', 'templates', 'assets', 'search', 'shard-store.js');
  const { readShard } = await import(require('url').pathToFileURL(store).href);
  const words = pickWords(siteDir, Number(count), readShard);
  const server = await serveSeparately(siteDir);
  const browser = await launch();
  const queries = [];
  try {
    await measure(browser, server.origin, words[0].word); // Chromium itself in memory first; not counted
    for (const { word, articles } of words) queries.push({ word, articles, ...(await measure(browser, server.origin, word)) });
    // On this shared 2-core machine one load of a page varies by ±50 ms: each word's time is the median of
    // TIMED_LOADS loads, the later ones (time only) in reverse order so a slow spell of the machine falls on other words.
    for (let round = 1; round < TIMED_LOADS; round++) {
      for (const query of (round % 2 === 1 ? queries.slice().reverse() : queries)) {
        (query.msLoads ||= [query.ms]).push(Math.round(await timeOnly(browser, server.origin, query.word)));
      }
    }
    for (const query of queries) if (query.msLoads) query.ms = median(query.msLoads);
  } finally {
    await browser.close();
    server.close();
  }
  const summary = (key) => {
    const values = queries.map(q => q[key]);
    return { median: median(values), max: Math.max(...values) };
  };
  process.stdout.write(JSON.stringify({
    queries, bytes: summary('bytes'), excerptBytes: summary('excerptBytes'), articlePages: summary('articlePages'),
    ms: summary('ms'), excerptMs: summary('excerptMs'),
  }));
}

main().catch(e => { console.error(e); process.exit(1); });
