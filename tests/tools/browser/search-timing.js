// Usage: node search-timing.js SITE_DIR QUERY [RUNS]
// Opens /zoeken/?q=QUERY of a built site in headless Chromium (fresh browser context each run, so nothing is
// cached) and reports the milliseconds from navigation start to the first rendered result, as JSON.
'use strict';
const { start } = require('./static-server');
const { launch } = require('./chromium');

async function main() {
  const [siteDir, query, runs = '3'] = process.argv.slice(2);
  const server = await start(siteDir, '/');
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < Number(runs); i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${server.origin}/zoeken/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#kb-resultaten li', { timeout: 120000 });
      times.push(Date.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ times, median: times[Math.floor(times.length / 2)] }));
}

main().catch(e => { console.error(e); process.exit(1); });
