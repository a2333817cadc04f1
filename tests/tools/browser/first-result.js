// What search-timing.js, search-bytes.js and search-trace.js measure alike: open /zoeken/?q=QUERY and wait for the
// first drawn result, noted by the page's own clock (performance.now(), whose zero is the start of the navigation).
'use strict';

const TIMEOUT_MS = 120000;

/** Opens the search page for `query` on `origin`; resolves to the milliseconds until its first result was drawn. */
async function openAtFirstResult(page, origin, query) {
  await page.addInitScript(() => {
    window.kennisbankFirstResultDrawn = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#kb-resultaten li')) return;
        window.kennisbankFirstResult = performance.now();
        observer.disconnect();
        resolve(window.kennisbankFirstResult);
      }).observe(document, { childList: true, subtree: true });
    });
  });
  // Waited for through the DevTools protocol itself: Playwright's own waiting (waitForSelector) first puts its
  // selector engine into the page, some 30–60 ms of the page's main thread on this machine while the search loads,
  // which a reader's browser never runs.
  const session = await page.context().newCDPSession(page);
  let timer = null;
  try {
    await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    const drawn = session.send('Runtime.evaluate', { expression: 'window.kennisbankFirstResultDrawn', awaitPromise: true, returnByValue: true });
    const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no result for ${query} in ${TIMEOUT_MS} ms`)), TIMEOUT_MS); });
    const { result, exceptionDetails } = await Promise.race([drawn, late]);
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    clearTimeout(timer);
    await session.detach().catch(() => {});
  }
}

module.exports = { openAtFirstResult };
