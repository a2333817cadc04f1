// What search-timing.js, search-bytes.js and search-trace.js measure alike: open /zoeken/?q=QUERY and wait for the
// first drawn result, noted by the page's own clock (performance.now(), whose zero is the start of the navigation).
'use strict';

/** Opens the search page for `query` on `origin`; resolves to the milliseconds until its first result was drawn. */
async function openAtFirstResult(page, origin, query) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#kb-resultaten li')) return;
      window.kennisbankFirstResult = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await page.waitForSelector('#kb-resultaten li', { timeout: 120000 });
  return page.evaluate(() => window.kennisbankFirstResult);
}

module.exports = { openAtFirstResult };
