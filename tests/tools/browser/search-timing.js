// Usage: node search-timing.js SITE_DIR QUERY [RUNS]
// Opens /zoeken/?q=QUERY of a built site in headless Chromium (fresh browser context each run, so nothing is
// cached; one unmeasured load first, so that Chromium itself is in memory) and reports, as JSON, the milliseconds from the start of the navigation to the first rendered result,
// measured by the page's own clock (performance.now(), whose zero is the navigation start). The site is served by a
// separate process, as a real host would be: served from this process, the server shared its event loop with
// Playwright and answered the page's first requests tens of milliseconds late.
'use strict';
const { launch } = require('./chromium');
const { serveSeparately } = require('./separate-host');
const { openAtFirstResult } = require('./first-result');


async function main() {
  const [siteDir, query, runs = '3'] = process.argv.slice(2);
  const server = await serveSeparately(siteDir);
  const browser = await launch();
  const times = [];
  try {
    for (let i = -1; i < Number(runs); i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const time = Math.round(await openAtFirstResult(page, server.origin, query));
      if (i >= 0) times.push(time);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ times, median: times[Math.floor(times.length / 2)] }));
}

main().catch(e => { console.error(e); process.exit(1); });
